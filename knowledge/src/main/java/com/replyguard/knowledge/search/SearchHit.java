package com.replyguard.knowledge.search;

import com.replyguard.knowledge.entry.Entry;
import java.util.Objects;

/** One search result: the entry (current version) and its Lucene score (higher is a stronger match). */
public record SearchHit(Entry entry, float score) {
    public SearchHit {
        Objects.requireNonNull(entry, "entry");
    }
}
