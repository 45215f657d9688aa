package com.replyguard.knowledge.io;

import com.replyguard.knowledge.text.Notice;
import java.util.Objects;

/**
 * Why one line (or CSV record, by its first line) of an import file was refused; {@code id} is null when unknown.
 * {@code notice} is shown in the reader's language, {@link #problem()} is the English wording for logs and files.
 */
public record LineProblem(int line, String id, Notice notice) {
    public LineProblem {
        Objects.requireNonNull(notice, "notice");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    /** The problem in English. */
    public String problem() {
        return notice.toString();
    }

    @Override
    public String toString() {
        return "line " + line + (id == null ? "" : " (" + id + ")") + ": " + problem();
    }
}
