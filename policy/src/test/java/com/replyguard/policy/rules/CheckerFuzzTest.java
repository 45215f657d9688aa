package com.replyguard.policy.rules;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.CheckResult;
import com.replyguard.policy.Finding;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.TextAnalysis;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.Test;

/** Random and hostile strings through every analyser and the checker: nothing may throw or hang. */
class CheckerFuzzTest {
    private static final String PIECES = " .[]()@:/+-_#*★%\u200f\u202e\u0000\t\n\r\ufeff😀৫ডট dot at com www http:// "
            + "০১৭ 0123 +60 [at] (dot) review refund whatsapp টাকা ফেরত bayaran balik [Important] ";

    private final TextAnalysis analysis = new TextAnalysis();
    private final RuleChecker checker = RulePacks.loadChecker(analysis, List.of());

    @Test
    void randomTextNeverBreaksTheAnalysersOrTheChecker() {
        SplittableRandom random = new SplittableRandom(20261122L);
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            for (int i = 0; i < 600; i++) {
                String text = randomText(random, random.nextInt(1, 400));
                for (Language l : Language.values()) {
                    drain(text, l);
                }
                Marketplace m = Marketplace.values()[random.nextInt(Marketplace.values().length)];
                CheckResult r = checker.check(text, m);
                assertNotNull(r.verdict());
                for (Finding f : r.findings()) {
                    assertTrue(f.end() <= text.length(), () -> f + " outside " + text.length());
                }
            }
        });
    }

    @Test
    void longRunsAndHugeInputsFinishQuickly() {
        assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
            checker.check("a".repeat(100_000), Marketplace.AMAZON);
            checker.check("review ".repeat(10_000) + "free", Marketplace.AMAZON);
            checker.check("1 ".repeat(30_000), Marketplace.EBAY);
            checker.check("x.".repeat(30_000) + "com", Marketplace.EBAY);
            checker.check("@".repeat(30_000), Marketplace.EBAY);
            checker.check("[at]".repeat(20_000), Marketplace.EBAY);
            checker.check("ডট ".repeat(20_000), Marketplace.AMAZON);
        });
    }

    private void drain(String text, Language language) throws IOException {
        try (TokenStream ts = analysis.analyzer(language).tokenStream("f", text)) {
            ts.reset();
            while (ts.incrementToken()) {
                // just consume
            }
            ts.end();
        }
        analysis.tokens(text, language);
    }

    private static String randomText(SplittableRandom random, int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            switch (random.nextInt(4)) {
                case 0 -> sb.appendCodePoint(random.nextInt(0, 0x2FFFF));
                case 1 -> sb.append((char) random.nextInt(0, 0x10000)); // lone surrogates included
                case 2 -> sb.append(PIECES.charAt(random.nextInt(PIECES.length())));
                default -> {
                    int at = random.nextInt(PIECES.length() - 8);
                    sb.append(PIECES, at, at + random.nextInt(1, 8));
                }
            }
        }
        return sb.toString();
    }
}
