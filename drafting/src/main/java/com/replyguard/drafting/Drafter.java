package com.replyguard.drafting;

import com.replyguard.policy.Marketplace;

/** Turns a pasted buyer message into checked reply drafts. Thread-safe. */
public interface Drafter {
    DraftResult draft(String message, Marketplace marketplace);

    /**
     * Drafts with values the agent already knows ({@code agent_name}, {@code store_name}, ...) filled in where the
     * message does not supply them; implementations that cannot use them ignore them.
     */
    default DraftResult draft(String message, Marketplace marketplace, java.util.Map<String, String> known) {
        return draft(message, marketplace);
    }
}
