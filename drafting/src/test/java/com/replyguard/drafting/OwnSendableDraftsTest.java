package com.replyguard.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.knowledge.entry.Claims;
import com.replyguard.policy.Marketplace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Drafts an agent can send as they are, on this round's own realistic buyer messages (issue #16): messages that give
 * an order number, a tracking number, a product, a date or the buyer's name, and sometimes ask a second thing.
 * {@code own-sendable-dev.jsonl} (48, en/bn/ms/romanized bn; its unsendable drafts and why are printed) was used
 * while fixing; {@code own-sendable-heldout.jsonl} (24, a third of the same writing, set aside before any fix) never:
 * only its per-language totals are printed.
 * <p>
 * Sendable here is stricter than {@link SendableDraftsTest}: the first draft, with the agent's /sign values, sent as
 * it is (claims as their promises) must have no blank and no bracket left, be for the intent the message asks, be
 * in the buyer's language (Bengali script for romanized Bengali), greet the buyer by the name they signed with, and
 * not write a date the buyer named (expected, ordered, sent back) where the reply states the agent's date.
 */
class OwnSendableDraftsTest extends ShippedDraftingTest {
    /** Floors of the held-out sets: their figures after this round (README). */
    private static final int HELD_EN = 5, HELD_BN = 3, HELD_MS = 5, HELD_BL = 4;
    private static final int H3_MS = 14, H3_MSCHAT = 14, H4_MS = 7, H4_MSCHAT = 8, H5_MS = 6, H5_MSCHAT = 6;
    private static final Pattern BRACKET = Pattern.compile("\\[[^\\]\\n]+]");

    /** Why a first draft needs typing, empty when it can be sent as it is. */
    static List<String> whyNotSendable(LabelledSets.Row row, DraftResult r) {
        List<String> why = new ArrayList<>();
        if (r.drafts().isEmpty()) {
            return List.of("no draft");
        }
        Draft d = r.drafts().get(0);
        String sent = Claims.promised(d.text());
        if (!String.valueOf(d.intent()).equals(row.label())
                && !(d.composed() && String.valueOf(d.alsoIntent()).equals(row.label()))) {
            why.add("intent " + d.intent() + " (wanted " + row.label() + ")");
        }
        if (!d.needsInput().isEmpty()) {
            why.add("blanks " + d.needsInput());
        }
        String rest = sent;
        for (String m : d.needsInputMarkers()) {
            rest = rest.replace(m, "");
        }
        if (BRACKET.matcher(rest).find()) {
            why.add("bracket");
        }
        String wantLang = row.lang().startsWith("bn") ? "bn" : row.lang().startsWith("ms") ? "ms" : "en";
        if (!d.entryId().endsWith("-" + wantLang)) {
            why.add("language of " + d.entryId());
        }
        String name = r.entities().buyerName();
        if (name == null) {
            why.add("name not found");
        } else if (!sent.contains(name)) {
            why.add("name " + name + " not in the greeting");
        }
        if (r.entities().date() != null && sent.contains(r.entities().date())) {
            // every {date} of a reply is the agent's fact (the carrier's estimate, the day a refund was issued):
            // the day the buyer names (expected, ordered, sent back) written in its place is wrong
            why.add("the buyer's date " + r.entities().date() + " written as the agent's");
        }
        if (!sent.contains("Nadia")) {
            why.add("signature");
        }
        return why;
    }

    static Map<String, int[]> run(String set, boolean showWhy) {
        Map<String, int[]> perLanguage = new TreeMap<>();
        List<String> lines = new ArrayList<>();
        for (LabelledSets.Row row : LabelledSets.read(set, "intent")) {
            DraftResult r = service.draft(row.text(), Marketplace.parse(row.marketplace()), SIGNED);
            List<String> why = whyNotSendable(row, r);
            int[] c = perLanguage.computeIfAbsent(row.lang(), k -> new int[2]);
            c[1]++;
            if (why.isEmpty()) {
                c[0]++;
            } else if (showWhy) {
                lines.add(row.lang() + " " + why + ": " + row.text() + "\n    => "
                        + (r.drafts().isEmpty() ? "-" : r.drafts().get(0).text().replace("\n", " / ")));
            }
        }
        System.out.println(set + " sendable " + perLanguage.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()[0] + "/" + e.getValue()[1]).toList()
                + (showWhy ? "\n  " + String.join("\n  ", lines) : ""));
        return perLanguage;
    }

    /**
     * The dev set's floor per language, at the figures after this round (first run before any change: en 6/12,
     * bn 7/12, ms 5/12, romanized 4/12; README), so a loss shows. What is left needs a fact only the agent has: a
     * tracking number, the carrier's date, a product's specification.
     */
    @Test
    void devSetSendableShare() {
        Map<String, int[]> counts = run("own-sendable-dev.jsonl", true);
        Map<String, Integer> floor = Map.of("en", 8, "bn", 8, "ms", 6, "bn-latin", 5);
        assertEquals(floor.keySet(), counts.keySet());
        counts.forEach((lang, c) -> assertTrue(c[0] >= floor.get(lang), "dev " + lang + ": " + c[0] + "/" + c[1]));
    }

    /**
     * The held-out third, never tuned on; only its totals are printed. First run (before any change) en 5/6, bn 3/6,
     * ms 4/6, romanized 3/6; floors at the figures after this round (README).
     */
    @Test
    void heldOutSetSendableShare() {
        Map<String, int[]> counts = run("own-sendable-heldout.jsonl", false);
        Map<String, Integer> floor = Map.of("en", HELD_EN, "bn", HELD_BN, "ms", HELD_MS, "bn-latin", HELD_BL);
        assertEquals(floor.keySet(), counts.keySet());
        counts.forEach((lang, c) -> assertTrue(c[0] >= floor.get(lang), "held-out " + lang + ": " + c[0] + "/"
                + c[1]));
    }

    /**
     * This round's Malay intent dev sets ({@code own-dev8}: 24 formal and 24 chat Malay; {@code own-dev9}: 7 and 7
     * with a thing done in passing, English verbs and negation; misses printed), held to the 0.95 together.
     * First run: dev8 ms 23/24, ms-chat 20/24; dev9 ms 4/7, ms-chat 4/7.
     */
    @Test
    void malayIntentDevSets() {
        IntentTopOne eight = IntentTopOne.of(service, "own-dev8-intents.jsonl");
        IntentTopOne nine = IntentTopOne.of(service, "own-dev9-intents.jsonl");
        Map<String, int[]> counts = new java.util.TreeMap<>();
        eight.perLanguage().forEach((lang, c) -> counts.put(lang, c.clone()));
        nine.perLanguage().forEach((lang, c) -> counts.merge(lang, c, (a, b) -> new int[] {a[0] + b[0], a[1] + b[1]}));
        System.out.println(eight.summary(true) + "\n" + nine.summary(true));
        assertEquals(java.util.Set.of("ms", "ms-chat"), counts.keySet());
        counts.forEach((lang, c) -> assertTrue(c[0] >= 0.95 * c[1], "dev8+9 " + lang + ": " + c[0] + "/" + c[1]));
    }

    /**
     * {@code own-dev11} (36 en/bn/ms, tuned on, misses printed): a second topic told in passing before the ask (an
     * invoice already received, a cancellation not wanted, a late delivery shrugged off). First run: en 5/8, bn 5/8,
     * ms 7/10, ms-chat 6/10; floors at the figures after this round.
     */
    @Test
    void secondTopicInPassingDevSet() {
        IntentTopOne t = IntentTopOne.of(service, "own-dev11-intents.jsonl");
        System.out.println(t.summary(true));
        Map<String, Integer> floor = Map.of("en", 8, "bn", 6, "ms", 7, "ms-chat", 7);
        assertEquals(floor.keySet(), t.perLanguage().keySet());
        t.perLanguage().forEach((lang, c) -> assertTrue(c[0] >= floor.get(lang), "dev11 " + lang + ": " + c[0] + "/"
                + c[1]));
    }

    /**
     * The held-out intent sets written with them, never tuned on (totals only): {@code own-heldout3} (14 formal and
     * 14 chat Malay, 6 each English, Bengali, romanized Bengali; first run all right) and {@code own-heldout4} (8 and
     * 8 Malay; first run ms 7/8, ms-chat 8/8) and {@code own-heldout5} (8 and 8 Malay, written with own-dev10; first
     * run ms 6/8, ms-chat 6/8). Floors at the figures after this round.
     */
    @Test
    void heldOutIntentSets() {
        IntentTopOne three = IntentTopOne.of(service, "own-heldout3-intents.jsonl");
        IntentTopOne four = IntentTopOne.of(service, "own-heldout4-intents.jsonl");
        System.out.println(three.summary(false) + "\n" + four.summary(false));
        Map<String, Integer> floor3 = Map.of("ms", H3_MS, "ms-chat", H3_MSCHAT, "en", 6, "bn", 6, "bn-latin", 6);
        assertEquals(floor3.keySet(), three.perLanguage().keySet());
        three.perLanguage().forEach((lang, c) -> assertTrue(c[0] >= floor3.get(lang), "held-out3 " + lang + ": "
                + c[0] + "/" + c[1]));
        Map<String, Integer> floor4 = Map.of("ms", H4_MS, "ms-chat", H4_MSCHAT);
        assertEquals(floor4.keySet(), four.perLanguage().keySet());
        four.perLanguage().forEach((lang, c) -> assertTrue(c[0] >= floor4.get(lang), "held-out4 " + lang + ": "
                + c[0] + "/" + c[1]));
        IntentTopOne five = IntentTopOne.of(service, "own-heldout5-intents.jsonl");
        System.out.println(five.summary(false));
        Map<String, Integer> floor5 = Map.of("ms", H5_MS, "ms-chat", H5_MSCHAT);
        assertEquals(floor5.keySet(), five.perLanguage().keySet());
        five.perLanguage().forEach((lang, c) -> assertTrue(c[0] >= floor5.get(lang), "held-out5 " + lang + ": "
                + c[0] + "/" + c[1]));
    }

    /**
     * {@code own-heldout6} (60: 10 formal Malay, 10 Malay chat, 10 Bengali, 12 romanized Bengali, 8 Bengali mixed with
     * English, 10 English), written on 2026-12-05 afternoon after intent round 8 and never tuned on: the fresh measure
     * of that round. First run (9f83624): 54/60 = 0.90: bn 8/10, bn-latin 11/12, bn-mixed 7/8,
     * en 10/10, ms 9/10, ms-mixed 9/10 (romanized and mixed 27/30, en/bn/ms 27/30). Floors at the first run.
     */
    @Test
    void heldOutSixAfterRoundEight() {
        IntentTopOne six = IntentTopOne.of(service, "own-heldout6-intents.jsonl");
        System.out.println(six.summary(true));
        Map<String, Integer> floor = Map.of("bn", 8, "bn-latin", 11, "bn-mixed", 7, "en", 10, "ms", 9, "ms-mixed", 9);
        assertEquals(floor.keySet(), six.perLanguage().keySet());
        six.perLanguage().forEach((lang, c) -> assertTrue(c[0] >= floor.get(lang), "held-out6 " + lang
                + ": " + c[0] + "/" + c[1]));
    }
}
