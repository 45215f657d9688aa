package com.replyguard.knowledge.io;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The problems of one import, bounded: it keeps the {@code limit} with the lowest line numbers and counts every
 * one, so a huge file of bad lines costs a counter, not a list as long as the file. Reads as the kept problems in
 * line order.
 *
 * <p>Thread safety: not thread-safe (the reader adds from one thread).
 */
final class ProblemLog extends AbstractList<LineProblem> {
    private final int limit;
    /** A problem and when it was added: problems on one line keep the order they were found in. */
    private record Numbered(LineProblem problem, long seq) {
    }

    private static final Comparator<Numbered> ORDER = Comparator.<Numbered>comparingInt(n -> n.problem().line())
            .thenComparingLong(Numbered::seq);
    /** The kept problems, the last in line order on top, so the first to give way to an earlier one. */
    private final PriorityQueue<Numbered> kept = new PriorityQueue<>(ORDER.reversed());
    private long count;
    private List<LineProblem> sorted;

    ProblemLog(int limit) {
        this.limit = limit;
    }

    @Override
    public boolean add(LineProblem p) {
        count++;
        sorted = null;
        kept.add(new Numbered(p, count));
        if (kept.size() > limit) {
            kept.poll();
        }
        return true;
    }

    /** How many problems were added, kept or not. */
    long count() {
        return count;
    }

    @Override
    public LineProblem get(int index) {
        return sorted().get(index);
    }

    @Override
    public int size() {
        return kept.size();
    }

    /** The kept problems in line order. */
    List<LineProblem> sorted() {
        if (sorted == null) {
            List<Numbered> s = new ArrayList<>(kept);
            s.sort(ORDER);
            sorted = s.stream().map(Numbered::problem).toList();
        }
        return sorted;
    }
}
