package com.replyguard.knowledge.search;

import com.replyguard.knowledge.entry.Entry;
import java.util.List;

/**
 * Lists every approved entry, so drafting can build its classifier index from all example questions.
 * {@link #generation()} changes whenever the approved set changes; drafting rebuilds its index only then.
 *
 * <p>Implementations must be thread-safe.
 */
public interface EntrySource {
    /** Every approved entry (replies and policy), current versions. */
    List<Entry> approvedEntries();

    /** A number that changes when the approved entries change (a change counter or sequence number). */
    long generation();

    /**
     * Agents' verdict on the drafts an entry gave, in [-1, 1] (0: no feedback): drafting nudges the ranking by it,
     * so replies agents mark 👍 rise and replies marked 👎 sink among equally good matches.
     */
    default double feedbackScore(String entryId) {
        return 0;
    }
}
