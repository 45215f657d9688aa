package com.replyguard.knowledge.curation;

import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.text.Notice;
import com.replyguard.policy.Finding;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one curation write: the entry as it now stands, whether a new version was written, the checker's
 * blocking findings that kept it out of {@code approved} (empty when none), and a sentence for the user as a
 * {@link Notice}, so whoever shows it picks the language.
 */
public record WriteResult(Entry entry, boolean written, List<Finding> blocking, Notice notice) {
    public WriteResult {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(notice, "notice");
        blocking = List.copyOf(blocking);
    }

    /** The sentence in English, for logs and tests ({@link com.replyguard.knowledge.text.Texts#notice} for users). */
    public String message() {
        return notice.toString();
    }

    /** True when the checker held the entry back from approval. */
    public boolean heldBack() {
        return !blocking.isEmpty();
    }
}
