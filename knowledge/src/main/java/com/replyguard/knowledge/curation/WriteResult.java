package com.replyguard.knowledge.curation;

import com.replyguard.knowledge.entry.Entry;
import com.replyguard.policy.Finding;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one curation write: the entry as it now stands, whether a new version was written, the checker's
 * blocking findings that kept it out of {@code approved} (empty when none), and a sentence for the user.
 */
public record WriteResult(Entry entry, boolean written, List<Finding> blocking, String message) {
    public WriteResult {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(message, "message");
        blocking = List.copyOf(blocking);
    }

    /** True when the checker held the entry back from approval. */
    public boolean heldBack() {
        return !blocking.isEmpty();
    }
}
