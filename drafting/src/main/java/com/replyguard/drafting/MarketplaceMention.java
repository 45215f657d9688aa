package com.replyguard.drafting;

import com.replyguard.policy.Marketplace;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The marketplace a question names ("… on Amazon?", "ইবে-তে কি…", "di AliExpress"), by its names and aliases in
 * English, Bengali and Malay; the first one named wins. Linear in the text; stateless.
 */
public final class MarketplaceMention {
    private static final Map<Marketplace, List<String>> NAMES = Map.of(
            Marketplace.AMAZON, List.of("amazon", "amzn", "আমাজন", "অ্যামাজন", "এমাজন", "অ্যামাজনে", "আমাজনে"),
            Marketplace.EBAY, List.of("ebay", "e-bay", "e bay", "ইবে", "ই-বে", "ইবেতে"),
            Marketplace.ALIEXPRESS, List.of("aliexpress", "ali express", "aliexpres", "ali-express", "আলিএক্সপ্রেস",
                    "আলি এক্সপ্রেস", "আলিএক্সপ্রেসে"));

    private MarketplaceMention() {
    }

    /** The marketplace named first in {@code text}, if any. */
    public static Optional<Marketplace> in(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Marketplace best = null;
        int at = Integer.MAX_VALUE;
        for (Map.Entry<Marketplace, List<String>> e : NAMES.entrySet()) {
            for (String name : e.getValue()) {
                int i = find(lower, name);
                if (i >= 0 && i < at) {
                    at = i;
                    best = e.getKey();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Where {@code name} starts a word in {@code lower} (Bengali names may take suffixes), or -1. */
    private static int find(String lower, String name) {
        int from = 0;
        while (true) {
            int i = lower.indexOf(name, from);
            if (i < 0) {
                return -1;
            }
            boolean start = i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1));
            int end = i + name.length();
            boolean latin = name.charAt(0) < 128;
            boolean stop = !latin || end >= lower.length() || !Character.isLetter(lower.charAt(end))
                    || lower.startsWith("s", end) || lower.startsWith("'", end);
            if (start && stop) {
                return i;
            }
            from = i + 1;
        }
    }
}
