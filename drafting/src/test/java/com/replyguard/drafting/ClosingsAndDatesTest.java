package com.replyguard.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.knowledge.entry.Intent;
import com.replyguard.policy.Marketplace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Two general causes of drafts an agent could not send as they were (issue #16, round 5): a polite closing
 * ("… TQ, Danial", "ধন্যবাদ, রিয়াজ") read as praise, and a day the buyer named written where the reply states the
 * agent's own date (the carrier's estimate, the day a refund was issued).
 */
class ClosingsAndDatesTest extends ShippedDraftingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "amazon|Jam tangan ini mati terus walaupun bateri sudah diganti. Boleh hantar yang baru? TQ, Danial",
            "ebay|The kettle leaks from the base after two uses. Can I get a new one? Many thanks, Rhys",
            "aliexpress|Lampu tidur ini berkelip-kelip dan kemudian padam. Terima kasih, Aina",
            "amazon|স্পিকারটা চার্জ নিচ্ছে না, দুই দিন আগে পেয়েছি। ধন্যবাদ, রিয়াজ"})
    void aClosingThanksIsNotPraise(String marketplace, String text) {
        DraftResult r = service.draft(text, Marketplace.parse(marketplace), SIGNED);
        assertEquals(Intent.DAMAGED_OR_DEFECTIVE, r.intent(), text);
        assertFalse(r.drafts().isEmpty(), text);
        assertTrue(r.drafts().stream().noneMatch(d -> d.intent() == Intent.PRAISE), text);
    }

    @Test
    void praiseWithAClosingIsStillPraise() {
        DraftResult r = service.draft("The cast iron pan is brilliant and arrived early, thank you! Best, Emma",
                Marketplace.AMAZON, SIGNED);
        assertEquals(Intent.PRAISE, r.intent());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "amazon|Order 114-2235871-6620143 was supposed to arrive on 12 November and I still have nothing. Where is it?|12 November",
            "ebay|I sent the headphones back on 3 November and I still haven't had my refund. When will it come?|3 November"})
    void aDayTheBuyerNamesIsNotTheAgentsDate(String marketplace, String text, String day) {
        DraftResult r = service.draft(text, Marketplace.parse(marketplace), SIGNED);
        assertEquals(day, r.entities().date(), "the day is still found and reported");
        Draft d = r.drafts().get(0);
        assertFalse(d.text().contains(day), d.text());
        assertTrue(d.needsInput().contains("date"), "the agent's date is asked for: " + d.text());
    }

    @Test
    void aDateTheAgentGivesIsWritten() {
        java.util.Map<String, String> known = new java.util.HashMap<>(SIGNED);
        known.put("date", "20 November");
        Draft d = service.draft("Order 114-2235871-6620143 was due on 12 November. Where is it?", Marketplace.AMAZON,
                known).drafts().get(0);
        assertTrue(d.text().contains("20 November") && !d.text().contains("12 November"), d.text());
        assertFalse(d.needsInput().contains("date"));
    }
}
