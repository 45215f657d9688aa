package com.replyguard.drafting.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.LanguageDetector;
import org.junit.jupiter.api.Test;

class MessageReaderTest {
    private final MessageReader reader = new MessageReader(new LanguageDetector());

    @Test
    void dropsQuotedMailAfterAnOnWroteLine() {
        ReadMessage m = reader.read("Where is my parcel?\nThanks, Sarah\n\nOn Mon, 3 May 2026, Shop <s@x.com> wrote:\n"
                + "> Your order has shipped\n> Regards");
        assertEquals("Where is my parcel?\nThanks, Sarah", m.body());
        assertTrue(m.unwrapped());
    }

    @Test
    void dropsOriginalMessageBlocksQuotedLinesAndDeviceSignatures() {
        ReadMessage m = reader.read("It came broken.\n> earlier text\nSent from my iPhone\n"
                + "-----Original Message-----\nFrom: seller\nWe shipped it");
        assertEquals("It came broken.", m.body());
    }

    @Test
    void aDeviceSignatureIsChromeOnlyOnAShortLineOfItsOwn() {
        ReadMessage malay = reader.read("Barang ini dihantar dari luar negara. Adakah harganya sudah termasuk duti kastam?"
                + "\nDihantar dari Samsung Galaxy saya");
        assertEquals("Barang ini dihantar dari luar negara. Adakah harganya sudah termasuk duti kastam?", malay.body());
        assertTrue(malay.unwrapped());
        ReadMessage english = reader.read("The parcel was sent from my old address by mistake, can you resend it?");
        assertEquals("The parcel was sent from my old address by mistake, can you resend it?", english.body());
        assertFalse(english.isEmpty());
        ReadMessage bengali = reader.read("পণ্যটি ঢাকা থেকে পাঠানো হয়েছে বলে লেখা আছে, কিন্তু এখনো কোনো খবর নেই।");
        assertFalse(bengali.isEmpty());
    }

    @Test
    void keepsOnlyTheBuyersPartOfAnAmazonNotification() {
        ReadMessage m = reader.read("Message from customer Jo (Order: 112-1234567-1234567)\n"
                + "------------- Begin message -------------\nCan I change the address?\n"
                + "------------- End message -------------\nTo respond to this message, please reply to this e-mail.\n"
                + "Was this email helpful?");
        assertEquals("Can I change the address?", m.body());
    }

    @Test
    void capsTheAnalysedLength() {
        ReadMessage m = reader.read("refund ".repeat(10_000));
        assertTrue(m.truncated());
        assertTrue(m.body().length() <= MessageReader.MAX_BODY);
    }

    @Test
    void emptyOrNullInputReadsAsEmpty() {
        assertTrue(reader.read(null).isEmpty());
        assertTrue(reader.read("  \n ").isEmpty());
        assertFalse(reader.read("hi").isEmpty());
    }

    @Test
    void detectsMalayWhenMalayWordsOutnumberEnglishOnes() {
        assertEquals(Language.MS, reader.read("Barang rosak, tolong tukar").language());
        assertEquals(Language.EN, reader.read("Where is my order?").language());
        assertEquals(Language.BN, reader.read("আমার পার্সেল কবে আসবে?").language());
    }
}
