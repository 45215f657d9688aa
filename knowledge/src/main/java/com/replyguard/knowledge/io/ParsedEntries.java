package com.replyguard.knowledge.io;

import com.replyguard.knowledge.entry.Entry;
import java.util.List;

/**
 * The outcome of reading an import file: the valid entries with their line numbers, the problems found (the first
 * ones, in line order, when there were very many) and how many problems there were in all.
 */
public record ParsedEntries(List<Line> entries, List<LineProblem> problems, long problemCount) {
    public ParsedEntries {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
        if (problemCount < problems.size()) {
            throw new IllegalArgumentException("problemCount " + problemCount + " < " + problems.size() + " listed");
        }
    }

    public ParsedEntries(List<Line> entries, List<LineProblem> problems) {
        this(entries, problems, problems.size());
    }

    /** One valid entry and the line it started on. */
    public record Line(int line, Entry entry) {
    }

    public boolean ok() {
        return problemCount == 0;
    }
}
