package com.replyguard.policy.rules;

import com.replyguard.policy.CheckResult;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Verdict;
import com.replyguard.policy.analysis.TextAnalysis;
import java.nio.file.Path;
import java.util.List;

/** Loads the built-in rule packs plus a team's own rule folders into a checker. (Scaffold: finds nothing yet.) */
public final class RulePacks {
    private RulePacks() {
    }

    public static ComplianceChecker load(TextAnalysis analysis, List<Path> extraRuleDirs) {
        return (text, marketplace) -> new CheckResult(marketplace, analysis.detector().detect(text), Verdict.OK,
                List.of(), null);
    }
}
