package com.replyguard.policy;

import com.replyguard.policy.analysis.Language;
import java.util.List;
import java.util.Objects;

/**
 * The result of checking one draft for one marketplace: findings in text order, the verdict, and the draft with
 * every automatic fix applied ({@code null} when nothing needed or could be fixed).
 */
public record CheckResult(Marketplace marketplace, Language language, Verdict verdict, List<Finding> findings,
                          String fixed) {
    public CheckResult {
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(verdict, "verdict");
        findings = List.copyOf(findings);
    }
}
