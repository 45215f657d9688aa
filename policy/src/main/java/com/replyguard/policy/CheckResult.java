package com.replyguard.policy;

import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.Script;
import java.util.List;
import java.util.Objects;

/**
 * The result of checking one draft for one marketplace: findings in text order, the verdict, and the draft with
 * every safe automatic fix applied ({@code null} when nothing needed or could be fixed, or when the fixes would leave
 * nothing worth sending, see {@link #leavesNothing}); {@code rewrites} says which parts of the checked text those
 * fixes replaced, so a finding outside them is left for the agent to rewrite.
 */
public record CheckResult(Marketplace marketplace, Language language, Verdict verdict, List<Finding> findings,
                          String fixed, Script script, List<Rewrite> rewrites) {
    public CheckResult {
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(script, "script");
        findings = List.copyOf(findings);
        rewrites = rewrites == null ? List.of() : List.copyOf(rewrites);
    }

    public CheckResult(Marketplace marketplace, Language language, Verdict verdict, List<Finding> findings,
                       String fixed, Script script) {
        this(marketplace, language, verdict, findings, fixed, script, List.of());
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

    /** The automatic fix that replaced the part {@code from..to} of the checked text, or null when none did. */
    public Rewrite rewriteOf(int from, int to) {
        for (Rewrite r : rewrites) {
            if (r.overlaps(from, to)) {
                return r;
            }
        }
        return null;
    }

    /**
     * Whether the automatic fixes would leave nothing worth sending (only a greeting or a sign-off): then
     * {@code fixed} is null while {@code rewrites} still lists what they would remove, and the fix is not to send
     * the message at all (a message that only thanks the buyer, a draft that is nothing but a promotion).
     */
    public boolean leavesNothing() {
        return fixed == null && !rewrites.isEmpty();
    }

    /** The findings grouped by rule and sentence, in text order (see {@link FindingGroup}). */
    public List<FindingGroup> groups(String text) {
        return FindingGroup.of(text, findings);
    }
}
