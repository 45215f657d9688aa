package com.replyguard.knowledge.io;

import java.util.Objects;

/** Why one line (or CSV record, by its first line) of an import file was refused; {@code id} is null when unknown. */
public record LineProblem(int line, String id, String problem) {
    public LineProblem {
        Objects.requireNonNull(problem, "problem");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    @Override
    public String toString() {
        return "line " + line + (id == null ? "" : " (" + id + ")") + ": " + problem;
    }
}
