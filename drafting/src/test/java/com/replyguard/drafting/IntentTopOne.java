package com.replyguard.drafting;

import com.replyguard.policy.Marketplace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Intent top-1 of the shipped drafting service on one labelled set, per language ({right, all}), and the misses
 * ("lang: wanted X, got Y (confidence): text"). Shared by the held-out and own-set tests.
 */
record IntentTopOne(String set, Map<String, int[]> perLanguage, List<String> misses) {
    static IntentTopOne of(DraftingService service, String set) {
        Map<String, int[]> perLanguage = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (LabelledSets.Row row : LabelledSets.read(set, "intent")) {
            DraftResult r = service.draft(row.text(), Marketplace.parse(row.marketplace()));
            int[] c = perLanguage.computeIfAbsent(row.lang(), k -> new int[2]);
            c[1]++;
            if (String.valueOf(r.intent()).equals(row.label())) {
                c[0]++;
            } else {
                misses.add(row.lang() + ": wanted " + row.label() + ", got " + r.intent() + " (" + r.confidence()
                        + "): " + row.text());
            }
        }
        return new IntentTopOne(set, perLanguage, List.copyOf(misses));
    }

    int right() {
        return perLanguage.values().stream().mapToInt(c -> c[0]).sum();
    }

    int all() {
        return perLanguage.values().stream().mapToInt(c -> c[1]).sum();
    }

    /** "set top-1 [lang=r/n, ...]", and the misses when asked (never for a set no one may read). */
    String summary(boolean withMisses) {
        return set + " top-1 " + perLanguage.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()[0] + "/" + e.getValue()[1]).toList()
                + (withMisses ? "\n  misses:\n  " + String.join("\n  ", misses) : "");
    }
}
