package com.replyguard.knowledge.io;

import com.replyguard.knowledge.entry.Entry;
import java.util.List;

/** The outcome of reading an import file: the valid entries with their line numbers, and every problem found. */
public record ParsedEntries(List<Line> entries, List<LineProblem> problems) {
    public ParsedEntries {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /** One valid entry and the line it started on. */
    public record Line(int line, Entry entry) {
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
