package com.replyguard.knowledge.draft;

import com.replyguard.policy.Marketplace;

/** Turns a pasted buyer message into checked reply drafts. Thread-safe. */
public interface Drafter {
    DraftResult draft(String message, Marketplace marketplace);
}
