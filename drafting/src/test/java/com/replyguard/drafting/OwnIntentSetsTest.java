package com.replyguard.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Intent top-1 per language on this round's own buyer messages (issue #16, Malay): {@code own-dev-intents-ms.jsonl}
 * (formal Malay and chat Malay, used while tuning; its misses are printed) and {@code own-heldout-intents.jsonl}
 * (formal and chat Malay, English, Bengali, romanized Bengali; written with the dev set, before any tuning, and never
 * tuned on: only its per-language totals are printed). Each language must reach its share on its own, so a gain in
 * one cannot hide a loss in another.
 */
class OwnIntentSetsTest extends ShippedDraftingTest {
    @Test
    void devSetPerLanguage() {
        Map<String, int[]> counts = score("own-dev-intents-ms.jsonl", true);
        counts.forEach((lang, c) -> assertTrue(c[0] >= 0.95 * c[1], "dev " + lang + ": " + c[0] + "/" + c[1]));
    }

    /**
     * The held-out set's floor per language: its first run (before any change) was ms 21/28, ms-chat 24/28, en 14/14,
     * bn 14/14, bn-latin 13/14; after this round ms 24/28 and ms-chat 25/28 (README). Malay is held to 0.85, below the
     * issue's 0.95 target it does not reach yet, so a loss shows; the others to 0.9.
     */
    @Test
    void heldOutSetPerLanguage() {
        Map<String, int[]> counts = score("own-heldout-intents.jsonl", false);
        Map<String, Double> floor = Map.of("ms", 0.85, "ms-chat", 0.85, "en", 0.9, "bn", 0.9, "bn-latin", 0.9);
        assertEquals(floor.keySet(), counts.keySet());
        counts.forEach((lang, c) -> assertTrue(c[0] >= floor.get(lang) * c[1],
                "held-out " + lang + ": " + c[0] + "/" + c[1]));
    }

    /**
     * The fourth Malay round's dev sets ({@code own-dev2-intents.jsonl}: Malay with affixes, reduplication, chat
     * abbreviations, negation, and a cancellation or return told in passing before the ask, in all three languages;
     * {@code own-dev3} to {@code own-dev7}: more formal and chat Malay, each written and run once before the changes
     * it led to; their misses are printed), counted together: Malay held to the 0.95, the few cases of other languages to all but one.
     */
    @Test
    void secondDevSetPerLanguage() {
        Map<String, int[]> counts = score("own-dev2-intents.jsonl", true);
        score("own-dev7-intents.jsonl", true).forEach((lang, c) -> counts.merge(lang, c,
                (a, b) -> new int[] {a[0] + b[0], a[1] + b[1]}));
        score("own-dev6-intents.jsonl", true).forEach((lang, c) -> counts.merge(lang, c,
                (a, b) -> new int[] {a[0] + b[0], a[1] + b[1]}));
        score("own-dev5-intents.jsonl", true).forEach((lang, c) -> counts.merge(lang, c,
                (a, b) -> new int[] {a[0] + b[0], a[1] + b[1]}));
        score("own-dev4-intents.jsonl", true).forEach((lang, c) -> counts.merge(lang, c,
                (a, b) -> new int[] {a[0] + b[0], a[1] + b[1]}));
        score("own-dev3-intents.jsonl", true).forEach((lang, c) -> counts.merge(lang, c,
                (a, b) -> new int[] {a[0] + b[0], a[1] + b[1]}));
        counts.forEach((lang, c) -> assertTrue(lang.startsWith("ms") ? c[0] >= 0.95 * c[1] : c[0] >= c[1] - 1,
                "dev2 " + lang + ": " + c[0] + "/" + c[1]));
    }

    /**
     * The fourth Malay round's held-out set ({@code own-heldout2-intents.jsonl}), written with dev2 before any change of
     * the round and never tuned on; only its totals are printed. First run: ms 18/24, ms-chat 23/24, en 12/12, bn
     * 10/12, bn-latin 11/12; after the round ms 20/24, ms-chat 24/24, the others unchanged; after round 5 ms 21/24,
     * bn 11/12 (README). Floors at the latest figures, so a loss shows.
     */
    @Test
    void secondHeldOutSetPerLanguage() {
        Map<String, int[]> counts = score("own-heldout2-intents.jsonl", false);
        Map<String, Integer> floor = Map.of("ms", 21, "ms-chat", 24, "en", 12, "bn", 11, "bn-latin", 11);
        assertEquals(floor.keySet(), counts.keySet());
        counts.forEach((lang, c) -> assertTrue(c[0] >= floor.get(lang), "held-out2 " + lang + ": " + c[0] + "/"
                + c[1]));
    }

    /**
     * Thanks or praise before the real ask (issue #16's commonest miss on fresh text): {@code own-dev12-intents.jsonl}
     * (36, written for the guard in {@code IntentReader.askBehindPraise}: thanks then a problem or a request, and pure
     * praise that tells of the delivery or the product without asking; its misses are printed) and
     * {@code own-heldout8-intents.jsonl} (24 of the same kinds, written before the guard and never tuned on; totals
     * only). First runs (before the guard): dev12 31/36, own-heldout8 18/24 (bn 4/5, bn-latin 1/3, en 5/7, ms 5/5,
     * ms-chat 3/4). With the guard: dev12 32/36, own-heldout8 21/24. Every pure praise of both stays PRAISE.
     */
    @Test
    void thanksBeforeTheAsk() {
        IntentTopOne dev = IntentTopOne.of(service, "own-dev12-intents.jsonl");
        System.out.println(dev.summary(true));
        assertTrue(dev.right() >= 32, "dev12 " + dev.right() + "/" + dev.all() + "\n" + String.join("\n", dev.misses()));
        assertTrue(dev.misses().stream().noneMatch(m -> m.contains("wanted PRAISE")), String.join("\n", dev.misses()));
        IntentTopOne held = IntentTopOne.of(service, "own-heldout8-intents.jsonl");
        System.out.println(held.summary(false));
        assertTrue(held.right() >= 21, "own-heldout8 " + held.right() + "/" + held.all());
    }

    private static Map<String, int[]> score(String set, boolean showMisses) {
        IntentTopOne t = IntentTopOne.of(service, set);
        System.out.println(t.summary(showMisses));
        return t.perLanguage();
    }
}
