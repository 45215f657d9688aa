package com.replyguard.policy.eval;

import com.replyguard.policy.Category;
import com.replyguard.policy.CheckResult;
import com.replyguard.policy.Finding;
import com.replyguard.policy.Severity;
import com.replyguard.policy.Verdict;
import com.replyguard.policy.learn.LabelledCase;

/** Counts for one group of labelled cases: what a checker blocked, found and wrongly blocked. */
final class Scores {
    int violating;
    int detected;
    int pairs;
    int pairHits;
    int clean;
    int falseBlocks;
    int warnPairs;
    int warnHits;
    /** Clean cases sent with a warning (not blocked): each costs an agent a second look for nothing. */
    int falseWarns;

    void add(LabelledCase c, CheckResult r) {
        if (!c.block().isEmpty()) {
            violating++;
            detected += r.verdict() == Verdict.BLOCK ? 1 : 0;
            for (Category cat : c.block()) {
                pairs++;
                pairHits += has(r, cat, true) ? 1 : 0;
            }
        } else if (c.warn().isEmpty()) {
            clean++;
            falseBlocks += r.verdict() == Verdict.BLOCK ? 1 : 0;
            falseWarns += r.verdict() != Verdict.BLOCK && warned(r, null) ? 1 : 0;
        }
        for (Category cat : c.warn()) {
            warnPairs++;
            warnHits += has(r, cat, false) ? 1 : 0;
        }
    }

    /** Only the pair counts of one category (for the per-category table). */
    void addCategory(LabelledCase c, CheckResult r, Category cat) {
        if (c.block().contains(cat)) {
            violating++;
            detected += r.verdict() == Verdict.BLOCK ? 1 : 0;
            pairs++;
            pairHits += has(r, cat, true) ? 1 : 0;
        }
        if (c.warn().contains(cat)) {
            warnPairs++;
            warnHits += has(r, cat, false) ? 1 : 0;
        }
        if (c.clean()) {
            clean++;
            falseBlocks += r.findings().stream()
                    .anyMatch(f -> f.category() == cat && f.severity() == Severity.BLOCK) ? 1 : 0;
            falseWarns += !has(r, cat, true) && warned(r, cat) ? 1 : 0;
        }
    }

    static boolean has(CheckResult r, Category cat, boolean blockOnly) {
        for (Finding f : r.findings()) {
            if (f.category() == cat && (f.severity() == Severity.BLOCK
                    || (!blockOnly && f.severity() == Severity.WARN))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code r} warns of {@code cat} (null: of anything). */
    static boolean warned(CheckResult r, Category cat) {
        return r.findings().stream().anyMatch(f -> f.severity() == Severity.WARN && (cat == null || f.category() == cat));
    }

    static String rate(int hit, int of) {
        return of == 0 ? "    -" : String.format(java.util.Locale.ROOT, "%.3f", hit / (double) of);
    }

    String row(String name) {
        return String.format(java.util.Locale.ROOT, "%-26s %5d %9s %9s %5d %9s %9s %9s", name, violating,
                rate(detected, violating), rate(pairHits, pairs), clean, rate(falseBlocks, clean),
                rate(warnHits, warnPairs), rate(falseWarns, clean));
    }

    static String header() {
        return String.format(java.util.Locale.ROOT, "%-26s %5s %9s %9s %5s %9s %9s %9s", "group", "viol", "detect",
                "category", "clean", "falseblk", "warn", "falsewarn");
    }
}
