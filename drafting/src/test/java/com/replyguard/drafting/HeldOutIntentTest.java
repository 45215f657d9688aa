package com.replyguard.drafting;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Intent top-1 on held-out buyer messages typed as on a phone: romanized Bengali, and Bengali or Malay mixed with
 * English words. The sets were written before the classifier was tuned for them and are never tuned on (the tuning
 * set is {@code tuning-intents-bn-latin.jsonl}); {@code heldout2-intents.jsonl} was written after tuning and before
 * any further change; {@code heldout3-intents.jsonl} (six groups, clean en/bn/ms too) was written before the next
 * round, which tuned on {@code tuning2-intents.jsonl}. README records the first-run figures and the per-language
 * ones; {@code heldout5-intents.jsonl} (Malay-weighted) was written before the Malay round and never tuned on.
 * {@code tuning3-intents.jsonl} was written as the independent heldout7 set; after its first run (284/320, README)
 * intent round 8 was tuned on it, so it is tuning text now. The test holds each set as a whole to the target.
 *
 * <p>Since intent round 10 every set here except heldout9, heldout10, heldout11, heldout12, heldout23, heldout24,
 * heldout26, heldout29, heldout30 and heldout31 is also training text for the learned model ({@code classify.LearnedLabels},
 * {@code drafting/corpus/intents.tsv}): their figures show the fit, those ten the generalisation. (An intent round 11 that taught the model heldout9 and heldout10 was tried and
 * taken back: it read "order sy auto cancel, duit mcm mana?" as a cancellation, MainAskTest.)
 */
class HeldOutIntentTest extends ShippedDraftingTest {
    @ParameterizedTest
    @CsvSource({"heldout-intents-bn-latin.jsonl,0.9", "heldout-intents-mixed.jsonl,0.9",
            "tuning-intents-bn-latin.jsonl,0.9", "heldout2-intents.jsonl,0.9", "heldout3-intents.jsonl,0.93",
            "tuning2-intents.jsonl,0.95", "heldout4-intents.jsonl,0.9", "heldout5-intents.jsonl,0.9", "heldout6-intents.jsonl,0.85",
            "tuning3-intents.jsonl,0.95",
            "buyer-messages.jsonl,0.95", "heldout13-intents.jsonl,0.95", "heldout14-intents.jsonl,0.95",
            "heldout15-intents.jsonl,0.95", "heldout16-intents.jsonl,0.95", "heldout17-intents.jsonl,0.95",
            "heldout18-intents.jsonl,0.95", "heldout19-intents.jsonl,0.95", "heldout20-intents.jsonl,0.95",
            "heldout21-intents.jsonl,0.95", "heldout22-intents.jsonl,0.95", "heldout25-intents.jsonl,0.95",
            "heldout27-intents.jsonl,0.95", "heldout28-intents.jsonl,0.95"})
    void intentTopOneOnHeldOutSet(String set, double required) {
        IntentTopOne t = IntentTopOne.of(service, set);
        System.out.println(t.summary(true));
        assertTrue(t.right() >= required * t.all(), set + " " + t.right() + "/" + t.all() + " right; misses:\n"
                + String.join("\n", t.misses()));
    }

    /**
     * {@code heldout8-intents.jsonl} (330: 60 formal Malay, 60 Malay chat, 60 Bengali, 60 romanized Bengali, 45 Bengali
     * mixed with English, 45 English), written by an independent helper on 2026-12-05 afternoon who read neither the
     * classifier nor the git log: the fresh measure of intent round 8. Only its totals are printed, never its misses,
     * First run (23cb68d): 299/330 = 0.906: formal Malay 56/60, Malay chat 56/60, Bengali 51/60, romanized
     * Bengali 54/60, Bengali mixed 43/45, English 39/45. After heldout9 was written and run, intent round 9 was tuned
     * on this set's misses (319/330 after it), so it is tuning text now and held to 0.95; heldout9 is the measure.
     */
    @org.junit.jupiter.api.Test
    void heldOutEightAsTuningText() {
        IntentTopOne t = IntentTopOne.of(service, "heldout8-intents.jsonl");
        System.out.println(t.summary(false));
        assertTrue(t.right() >= 0.95 * t.all(), "heldout8 " + t.right() + "/" + t.all() + " right; misses:\n"
                + String.join("\n", t.misses()));
    }

    /**
     * The untouched measures: only their totals are ever printed, never their misses, and no rule, cue or model has
     * read them. Each (but own-heldout7, my own) was written by an independent helper who read neither the classifier
     * nor the git log; what each set holds and its first-run figures (recorded before any intent round could read it)
     * are in the README's table of intent sets, the one record of them. Each must stay at 0.9 or above.
     */
    @ParameterizedTest
    @CsvSource({"heldout9-intents.jsonl,0.9", "own-heldout7-intents.jsonl,0.9", "heldout10-intents.jsonl,0.9",
            "heldout11-intents.jsonl,0.9", "heldout12-intents.jsonl,0.9", "heldout23-intents.jsonl,0.9",
            "heldout24-intents.jsonl,0.9", "heldout26-intents.jsonl,0.9",
            "heldout29-intents.jsonl,0.9", "heldout30-intents.jsonl,0.9", "heldout31-intents.jsonl,0.9",
            "heldout32-intents.jsonl,0.9", "heldout33-intents.jsonl,0.9", "heldout34-intents.jsonl,0.9",
            "heldout35-intents.jsonl,0.9", "heldout36-intents.jsonl,0.9",
            "heldout37-intents.jsonl,0.9", "heldout38-intents.jsonl,0.9",
            "heldout39-intents.jsonl,0.9", "heldout40-intents.jsonl,0.9",
            "heldout41-intents.jsonl,0.9", "heldout42-intents.jsonl,0.9"})
    void untouchedMeasureTotalsOnly(String set, double floor) {
        IntentTopOne t = IntentTopOne.of(service, set);
        System.out.println(t.summary(false));
        assertTrue(t.right() >= floor * t.all(), set + " " + t.right() + "/" + t.all());
    }
}
