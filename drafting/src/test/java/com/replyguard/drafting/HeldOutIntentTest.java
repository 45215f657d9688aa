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
     * read them. Each, with its first run:
     *
     * <p>{@code heldout9-intents.jsonl} (330, the same six groups as heldout8, weighted to long polite formal messages
     * whose ask comes last and to two topics with one main ask), written by an independent helper on 2026-12-05
     * evening who read neither the classifier nor the git log. Only its totals are printed, never its misses. First run
     * (ca3bc67, before intent round 9): 281/330 = 0.852: Bengali 54/60, romanized Bengali 49/60, Bengali mixed 38/45,
     * English 38/45, formal Malay 51/60, Malay chat 51/60. After intent round 9 (tuned on heldout8, never on this set):
     * 283/330 = 0.858 (Bengali 55/60, romanized 50/60). Intent round 10, the learned model beside cues and
     * neighbours (trained on every other set; its weight and floors fixed before this set was run): 312/330 = 0.945
     * (Bengali 56/60, romanized 57/60, Bengali mixed 44/45, English 41/45, formal Malay 55/60, Malay chat 59/60).
     * Floor 0.9.
     *
     * <p>{@code own-heldout7-intents.jsonl} (60, my own: 10 in each of the six groups), written after intent round 10
     * was committed and run once as its measure; only its totals are printed. First run (9217a36): 58/60 = 0.967
     * (English 9/10, romanized Bengali 9/10, the other four groups 10/10); the same classifier without its learned
     * model (the model file taken out of the classes folder): 54/60. Floor 0.9.
     *
     * <p>{@code heldout10-intents.jsonl} (315: English, Bengali and formal Malay 60 each, Malay chat, romanized Bengali
     * and Bengali mixed 45 each; weighted to long, polite, indirect messages and two topics with one main ask), written
     * by an independent helper on 2026-12-05 night who read neither the classifier nor the git log, as the fresh
     * measure of intent round 10. Only its totals are printed, never its misses. FIRST RUN (a617262 + this set):
     * 300/315 = 0.952: English 55/60, Bengali 56/60, formal Malay 56/60 (en/bn/ms 167/180 = 0.928), romanized Bengali
     * 44/45, Bengali mixed 44/45, Malay chat 45/45 (romanized and mixed 133/135 = 0.985). Floor 0.9.
     *
     * <p>{@code heldout11-intents.jsonl} (315, the same six groups as heldout10), written by an independent helper on
     * 2026-12-05 night who read neither the classifier nor the git log, as a fresh measure of the classifier after intent
     * round 10. Only its totals are printed, never its misses. FIRST RUN
     * (before round 11, the classifier of a617262): 290/315 = 0.921: English 54/60, Bengali 53/60, formal Malay 52/60
     * (en/bn/ms 159/180 = 0.883), romanized Bengali 44/45, Bengali mixed 45/45, Malay chat 42/45 (131/135 = 0.970).
     * A round 11 (the model also taught heldout9 and heldout10) read it 293/315 but failed MainAskTest and was taken
     * back, so the first run is the figure of the classifier that landed. Floor 0.9.
     *
     * <p>{@code heldout12-intents.jsonl} (315, the same six groups as heldout10 and heldout11), written by an independent
     * helper on 2026-12-05 night who read neither the classifier nor any other labelled set, as the fresh measure of
     * intent round 12. Only its totals are printed, never its misses. FIRST RUN (with the round 11 since taken back,
     * 5a1289a): 291/315. On the classifier that landed (intent round 10): 288/315 = 0.914: English 55/60, Bengali 53/60,
     * formal Malay 55/60 (en/bn/ms 163/180 = 0.906), romanized Bengali 40/45, Bengali mixed 44/45, Malay chat 41/45
     * (125/135 = 0.926). A round 12 that taught the model heldout11 as well read it 295/315, but turned a Bengali dev
     * complaint ("খুবই হতাশ হয়েছি ...") into PRAISE, so it was not kept either.
     * Floor 0.9.
     *
     * <p>{@code heldout13-intents.jsonl} (315, the same six groups; weighted to thanks or praise before the real ask,
     * pure praise that tells of the delivery, polite and angry complaints with and without a rating threat), written by
     * an independent helper on 2026-12-05 late night who read neither the classifier nor the git log, as the fresh
     * measure of the thanks-before-the-ask guard ({@code IntentReader.askBehindPraise}, 6f56d0f). Only its totals are
     * printed. FIRST RUN (6f56d0f + this set): 310/315 = 0.984: English 58/60, Bengali 59/60, formal Malay 59/60 (en/bn/ms
     * 176/180 = 0.978), romanized Bengali 45/45, Bengali mixed 45/45, Malay chat 44/45. The same classifier without the
     * guard (4ed1c8c): 303/315 (en/bn/ms 172/180). The set leans to the guard's own kind of message, so heldout10-12
     * (0.92-0.93 with it) are the plainer figure. Floor 0.9.
     *
     * <p>{@code heldout14-intents.jsonl} (315, the same six groups; a general measure of every length and tone: blunt
     * questions, long formal letters, two topics with one main ask, complaints with and without a rating threat, thanks
     * before a request, pure praise), written by an independent helper on 2026-12-06 night who read neither the
     * classifier nor the git log. Only its totals are printed. FIRST RUN (aef468b + an English cue for chipped items):
     * 310/315 = 0.984: English 58/60, Bengali 60/60, formal Malay 59/60 (en/bn/ms 177/180 = 0.983), romanized Bengali
     * 44/45, Bengali mixed 45/45, Malay chat 44/45 (133/135 = 0.985). Without the thanks-before-the-ask guard: 308/315
     * (formal Malay 57/60). Floor 0.9.
     *
     * <p>{@code heldout15-intents.jsonl} (315, the same six groups; weighted to asks buried after a story, questions
     * phrased as statements, replies to the seller's last message and formal Bengali and Malay letters), written by an
     * independent helper on 2026-12-06 who read neither the classifier nor the git log. Only its totals are printed.
     * FIRST RUN (094c13a, the classifier of heldout14): 303/315 = 0.962: English 56/60, Bengali 55/60, formal Malay
     * 59/60 (en/bn/ms 170/180 = 0.944), romanized Bengali 44/45, Bengali mixed 44/45, Malay chat 45/45 (133/135 =
     * 0.985). Floor 0.9.
     *
     * <p>{@code heldout16-intents.jsonl} (315, the same six groups; a general measure), written by an independent helper
     * on 2026-12-06 who read neither the classifier nor the git log. Only its totals are printed. FIRST RUN (the same
     * classifier): 303/315 = 0.962: English 59/60, Bengali 55/60, formal Malay 59/60 (en/bn/ms 173/180 = 0.961),
     * romanized Bengali 43/45, Bengali mixed 43/45, Malay chat 44/45. Floor 0.9.
     *
     * <p>Intent round 12 (2026-12-06) was then written from the misses of heldout15 and heldout16 (cues and my own
     * rewordings in {@code drafting/corpus/intents.tsv}, never their texts), so both are tuning text now: 311/315 each
     * after it.
     *
     * <p>{@code heldout17-intents.jsonl} (315, the same six groups; a general measure), written by an independent helper
     * on 2026-12-06 who read neither the classifier nor the git log, is the untouched measure of round 12. Only its
     * totals are printed. FIRST RUN (the classifier before round 12): 306/315 = 0.971: English 55/60, Bengali 59/60,
     * formal Malay 57/60 (en/bn/ms 171/180 = 0.950), romanized Bengali 45/45, Bengali mixed 45/45, Malay chat 45/45.
     * After round 12: 307/315 (English 56/60; en/bn/ms 172/180 = 0.956). Floor 0.9.
     *
     * <p>{@code heldout18-intents.jsonl} (315, the same six groups; a general measure, checked by its writer against
     * every earlier set for near-duplicates), written by an independent helper on 2026-12-06 who read neither the
     * classifier nor the git log. Only its totals are printed. FIRST RUN (the classifier after round 12): 301/315 =
     * 0.956: English 56/60, Bengali 56/60, formal Malay 58/60 (en/bn/ms 170/180 = 0.944), romanized Bengali 42/45,
     * Bengali mixed 45/45, Malay chat 44/45. Floor 0.9.
     *
     * <p>Intent round 13 (2026-12-06) was then written from the misses of heldout17 and heldout18 (a device signature
     * read inside a Malay sentence, cues and my own rewordings, never their texts), so both are tuning text now:
     * 313/315 and 309/315 after it.
     *
     * <p>{@code heldout19-intents.jsonl} (315, the same six groups; weighted to intents said indirectly and to a second
     * topic that could pull the label away), written by an independent helper on 2026-12-06 who read neither the
     * classifier nor the git log, is the untouched measure of round 13. Only its totals are printed. FIRST RUN (the
     * classifier after round 13, ef9b03a): 290/315 = 0.921: English 56/60, Bengali 53/60, formal Malay 57/60 (en/bn/ms
     * 166/180 = 0.922), romanized Bengali 38/45, Bengali mixed 44/45, Malay chat 42/45 (124/135 = 0.919). The classifier
     * before round 13 (b5a05fb): 290/315 as well (English 55/60, Bengali 54/60): the round moved nothing it had not read.
     * Intent round 14 was then written from its misses (cues and my own rewordings), so it is tuning text now: 300/315
     * after it. Floor 0.9.
     *
     * <p>{@code heldout20-intents.jsonl} (315, the same six groups; varied products, orders from abroad, replies to the
     * seller, new details such as a phone or flat number, complaints inside thanks), written by an independent helper
     * on 2026-12-06 who read neither the classifier nor the git log, is the untouched measure of round 14. Only its
     * totals are printed. FIRST RUN (the classifier after round 14, 637935f): 282/315 = 0.895: English 54/60, Bengali
     * 50/60, formal Malay 53/60 (en/bn/ms 157/180 = 0.872), romanized Bengali 40/45, Bengali mixed 45/45, Malay chat
     * 40/45 (125/135 = 0.926). The classifier of the session's start (b5a05fb): 282/315 as well (English 55/60,
     * romanized 39/45). Rounds 13 and 14 moved nothing they had not read. Floor at its first run (0.89), below the 0.9
     * of the others: the target (0.95 for en/bn/ms) is not met on it.
     *
     * <p>Intent round 15 (2026-12-06): the learned model also learns heldout13 to heldout20, whose first runs are
     * recorded above (2,520 independent messages, {@code drafting/corpus/intents.tsv}), so they are the model's
     * training text now and held to 0.95 in the first test; no cue was written from them.
     *
     * <p>{@code heldout21-intents.jsonl} (315, the same six groups; toys, groceries, gifts for relatives, late-night
     * messages, a pleasantry first, the seller's earlier reply quoted), written by an independent helper on
     * 2026-12-06 who read neither the classifier nor the git log, is the untouched measure of round 15. Only its
     * totals are printed. FIRST RUN (the classifier before round 15, 692237c): 283/315 = 0.898: English 54/60,
     * Bengali 52/60, formal Malay 57/60 (en/bn/ms 163/180 = 0.906), romanized Bengali 38/45, Bengali mixed 39/45, Malay
     * chat 43/45. After round 15: 293/315 = 0.930 (en/bn/ms 166/180 = 0.922, romanized and mixed 127/135). After
     * round 16: 295/315 (en/bn/ms 168/180 = 0.933). Floor 0.9.
     *
     * <p>{@code heldout22-intents.jsonl} (315, the same six groups; kitchenware, bicycles, baby items, supplements,
     * orders for someone else, worried or sarcastic tones, very short messages), written by an independent helper on
     * 2026-12-06 who read neither the classifier nor the git log. Only its totals are printed. FIRST RUN (the
     * classifier after round 15, cffc73e): 294/315 = 0.933: English 54/60, Bengali 52/60, formal Malay 57/60 (en/bn/ms
     * 163/180 = 0.906), romanized Bengali 43/45, Bengali mixed 45/45, Malay chat 43/45. The classifier before round 15
     * (692237c): 281/315 (en/bn/ms 152/180), so round 15 carried to a second set it never read. Intent round 16 (the
     * model also learns trainI1 and trainI2, 800 en/bn/ms training messages by two independent writers, and nine
     * damaged-on-arrival messages of my own wording): 300/315 (en/bn/ms 168/180 = 0.933). After round 17: 303/315
     * (en/bn/ms 171/180 = 0.950). Floor 0.9.
     *
     * <p>{@code heldout23-intents.jsonl} (315, the same six groups; shoes, laptops, pet food, prayer items, cash on
     * delivery, one long paragraph, a complaint about something else first, formal letters), written by an
     * independent helper on 2026-12-06 who read neither the classifier nor the git log. Only its totals are printed.
     * FIRST RUN (the classifier after round 16, 51b947a): 297/315 = 0.943: English 54/60, Bengali 57/60, formal Malay
     * 57/60 (en/bn/ms 168/180 = 0.933), romanized Bengali 43/45, Bengali mixed 43/45, Malay chat 43/45. Intent round
     * 17 (the model also learns trainI3, 400 en/bn/ms training messages by an independent writer, and heldout21, whose
     * figures are recorded above, so heldout21 is training text now and held to 0.95 in the first test): 301/315
     * (en/bn/ms 170/180 = 0.944). After round 18: 303/315 (en/bn/ms 171/180 = 0.950). Floor 0.9.
     *
     * <p>{@code heldout24-intents.jsonl} (315, the same six groups; tools, jewellery, spices, printers, orders from a
     * market abroad, an order number and a few words, long letters with greetings and prayers, replies to the seller's
     * question), written by an independent helper on 2026-12-06 who read neither the classifier nor the git log. Only
     * its totals are printed. FIRST RUN (the classifier after round 17, 5285a84): 304/315 = 0.965: English 55/60,
     * Bengali 57/60, formal Malay 59/60 (en/bn/ms 171/180 = 0.950), romanized Bengali 45/45, Bengali mixed 44/45,
     * Malay chat 44/45. Intent round 18 (the model also learns trainI4, 400 en/bn/ms messages of the hardest pairs by
     * an independent writer, and heldout22, whose figures are recorded above, so it is training text now): 305/315
     * (en/bn/ms 172/180 = 0.956). Floor 0.9.
     *
     * <p>{@code heldout25-intents.jsonl} (315, the same six groups; camera gear, eyeglasses, curtains, vitamins, frozen
     * food, elderly buyers or buyers writing for a parent, spelling mistakes, formal complaints, one-line questions),
     * written by an independent helper on 2026-12-06 who read neither the classifier nor the git log, is a fresh
     * measure of the classifier of round 18. Only its totals are printed. FIRST RUN (d94ac5d): 297/315 = 0.943:
     * English 54/60, Bengali 57/60, formal Malay 58/60 (en/bn/ms 169/180 = 0.939), romanized Bengali 42/45, Bengali
     * mixed 42/45, Malay chat 44/45. An intent round 19 (the model also learning trainI5, 400 English-weighted messages,
     * and heldout23) read it 301/315 and heldout24 308/315, but turned an English dev complaint ("Honestly really
     * disappointed ... nothing like the photos") from a negative review into a damaged item, so it was taken back.
     * Intent round 20 (2026-12-06 afternoon: the model also learns trainI6, 400 en/bn/ms messages by an independent
     * writer, and heldout25 itself) made it training text: it is held to 0.95 in the first test now.
     *
     * <p>{@code heldout26-intents.jsonl} (315, the same six groups; garden tools, wedding outfits, printer ink, pet
     * food, buyers in a hurry before travel, messages forwarded from a family member, complaints in capitals,
     * questions in a list), written by an independent helper on 2026-12-06 who read neither the classifier nor the git
     * log. Only its totals are printed. FIRST RUN (the classifier of round 18, a571c0b): 302/315 = 0.959: English
     * 57/60, Bengali 57/60, formal Malay 58/60 (en/bn/ms 172/180 = 0.956), romanized Bengali 42/45, Bengali mixed
     * 43/45, Malay chat 45/45. After intent round 20, which never read it: 304/315 (en/bn/ms 174/180 = 0.967).
     * Floor 0.9.
     *
     * <p>{@code heldout27-intents.jsonl} (315, the same six groups; kitchen scales, batik shirts, phone chargers, dates
     * and nuts, baby formula, football boots, air fryers, buyers writing at night, small shop owners buying stock,
     * angry short messages), written by an independent helper on 2026-12-06 who read neither the classifier nor the
     * git log. Only its totals are printed. FIRST RUN (the classifier of round 20, a52061b): 295/315 = 0.937: English
     * 57/60, Bengali 54/60, formal Malay 57/60 (en/bn/ms 168/180 = 0.933), romanized Bengali 44/45, Bengali mixed
     * 42/45, Malay chat 41/45. Intent round 21 (2026-12-06 evening: the model also learns trainI7, 400
     * Bengali-weighted messages by an independent writer, and heldout27 itself) made it training text: it is held to
     * 0.95 in the first test now.
     *
     * <p>{@code heldout28-intents.jsonl} (315, the same six groups; electric fans, wedding sarees, screen guards, frozen
     * food, school uniforms, power tools, skincare sets, buyers writing from abroad, elderly buyers, buyers who already
     * wrote twice, a complaint mixed with praise), written by an independent helper on 2026-12-06 who read neither the
     * classifier nor the git log. Only its totals are printed. FIRST RUN (the classifier of round 20, a52061b):
     * 295/315 = 0.937: English 55/60, Bengali 56/60, formal Malay 58/60 (en/bn/ms 169/180 = 0.939), romanized Bengali
     * 40/45, Bengali mixed 43/45, Malay chat 43/45. After intent round 21, which never read it: 298/315 (en/bn/ms
     * 171/180 = 0.950). Intent round 22 (2026-12-06 night: the model also learns trainI8, 400 English, romanized
     * Bengali and Malay-mixed messages by an independent writer, and heldout28 itself) made it training text: it is
     * held to 0.95 in the first test now.
     *
     * <p>{@code heldout29-intents.jsonl} (315, the same six groups; water purifiers, prayer caps, sunglasses, pressure
     * cookers, RC cars, buyers in a hurry, pasted tracking pages, two asks at once, very polite and very rude
     * messages), written by an independent helper after intent round 21 had landed. Only its totals are printed.
     * FIRST RUN (the classifier of round 21, 52f61c6): 297/315 = 0.943: English 53/60, Bengali 58/60, formal Malay
     * 60/60 (en/bn/ms 171/180 = 0.950), romanized Bengali 41/45, Bengali mixed 41/45, Malay chat 44/45. After intent
     * round 22, which never read it: 300/315 (English 55/60). Floor 0.9.
     *
     * <p>{@code heldout30-intents.jsonl} (315, the same six groups; baby car seats, batik shirts, chargers, rice cookers,
     * buyers who paid twice, buyers abroad, parcels returned to sender, capitals only, a quoted seller message, a buyer
     * writing for a parent), written by an independent helper on 2026-12-06 evening who read neither the classifier
     * nor the git log. Only its totals are printed. FIRST RUN (the classifier of round 21, a6aa15c): 306/315 = 0.971:
     * English 57/60, Bengali 60/60, formal Malay 58/60 (en/bn/ms 175/180 = 0.972), romanized Bengali 43/45, Bengali
     * mixed 44/45, Malay chat 44/45. After intent round 22, which never read it: 306/315. Floor 0.9.
     *
     * <p>{@code heldout31-intents.jsonl} (315, the same six groups; kettles, sarees, earbuds, prayer mats, raincoats,
     * two languages in one sentence, one word per line, angry at the courier, a dispute already open, asking for a
     * friend), written by an independent helper while intent round 22 was being made, before it landed. Only its
     * totals are printed. FIRST RUN (the classifier of round 21): 303/315 = 0.962: English 57/60, Bengali 56/60,
     * formal Malay 59/60 (en/bn/ms 172/180 = 0.956), romanized Bengali 42/45, Bengali mixed 44/45, Malay chat 45/45.
     * After intent round 22, which never read it: 304/315 (en/bn/ms 173/180 = 0.961). Floor 0.9.
     *
     * <p>{@code heldout32-intents.jsonl} (315, the same six groups; rice cookers, school uniforms, power banks,
     * strollers, curtains, football boots, vitamins, buyers writing for a parent, pasted order pages, a long story
     * first, one question word and an order number, polite to the point of vagueness), written by an independent
     * helper on 2026-12-06 late who read neither the classifier nor the git log. Only its totals are printed. FIRST
     * RUN (the classifier of round 22, 69def4b): 305/315 = 0.968: English 59/60, Bengali 58/60, formal Malay 58/60
     * (en/bn/ms 175/180 = 0.972), romanized Bengali 44/45, Bengali mixed 42/45, Malay chat 44/45. Floor 0.9.
     * (An intent round 23 that added trainI9, 400 more training messages by an independent writer, read 306 here and
     * moved no untouched set by more than one message, but lost a dev-set draft, a cracked teapot read as a wrong
     * item: it was not kept.)
     *
     * <p>{@code heldout33-intents.jsonl} (315, the same six groups; ceiling fans, sarees, gaming headsets, breast pumps,
     * car phone holders, prayer mats, protein powder, a shop owner buying stock, a quoted seller question, an emoji and
     * a few words, anger with no review), written by an independent helper on 2026-12-06 night who read neither the
     * classifier nor the git log. Only its totals are printed. FIRST RUN (the classifier of round 22, 14992cd):
     * 309/315 = 0.981: English 59/60, Bengali 59/60, formal Malay 60/60 (en/bn/ms 178/180 = 0.989), romanized Bengali
     * 43/45, Bengali mixed 45/45, Malay chat 43/45. Floor 0.9.
     *
     * <p>{@code heldout34-intents.jsonl} (315, the same six groups; rice cookers, school uniforms, hijabs, printer ink,
     * baby formula, solar lamps, buyers who paste the seller's message back, gifts for someone else, a whole story
     * before the request, English without punctuation), written by an independent helper on 2026-12-07 who read neither
     * the classifier nor the git log. Only its totals are printed. FIRST RUN (the classifier of round 22, 095ed8b):
     * 307/315 = 0.975: English 58/60, Bengali 59/60, formal Malay 58/60 (en/bn/ms 175/180 = 0.972), romanized Bengali
     * 44/45, Bengali mixed 43/45, Malay chat 45/45. Floor 0.9.
     *
     * <p>{@code heldout35-intents.jsonl} (315, the same six groups; aquarium pumps, prayer mats, drone batteries, bicycle
     * parts, spices, stories before the request, capitals in anger, no punctuation), written by an independent helper on
     * 2026-12-07 who read neither the classifier nor the git log. Only its totals are printed. FIRST RUN (the classifier
     * of round 22, 127e161): 307/315 = 0.975: English 59/60, Bengali 60/60, formal Malay 58/60 (en/bn/ms 177/180 =
     * 0.983), romanized Bengali 45/45, Bengali mixed 41/45, Malay chat 44/45. Floor 0.9.
     */
    @ParameterizedTest
    @CsvSource({"heldout9-intents.jsonl,0.9", "own-heldout7-intents.jsonl,0.9", "heldout10-intents.jsonl,0.9",
            "heldout11-intents.jsonl,0.9", "heldout12-intents.jsonl,0.9", "heldout23-intents.jsonl,0.9",
            "heldout24-intents.jsonl,0.9", "heldout26-intents.jsonl,0.9",
            "heldout29-intents.jsonl,0.9", "heldout30-intents.jsonl,0.9", "heldout31-intents.jsonl,0.9",
            "heldout32-intents.jsonl,0.9", "heldout33-intents.jsonl,0.9", "heldout34-intents.jsonl,0.9",
            "heldout35-intents.jsonl,0.9"})
    void untouchedMeasureTotalsOnly(String set, double floor) {
        IntentTopOne t = IntentTopOne.of(service, set);
        System.out.println(t.summary(false));
        assertTrue(t.right() >= floor * t.all(), set + " " + t.right() + "/" + t.all());
    }
}
