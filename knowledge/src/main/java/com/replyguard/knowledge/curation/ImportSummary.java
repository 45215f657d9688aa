package com.replyguard.knowledge.curation;

import com.replyguard.knowledge.io.LineProblem;
import java.util.List;
import java.util.Map;

/**
 * What an import did (or, for a dry run, would do): ids of new, changed and unchanged entries, the refused lines
 * with their reasons (the first ones when there were very many; {@code rejectedCount} counts them all; any refusal
 * means nothing was applied), and entries the checker kept out of {@code approved} (id to reason).
 */
public record ImportSummary(boolean dryRun, boolean applied, List<String> added, List<String> changed,
                            List<String> unchanged, List<LineProblem> rejected, long rejectedCount,
                            Map<String, String> heldBack) {
    public ImportSummary(boolean dryRun, boolean applied, List<String> added, List<String> changed,
                         List<String> unchanged, List<LineProblem> rejected, Map<String, String> heldBack) {
        this(dryRun, applied, added, changed, unchanged, rejected, rejected.size(), heldBack);
    }

    public ImportSummary {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
        rejected = List.copyOf(rejected);
        heldBack = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(heldBack));
    }

    /** One line for people: "12 new, 3 changed, 40 unchanged, 0 rejected, 1 held back". */
    public String headline() {
        return added.size() + " new, " + changed.size() + " changed, " + unchanged.size() + " unchanged, "
                + rejectedCount + " rejected" + (heldBack.isEmpty() ? "" : ", " + heldBack.size()
                + " held back as pending by the checker")
                + (dryRun ? " (dry run: nothing saved)" : applied ? "" : " (nothing saved)");
    }
}
