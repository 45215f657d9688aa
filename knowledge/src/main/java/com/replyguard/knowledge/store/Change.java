package com.replyguard.knowledge.store;

import com.replyguard.knowledge.entry.Entry;
import java.util.Objects;

/** One entry version to write, with the audit line that explains it ({@code action} like add, edit, approve). */
public record Change(Entry entry, String actor, String action, String detail) {
    public Change {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
    }
}
