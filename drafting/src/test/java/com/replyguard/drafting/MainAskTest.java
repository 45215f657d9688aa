package com.replyguard.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.replyguard.knowledge.entry.Intent;
import com.replyguard.policy.Marketplace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The main ask outweighs a thing the buyer reports as done (issue #16): an order already cancelled, or an item
 * already sent back, is background when the message asks about the money ({@code @done}, {@code @done-form},
 * {@code @done-after} in {@code intent-cues.tsv}; the background label's neighbours vote half), while the same words
 * asked for stay a cancellation or a return. Shipped knowledge, three languages.
 */
class MainAskTest extends ShippedDraftingTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "pesanan dibatalkan, bila bayaran balik?|REFUND_STATUS",
            "Saya telah membatalkan pesanan itu tetapi wang belum dikembalikan.|REFUND_STATUS",
            "seller cancel order sy, duit x masuk lg|REFUND_STATUS",
            "order sy auto cancel, duit mcm mana?|REFUND_STATUS",
            "The seller cancelled my order, has the refund been sent?|REFUND_STATUS",
            "I already cancelled this order, when do I get my money back?|REFUND_STATUS",
            "অর্ডার বাতিল হয়েছে, রিফান্ড কবে পাব?|REFUND_STATUS",
            "ami cancel korechi, taka pai nai|REFUND_STATUS",
            "dah return brg, refund x dpt lg|REFUND_STATUS",
            "nak cancel sbb lambat sangat|CANCEL_ORDER",
            "Bolehkah pesanan ini dibatalkan? Saya tidak memerlukannya lagi.|CANCEL_ORDER",
            "Can my order be cancelled? I do not need it any more.|CANCEL_ORDER",
            "দেরি হচ্ছে, অর্ডার বাতিল করতে চাই|CANCEL_ORDER",
            "order ta batil kore din please|CANCEL_ORDER",
            "nak pulangkan baju ni, saiz tak muat|RETURN_REQUEST",
    })
    void theAskWinsOverWhatIsReportedDone(String message, Intent expected) {
        assertEquals(expected, service.draft(message, Marketplace.parse("amazon")).intent(), message);
    }
}
