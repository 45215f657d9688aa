package com.replyguard.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.CheckResult;
import com.replyguard.policy.Category;
import com.replyguard.policy.Finding;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Severity;
import com.replyguard.policy.Verdict;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.TextAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuleCheckerTest {
    private final RuleChecker checker = RulePacks.loadChecker(new TextAnalysis(), List.of());

    @Test
    void marketplaceLinksAreAllowedOnlyOnTheirOwnMarketplace() {
        String text = "Start the return at amazon.com/returns please.";
        assertEquals(Verdict.OK, checker.check(text, Marketplace.AMAZON).verdict());
        CheckResult onEbay = checker.check(text, Marketplace.EBAY);
        assertEquals(Verdict.BLOCK, onEbay.verdict());
        assertEquals(Category.EXTERNAL_LINK, onEbay.findings().get(0).category());
    }

    @Test
    void severityDependsOnTheMarketplaceWhereTheFactsDiffer() {
        String text = "Could you update your feedback now that it is sorted?";
        assertEquals(Severity.BLOCK, only(checker.check(text, Marketplace.AMAZON), "common.review-change").severity());
        assertEquals(Severity.WARN, only(checker.check(text, Marketplace.EBAY), "common.review-change").severity());
    }

    @Test
    void findingsCarryExactUtf16OffsetsEvenAfterEmojiAndRtlMarks() {
        String text = "😀\u200f مرحبا Visit glowshop.com today";
        Finding f = only(checker.check(text, Marketplace.AMAZON), "common.link");
        assertEquals("glowshop.com", text.substring(f.start(), f.end()));
        assertEquals(f.excerpt(), text.substring(f.start(), f.end()));
    }

    @Test
    void theFixedDraftHasEveryAutomaticFixAppliedAndIsCleanOnRecheck() {
        CheckResult r = checker.check("Thanks for waiting. Email me at rina.shop@gmail.com for the manual. "
                + "Give us five stars and get a free bulb.", Marketplace.AMAZON);
        assertEquals(Verdict.BLOCK, r.verdict());
        assertTrue(r.fixed() != null && !r.fixed().contains("gmail") && !r.fixed().contains("free bulb"), r.fixed());
        assertTrue(r.fixed().startsWith("Thanks for waiting."), r.fixed());
        assertEquals(Verdict.OK, checker.check(r.fixed(), Marketplace.AMAZON).verdict(), r.fixed());
    }

    @Test
    void anOverpromiseIsRewrittenToWhatTheBuyerCanCheck() {
        CheckResult r = checker.check("This kettle will never break, guaranteed.", Marketplace.AMAZON);
        assertEquals("The warranty for this kettle and the carrier's delivery estimate are shown on the listing and your "
                + "order page.", r.fixed());
    }

    @Test
    void aRefundOutsideTheMarketplaceIsRewrittenToNameThatMarketplacesOwnOrderPage() {
        String draft = "Hi Sam, sorry about the lamp. Send it to us and we'll refund you by bank transfer. Best, Rina";
        assertTrue(checker.check(draft, Marketplace.EBAY).fixed().contains("go through Purchases in My eBay,"),
                checker.check(draft, Marketplace.EBAY).fixed());
        assertTrue(checker.check(draft, Marketplace.ALL).fixed().contains("go through the marketplace order,"),
                checker.check(draft, Marketplace.ALL).fixed());
        String ms = "Hai, maaf atas lampu yang rosak. Bayar terus ke akaun bank kami untuk harga lebih murah. Terima kasih.";
        assertTrue(checker.check(ms, Marketplace.LAZADA).fixed().contains("melalui Pesanan Saya di Lazada,"),
                checker.check(ms, Marketplace.LAZADA).fixed());
    }

    @Test
    void fixedIsNullWhenNothingCouldBeFixed() {
        // a message that only confirms the shipment has no fix: the fix is not to send it
        CheckResult warnOnly = checker.check("Your order has shipped!", Marketplace.AMAZON);
        assertEquals(Verdict.WARN, warnOnly.verdict());
        assertNull(warnOnly.fixed());
        assertNull(checker.check("Your parcel is on its way.", Marketplace.EBAY).fixed());
    }

    @Test
    void otherLanguagesStillGetTheLanguageIndependentDetectors() {
        CheckResult r = checker.check("Escríbeme a tienda.ayuda@gmail.com por favor", Marketplace.AMAZON);
        assertEquals(Language.EN, r.language());
        CheckResult thai = checker.check("ติดต่อ +66 81 234 5678 ครับ", Marketplace.AMAZON);
        assertEquals(Language.OTHER, thai.language());
        assertEquals(Category.CONTACT_INFO, thai.findings().get(0).category());
    }

    @Test
    void reportsTheDetectedLanguage() {
        assertEquals(Language.BN, checker.check("আমাদের ইমেইল করুন", Marketplace.AMAZON).language());
        assertEquals(Language.MS, checker.check("Terima kasih atas pesanan anda", Marketplace.AMAZON).language());
    }

    @Test
    void emptyAndNullTextGiveAnOkResult() {
        assertEquals(Verdict.OK, checker.check("", Marketplace.AMAZON).verdict());
        assertEquals(Verdict.OK, checker.check(null, Marketplace.AMAZON).verdict());
        assertEquals(Verdict.OK, checker.check("   \n ", null).verdict());
    }

    private static Finding only(CheckResult r, String rule) {
        List<Finding> f = r.findings().stream().filter(x -> x.rule().equals(rule)).toList();
        assertEquals(1, f.size(), () -> rule + " in " + r.findings());
        return f.get(0);
    }
}
