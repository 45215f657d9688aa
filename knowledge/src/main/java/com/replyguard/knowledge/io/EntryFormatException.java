package com.replyguard.knowledge.io;

import java.util.List;

/** An entry record (a JSONL line, a CSV row, a YAML file) is not a valid entry; {@link #problems()} says why. */
public final class EntryFormatException extends Exception {
    private final List<String> problems;

    public EntryFormatException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
