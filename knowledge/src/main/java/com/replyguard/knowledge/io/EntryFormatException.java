package com.replyguard.knowledge.io;

import com.replyguard.knowledge.text.Notice;
import java.util.List;

/**
 * An entry record (a JSONL line, a CSV row, a YAML file) is not a valid entry; {@link #notices()} says why, in the
 * reader's language, {@link #problems()} in English.
 */
public final class EntryFormatException extends Exception {
    private final List<Notice> notices;

    public EntryFormatException(List<Notice> notices) {
        super(String.join("; ", notices.stream().map(Notice::toString).toList()));
        this.notices = List.copyOf(notices);
    }

    /** Why, as notices to show in the reader's language. */
    public List<Notice> notices() {
        return notices;
    }

    /** Why, in English (for logs and files). */
    public List<String> problems() {
        return notices.stream().map(Notice::toString).toList();
    }
}
