package com.replyguard.drafting;

import com.replyguard.knowledge.entry.Topic;

/** A policy snippet an agent should keep in mind for the drafted reply. */
public record PolicyNote(String entryId, Topic topic, String title, String text, String source) {
}
