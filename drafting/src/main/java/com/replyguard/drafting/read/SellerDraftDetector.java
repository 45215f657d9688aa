package com.replyguard.drafting.read;

import java.util.List;
import java.util.Locale;

/**
 * Tells a seller's pasted draft reply from a buyer's message: seller phrases ("thank you for your order",
 * "we have shipped", "dear customer", "kami telah", "প্রিয় গ্রাহক") and more "we/our" than "I/my".
 * Thread safety: immutable.
 */
public final class SellerDraftDetector {
    private static final List<String> SELLER_PHRASES = List.of("dear customer", "dear buyer", "dear valued",
            "thank you for your order", "thank you for your purchase", "thanks for your purchase",
            "thank you for shopping", "thanks for shopping", "thank you for choosing", "we have shipped",
            "we shipped", "we have sent", "we will send", "we will refund", "we have refunded", "we apologi",
            "we are sorry", "sorry for the inconvenience", "our store", "our shop", "our team", "our products",
            "your order has", "your order was", "your package", "your parcel", "your item has", "please leave",
            "leave us a", "leave a review", "leave feedback", "positive feedback", "5 star", "five star",
            "customer service team", "we hope you", "we would be", "we'd be", "we are happy", "feel free to contact us",
            "pelanggan yang dihormati", "terima kasih kerana membeli", "terima kasih atas pesanan", "pesanan anda",
            "kami telah", "kami akan", "kedai kami", "harap maaf", "kami mohon maaf", "bungkusan anda",
            "প্রিয় গ্রাহক", "আপনার অর্ডার", "আমাদের দোকান", "আমাদের স্টোর", "আমরা দুঃখিত", "আমরা পাঠিয়েছি",
            "কেনাকাটার জন্য ধন্যবাদ", "আমরা আপনার");
    private static final List<String> WE = List.of(" we ", " our ", " us ", " we've ", " we'll ", " kami ", " আমরা ",
            " আমাদের ");
    private static final List<String> I = List.of(" i ", " my ", " me ", " i've ", " i'm ", " saya ", " aku ",
            " আমি ", " আমার ");

    /** True when {@code text} reads like a seller's reply rather than a buyer's message. */
    public boolean isSellerDraft(String text) {
        String t = " " + text.toLowerCase(Locale.ROOT).replaceAll("[\\s,.!?;:()]+", " ") + " ";
        int seller = 0;
        for (String p : SELLER_PHRASES) {
            if (t.contains(p)) {
                seller++;
            }
        }
        int we = count(t, WE);
        int i = count(t, I);
        return seller >= 3 || (seller >= 2 && we > i) || (seller >= 1 && we >= 3 && we > 2 * i);
    }

    private static int count(String t, List<String> words) {
        int n = 0;
        for (String w : words) {
            int at = t.indexOf(w);
            while (at >= 0) {
                n++;
                at = t.indexOf(w, at + 1);
            }
        }
        return n;
    }
}
