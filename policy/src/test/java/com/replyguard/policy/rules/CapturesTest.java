package com.replyguard.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.CheckResult;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Verdict;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.TextAnalysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rewrite templates that keep what the sentence named: the order number and the item ({@link Captures}). */
class CapturesTest {
    private static final String REVIEW = "If you have a moment, an honest review[ of {item}] would help other shoppers.";
    private static final String RETURN = "Payments, refunds and returns[ for {item}][ (order {order_id})] go through"
            + " {orders}.";

    @TempDir
    Path tmp;

    @Test
    void readsTheOrderNumberAndTheItemASentenceNames() {
        assertEquals(Map.of("order_id", "123-4567890-1234567", "item", "the lamp"), Captures.of(
                "Don't open a return for order 123-4567890-1234567, just send the lamp back to us.", Language.EN));
        assertEquals(Map.of("order_id", "58213", "item", "your new blender"),
                Captures.of("Order #58213: review your new blender and get $5.", Language.EN));
        assertEquals(Map.of("order_id", "৫৮২১৩৪৫", "item", "ব্লেন্ডারটি"),
                Captures.of("অর্ডার নম্বর ৫৮২১৩৪৫ এর ব্লেন্ডারটির রিভিউ দিন।", Language.BN));
        assertEquals(Map.of("order_id", "58213456", "item", "pengisar ini"),
                Captures.of("Pengisar ini untuk pesanan 58213456, bayar terus ke akaun kami.", Language.MS));
        // A reward is not the item, a word is not an order number, and a bare "it" names nothing.
        assertEquals(Map.of(), Captures.of("Give us five stars and we send you a free extra bulb.", Language.EN));
        assertEquals(Map.of(), Captures.of("Your free bulb ships once your order details are in.", Language.EN));
        assertEquals(Map.of(), Captures.of("Please send it back to us at 12 Jalan Ampang.", Language.EN));
        // "your case" is a support case, "কেবল" is "only": neither is an item
        assertEquals(Map.of(), Captures.of("We refund your case by bank transfer.", Language.EN));
        assertEquals(Map.of(), Captures.of("কেবল বিকাশে টাকা পাঠান।", Language.BN));
        assertEquals(Map.of("item", "your phone case"), Captures.of("Review your phone case for a gift.", Language.EN));
    }

    @Test
    void anOptionalPartGoesWholeWhenItsCaptureIsMissing() {
        assertEquals("If you have a moment, an honest review would help other shoppers.",
                Captures.fill(REVIEW, Map.of()));
        assertEquals("If you have a moment, an honest review of the blender would help other shoppers.",
                Captures.fill(REVIEW, Map.of("item", "the blender")));
        assertEquals("Payments, refunds and returns (order 58213) go through {orders}.",
                Captures.fill(RETURN, Map.of("order_id", "58213")));
        assertEquals("Payments, refunds and returns go through {orders}.", Captures.fill(RETURN, Map.of()));
        assertEquals("Tell us how your purchase works.", Captures.fill("Tell us how {item|your purchase} works.",
                Map.of()));
        assertEquals("Tell us how the kettle works.", Captures.fill("Tell us how {item|your purchase} works.",
                Map.of("item", "the kettle")));
        // Brackets without a capture are the wording's own text.
        assertEquals("Reply [here] about order 7.", Captures.fill("Reply [here] about order[ {order_id}].",
                Map.of("order_id", "7")));
        for (String filled : List.of(Captures.fill(REVIEW, Map.of()), Captures.fill(RETURN, Map.of()))) {
            assertFalse(filled.contains("  ") || filled.contains(" of would") || filled.contains(" for go")
                    || filled.contains("()") || filled.contains("[") || filled.contains("{item")
                    || filled.contains("{order_id"), filled);
        }
    }

    @Test
    void aCaptureThatMayBeMissingNeedsAFallbackOrAnOptionalPart() {
        assertTrue(Captures.problem("An honest review of {item} helps.").contains("{item|...}"));
        assertNull(Captures.problem(REVIEW));
        assertNull(Captures.problem("An honest review of {item|your purchase} helps."));
        assertNull(Captures.problem("Reply [here]."));
    }

    @Test
    void theLoaderRefusesABareCaptureAndTheCheckerFillsAGoodOne() throws IOException {
        String rule = """
                kind: phrase
                marketplaces: [amazon]
                category: MARKETING
                severity: warn
                message: Our team does not mention the loyalty club in buyer messages.
                source: "Team handbook, section 4"
                fix:
                  en: "FIX"
                  examples: []
                patterns:
                  - "loyalty club"
                examples:
                  bad:
                    - "[[Join the loyalty club with the blender today.]]"
                  good:
                    - "Your parcel is on its way."
                """;
        Path team = Files.createDirectories(tmp.resolve("acme"));
        Files.writeString(team.resolve("rule.yaml"), rule.replace("FIX", "Enjoy {item} and reply here with questions."));
        RuleFileException bare = assertThrows(RuleFileException.class,
                () -> RulePacks.load(new TextAnalysis(), List.of(team)));
        assertTrue(bare.problem().contains("{item} may be missing"), bare.problem());

        Files.writeString(team.resolve("rule.yaml"), rule.replace("FIX", "Enjoy {item|your order} and reply here if you have questions."));
        RuleChecker checker = RulePacks.loadChecker(new TextAnalysis(), List.of(team));
        CheckResult named = checker.check("Hi Sam. Join the loyalty club with the blender today. Best, Rina",
                Marketplace.AMAZON);
        assertEquals("Hi Sam. Enjoy the blender and reply here if you have questions. Best, Rina", named.fixed());
        CheckResult unnamed = checker.check("Hi Sam. Join the loyalty club today. Best, Rina", Marketplace.AMAZON);
        assertEquals("Hi Sam. Enjoy your order and reply here if you have questions. Best, Rina", unnamed.fixed());
        assertEquals(Verdict.OK, checker.check(named.fixed(), Marketplace.AMAZON).verdict());
    }

    @Test
    void theBuiltInRewritesKeepTheOrderAndTheItemAndTheRestByteForByte() {
        RuleChecker checker = RulePacks.loadChecker(new TextAnalysis(), List.of());
        String before = "Hi Sam, sorry the lamp broke.\n";
        String after = "\nBest,\nRina";
        CheckResult r = checker.check(before + "Please send the lamp back to us at 12 Jalan Ampang for order "
                + "123-4567890-1234567 and we will refund you by bank transfer." + after, Marketplace.AMAZON);
        assertEquals(before + "Payments, refunds and returns for the lamp (order 123-4567890-1234567) go through Your "
                + "Orders on Amazon, and we are happy to help you here." + after, r.fixed());
        assertEquals(Verdict.OK, checker.check(r.fixed(), Marketplace.AMAZON).verdict());
        CheckResult none = checker.check(before + "Please send it back to us and we will refund you by bank transfer."
                + after, Marketplace.AMAZON);
        assertEquals(before + "Payments, refunds and returns go through Your Orders on Amazon, and we are happy to help"
                + " you here." + after, none.fixed());
    }
}
