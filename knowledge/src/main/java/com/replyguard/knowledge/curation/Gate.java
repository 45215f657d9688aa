package com.replyguard.knowledge.curation;

import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Kind;
import com.replyguard.policy.CheckResult;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Finding;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs a reply's body through the checker for each of its marketplaces; any {@code block} finding keeps the entry
 * out of {@code approved}. Policy entries are guidance for sellers that may quote forbidden wording on purpose, and
 * are never sent to buyers, so they are not gated.
 */
final class Gate {
    private final ComplianceChecker checker;

    Gate(ComplianceChecker checker) {
        this.checker = checker;
    }

    List<Finding> blocking(Entry e) {
        if (e.kind() != Kind.REPLY) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Marketplace m : e.marketplaces()) {
            CheckResult r;
            try {
                r = checker.check(e.body(), m);
            } catch (RuntimeException ex) {
                // A checker bug must not let an unchecked reply through as approved.
                throw new IllegalStateException("the compliance checker failed on entry " + e.id() + ": "
                        + ex.getMessage(), ex);
            }
            for (Finding f : r.findings()) {
                if (f.severity() == Severity.BLOCK && seen.add(f.rule() + "@" + f.start())) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    static String explain(List<Finding> blocking) {
        return "the compliance checker blocks it: " + blocking.stream()
                .map(f -> f.category() + " \"" + f.excerpt() + "\" (" + f.message() + ")")
                .collect(Collectors.joining("; "));
    }
}
