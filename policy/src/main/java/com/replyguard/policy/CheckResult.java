package com.replyguard.policy;

import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.Script;
import java.util.List;
import java.util.Objects;

/**
 * The result of checking one draft for one marketplace: findings in text order, the verdict, and the draft with
 * every automatic fix applied ({@code null} when nothing needed or could be fixed).
 */
public record CheckResult(Marketplace marketplace, Language language, Verdict verdict, List<Finding> findings,
                          String fixed, Script script) {
    public CheckResult {
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(script, "script");
        findings = List.copyOf(findings);
    }

    /** A result whose script follows from its language (Latin letters for en and ms, Bengali letters for bn). */
    public CheckResult(Marketplace marketplace, Language language, Verdict verdict, List<Finding> findings,
                       String fixed) {
        this(marketplace, language, verdict, findings, fixed, switch (language) {
            case BN -> Script.BENGALI;
            case EN, MS -> Script.LATIN;
            case OTHER -> Script.OTHER;
        });
    }
}
