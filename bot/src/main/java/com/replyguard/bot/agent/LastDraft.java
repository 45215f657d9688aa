package com.replyguard.bot.agent;

import com.replyguard.knowledge.draft.DraftResult;
import java.util.Objects;

/**
 * The buyer message a chat last drafted for, with what drafting made of it, kept in the chat state under
 * {@link #KEY} so other features (saving a reply as knowledge) can reuse the question, intent and details.
 */
public record LastDraft(String buyerMessage, DraftResult result) {
    /** The chat-state key. */
    public static final String KEY = "agent.last_draft";

    public LastDraft {
        Objects.requireNonNull(buyerMessage, "buyerMessage");
        Objects.requireNonNull(result, "result");
    }
}
