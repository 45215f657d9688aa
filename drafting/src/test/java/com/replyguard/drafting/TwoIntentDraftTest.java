package com.replyguard.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.knowledge.entry.Intent;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Verdict;
import org.junit.jupiter.api.Test;

/** A buyer message that asks two things gets one reply answering both, offered first. */
class TwoIntentDraftTest extends ShippedDraftingTest {
    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void twoQuestionsGetOneComposedReplyFirstWithGreetingAndSignOffOnce() {
        DraftResult r = service.draft("Where is my order, and can I change the delivery address?", Marketplace.AMAZON);
        Draft first = r.drafts().get(0);
        assertTrue(first.composed(), "composed draft first: " + r.drafts());
        assertEquals(java.util.Set.of(Intent.ORDER_STATUS, Intent.ADDRESS_CHANGE),
                java.util.Set.of(first.intent(), first.alsoIntent()));
        assertEquals(1, count(first.text(), "Hi "), first.text());
        assertEquals(1, count(first.text(), "Kind regards"), first.text());
        assertTrue(first.check().verdict() != Verdict.BLOCK);
        assertTrue(r.drafts().size() > 1 && !r.drafts().get(1).composed(), "single-intent drafts after it");
    }

    @Test
    void twoQuestionsInMalayAndBengaliToo() {
        Draft ms = service.draft("Bila barang saya sampai? Boleh saya tukar alamat penghantaran?", Marketplace.EBAY)
                .drafts().get(0);
        assertTrue(ms.composed(), ms.toString());
        assertEquals(1, count(ms.text(), "Salam mesra"), ms.text());
        Draft bn = service.draft("আমার অর্ডার কবে আসবে? আমি কি ঠিকানা পরিবর্তন করতে পারি?", Marketplace.AMAZON)
                .drafts().get(0);
        assertTrue(bn.composed(), bn.toString());
        assertEquals(1, count(bn.text(), "শুভেচ্ছান্তে"), bn.text());
    }

    @Test
    void oneQuestionWithASignOffGetsNoComposedDraft() {
        DraftResult r = service.draft("Where is my parcel? It has been ten days now. Thanks so much, Sarah",
                Marketplace.AMAZON);
        assertFalse(r.drafts().get(0).composed(), r.drafts().get(0).toString());
        assertEquals(Intent.ORDER_STATUS, r.intent());
    }

    /** A follow-up that points back ("eta", "it", "ini") asks on about the same thing: no second intent, no blank. */
    @Test
    void aFollowUpAboutTheSameThingIsNotASecondQuestion() {
        for (String text : java.util.List.of(
                "customs theke 1200 taka chaitese parcel charar jonno. eta ki amake dite hobe? Hasan",
                "The courier wants 18 pounds of import duty before delivery. Is it really mine to pay?",
                "Kastam minta bayar cukai RM35 sebelum bungkusan dilepaskan. Ini tanggungan saya ke?")) {
            DraftResult r = service.draft(text, Marketplace.ALIEXPRESS);
            assertEquals(Intent.CUSTOMS_DUTIES, r.intent(), text);
            assertFalse(r.drafts().get(0).composed(), r.drafts().get(0).text());
        }
    }

    @Test
    void composerKeepsGreetingOnceBothAnswersAndTheSignOffOnce() {
        String a = "Hi {buyer_name},\n\nIt ships today.\n\nKind regards,\n{agent_name}";
        String b = "Hi {buyer_name},\n\nYes, I can change the address.\nSend it here.\n\nKind regards,\n{agent_name}";
        assertEquals("Hi {buyer_name},\n\nIt ships today.\n\nYes, I can change the address.\nSend it here.\n\n"
                + "Kind regards,\n{agent_name}", Composer.compose(a, b));
    }
}
