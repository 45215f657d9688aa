package com.replyguard.bot.testing;

import com.replyguard.policy.Category;
import com.replyguard.policy.CheckResult;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Finding;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Severity;
import com.replyguard.policy.Verdict;
import com.replyguard.policy.analysis.LanguageDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A tiny checker for the bot's tests: "5 stars" blocks (review incentive, fix removes the phrase), "www." warns
 * (external link, fix removes the word). Enough to exercise rendering without the real rule packs.
 */
public final class StubChecker implements ComplianceChecker {
    private final LanguageDetector detector = new LanguageDetector();

    @Override
    public CheckResult check(String text, Marketplace marketplace) {
        List<Finding> findings = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int i = lower.indexOf("5 stars");
        if (i >= 0) {
            findings.add(new Finding("test.review-incentive", Category.REVIEW_INCENTIVE, Severity.BLOCK, i, i + 7,
                    text.substring(i, i + 7), "Rewards tied to ratings are not allowed.", "Test policy", ""));
        }
        int w = lower.indexOf("www.");
        if (w >= 0) {
            int end = w;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            findings.add(new Finding("test.link", Category.EXTERNAL_LINK, Severity.WARN, w, end,
                    text.substring(w, end), "Links outside the marketplace are risky.", "Test policy", ""));
        }
        findings.sort((a, b) -> Integer.compare(a.start(), b.start()));
        String fixed = null;
        if (!findings.isEmpty()) {
            StringBuilder sb = new StringBuilder(text);
            for (int k = findings.size() - 1; k >= 0; k--) {
                sb.replace(findings.get(k).start(), findings.get(k).end(), findings.get(k).fix());
            }
            fixed = sb.toString().replaceAll(" {2,}", " ").strip();
        }
        return new CheckResult(marketplace, detector.detect(text), Verdict.of(findings), findings, fixed);
    }
}
