package com.replyguard.drafting;

import com.replyguard.policy.Marketplace;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * Runs the whole pipeline on built-in buyer messages in each language for a while, so the JIT has compiled the hot
 * paths (extraction, classification, retrieval, checks) before the first agent pastes: the bot's first replies after
 * a start otherwise take several times as long.
 */
final class DraftWarmUp {
    /** Buyer messages in each language that run every stage: extraction, classification, retrieval, checks. */
    private static final List<String> MESSAGES = List.of(
            "Hi, where is my parcel? Order 112-4567890-1234567, tracking 1Z999AA10123456784. Thanks, Maria",
            "The lamp arrived broken and the box was crushed. I want a refund please.",
            "You sent the wrong size, can I exchange it? Order 12-34567-89012",
            "Can you give me a discount if I leave 5 stars?",
            "আমার পার্সেল কোথায়? অর্ডার নম্বর ৩০৫১২৩৪৫৬৭৮৯০১২৩৪",
            "পণ্যটি ভাঙা এসেছে, টাকা ফেরত চাই",
            "Di mana bungkusan saya? Nombor penjejakan RR123456785MY",
            "Barang sampai rosak, saya mahu bayaran balik",
            "Boleh tukar saiz? Terima kasih, Aisyah");
    private static final Marketplace[] MARKETS = {Marketplace.AMAZON, Marketplace.EBAY, Marketplace.ALIEXPRESS};

    private DraftWarmUp() {
    }

    /**
     * Drafts (and every fourth time asks) for up to {@code millis}, standing aside while {@code realWork} says real
     * requests are being handled: they warm the same paths, and on a small machine the warm-up would only compete
     * with them for the CPU. Returns how many drafts it made.
     */
    static int run(long millis, BooleanSupplier realWork, BiConsumer<String, Marketplace> draft,
                   BiConsumer<String, Marketplace> ask) {
        long end = System.nanoTime() + millis * 1_000_000L;
        int n = 0;
        while (System.nanoTime() < end) {
            if (realWork.getAsBoolean()) {
                LockSupport.parkNanos(2_000_000L);
                continue;
            }
            String text = MESSAGES.get(n % MESSAGES.size());
            Marketplace m = MARKETS[(n / MESSAGES.size()) % MARKETS.length];
            draft.accept(text, m);
            if (n % 4 == 0) {
                ask.accept(text, m);
            }
            n++;
        }
        return n;
    }
}
