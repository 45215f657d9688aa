package com.replyguard.drafting.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SellerDraftDetectorTest {
    private final SellerDraftDetector detector = new SellerDraftDetector();

    @Test
    void recognisesASellersReply() {
        assertTrue(detector.isSellerDraft("Dear customer, thank you for your order! We have shipped your package "
                + "today. Please leave us a 5 star review. Best regards, our team"));
        assertTrue(detector.isSellerDraft("Pelanggan yang dihormati, kami telah menghantar pesanan anda hari ini."));
        assertTrue(detector.isSellerDraft("প্রিয় গ্রাহক, আপনার অর্ডার আমরা পাঠিয়েছি। আমাদের দোকান থেকে কেনার জন্য ধন্যবাদ।"));
    }

    @Test
    void leavesBuyerMessagesAlone() {
        assertFalse(detector.isSellerDraft("Hi, I ordered a lamp last week and it still hasn't arrived. Where is my order?"));
        assertFalse(detector.isSellerDraft("We ordered two chairs for our office but one is broken, what can you do?"));
        assertFalse(detector.isSellerDraft("Bila pesanan saya akan sampai?"));
    }
}
