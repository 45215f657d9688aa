package com.replyguard.knowledge.curation;

/**
 * What an agent's 👍/👎 did: it is one choice per agent and entry, so a first press is recorded, the other button
 * changes it, and the same button pressed again changes nothing (it must not count twice).
 */
public enum VoteChange {
    RECORDED, CHANGED, UNCHANGED
}
