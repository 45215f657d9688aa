package com.replyguard.knowledge.draft;

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
}
