package com.replyguard.drafting.read;

import java.util.List;
import java.util.Locale;

/**
 * Tells a seller's pasted draft reply from a buyer's message: seller phrases ("thank you for your order",
 * "we have shipped", "dear customer", "kami telah", "প্রিয় গ্রাহক") and more "we/our" than "I/my".
 * Thread safety: immutable.
 */
public final class SellerDraftDetector {
    private static final List<String> SELLER_PHRASES = WordList.list(SellerDraftDetector.class, "seller-phrases.txt");
    private static final List<String> WE = wholeWords("we-words.txt");
    private static final List<String> I = wholeWords("i-words.txt");

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

    /** The words of a list with a space either side, to count whole words in a space-padded text. */
    private static List<String> wholeWords(String resource) {
        return WordList.list(SellerDraftDetector.class, resource).stream().map(w -> " " + w + " ").toList();
    }
}
