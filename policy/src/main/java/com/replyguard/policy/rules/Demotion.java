package com.replyguard.policy.rules;

import com.replyguard.policy.Category;
import com.replyguard.policy.Finding;
import com.replyguard.policy.Severity;
import com.replyguard.policy.text.FoldedText;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The learned model weighed against a rule's block: where the model finds the message unlike every labelled example
 * of the rule's category, the block is shown as a warning ({@link #apply}); a long message needs more of its
 * agreement than a short one ({@link #LONG_DISAGREES_BELOW}). Stateless.
 */
final class Demotion {
    /** Categories whose rule blocks stand whatever the model says: those a detector decides, and threats. */
    private static final Set<Category> NEVER_DEMOTED;

    static {
        EnumSet<Category> never = EnumSet.copyOf(RuleChecker.DETECTED);
        never.add(Category.PRESSURE_OR_THREAT);
        NEVER_DEMOTED = Collections.unmodifiableSet(never);
    }

    private static final String MESSENGER = "common.messenger";

    private Demotion() {
    }

    /**
     * Below this probability of a rule's category in every sentence and pair of sentences, the learned model finds
     * the message unlike every labelled example of it. Group 5-fold cross-validation on the training text (rules
     * fixed, the model trained without the fold): at 0.01 / 0.02 / 0.05 a demotion would have spared 3 / 6 / 10 of 40
     * clean messages the rules block and cost 0 / 2 / 20 of 3,755 detections; the 2 at 0.02 were threats, which are
     * never demoted (their labelled examples are few and varied), so at 0.02 it costs none. Round 100 tried 0.1 on the
     * read probes 127-178 (out of sample for the model): 12 clean messages spared for 3 detections there, but plain
     * one-sentence violations of my own wording ("no need to send the kettle back, just order the bigger one", "a
     * coupon is yours for five stars") fell to warnings: a short message gives the model too few words to doubt a rule
     * with, so it stays at 0.02.
     */
    static final float DISAGREES_BELOW = 0.02f;

    /**
     * From this many sentences on, a message is long: every sentence is one more chance for a phrase rule to fire on
     * words that only resemble a violation, so a rule's block there needs more of the model's agreement
     * ({@link #LONG_DISAGREES_BELOW}). Independent probes of long letters (3-6 sentences) were blocked 0.08-0.16 of
     * the time when clean against 0.00-0.03 for short phone messages, the rules alone making most of it.
     */
    static final int LONG_FROM = 3;

    /**
     * Below this probability the model disagrees with a rule's block in a long message. First set at 0.1 by group
     * 5-fold cross-validation on the training text (14,088 cases, out-of-fold probabilities: 0.02 / 0.05 / 0.1 / 0.15 /
     * 0.2 blocked 113 / 107 / 102 / 100 / 100 of 6,917 clean messages for 5,837 / 5,837 / 5,836 / 5,831 / 5,827 of
     * 5,936 detections), where the training text's long messages are few. Round 100, on the read probes 127-178
     * (mostly long letters by independent writers, never trained on, so out of sample for the model; simulated on
     * each message's findings): 0.1 / 0.15 / 0.2 / 0.3 blocked 138 / 127 / 124 / 109 of 4,443 clean messages for
     * 2,414 / 2,413 / 2,412 / 2,406 of 2,455 detections. 0.2 spares 14 clean letters for two detections, each still
     * shown as a warning; 0.3 would spare 15 more for 6 more. Whether the model reads the rule's own sentences or the
     * whole message made no difference there, so it reads the whole message, as before.
     */
    static final float LONG_DISAGREES_BELOW = 0.2f;

    /**
     * A phrase rule's block that the learned model finds unlike every labelled example of its category (see
     * {@link #DISAGREES_BELOW}) becomes a warning: the agent still sees the rule and its reason, and the message is
     * not held back on a phrase alone. Rules memorise phrasings; a second, independently trained opinion that the
     * whole message is nothing of the kind is what SpamAssassin-style scoring would weigh against them.
     */
    static void apply(List<Finding> out, String text, Draft draft, ModelOpinion.Reading reading,
            java.util.function.Predicate<String> bareDetector) {
        float below = reading.sentences() >= LONG_FROM ? LONG_DISAGREES_BELOW : DISAGREES_BELOW;
        boolean[] doubted = new boolean[out.size()];
        for (int i = 0; i < out.size(); i++) {
            Finding f = out.get(i);
            // (nor a bare detector's finding of another category: a bank account written out is no phrasing; a detector
            // read with frames, as contact-off-platform, is as doubtful as a phrase)
            if (f.severity() == Severity.BLOCK && (nameOnly(f, text, draft)
                    || !NEVER_DEMOTED.contains(f.category()) && !bareDetector.test(f.rule()))) {
                float p = reading.best(f.category());
                doubted[i] = p >= 0 && p < below;
            }
        }
        for (int i = 0; i < out.size(); i++) {
            Finding f = out.get(i);
            if (doubted[i] && !besideAnotherBlock(out, doubted, i)) {
                out.set(i, new Finding(f.rule(), f.category(), Severity.WARN, f.start(), f.end(), f.excerpt(),
                        f.message(), f.source(), f.fix(), f.messages()));
            }
        }
    }

    /**
     * A messenger detector's finding that is a name only ("saw ur tiktok", "someone on Telegram is using our name"):
     * no handle, number or link, so nothing identifies a contact point, and the name is a word like any phrase's.
     * {@code draft}: the analysis of {@code text}, whose sentence holding the name is mapped back to {@code text} only
     * here, for a messenger's finding (the rest of a check never needs the sentences in the original's offsets).
     */
    static boolean nameOnly(Finding f, String text, Draft draft) {
        if (!MESSENGER.equals(f.rule()) || f.excerpt() == null || f.excerpt().isBlank()
                || !f.excerpt().codePoints().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-'
                        || Character.getType(c) == Character.NON_SPACING_MARK
                        || Character.getType(c) == Character.COMBINING_SPACING_MARK)) {
            return false;
        }
        // a handle written without its @ in the name's sentence ("add our WeChat, ID greenmat_factory") identifies one
        int from = f.start();
        int to = f.end();
        FoldedText folded = draft.analysed.folded();
        for (int[] s : draft.sentences) {
            int start = folded.originalStart(s[0]);
            int end = folded.originalEnd(s[1]);
            if (start <= f.start() && f.start() < end) {
                from = start;
                to = Math.max(to, end);
                break;
            }
        }
        for (String word : text.substring(from, Math.min(to, text.length())).split("[\\s,;:()\"']+")) {
            if (handleLike(word)) {
                return false;
            }
        }
        return true;
    }

    /** A word joined by an underscore ("casehaven_official"), or letters and digits run together ("shop88"). */
    private static boolean handleLike(String word) {
        if (word.length() < 4) {
            return false;
        }
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '_' && i > 0 && i < word.length() - 1) {
                return true;
            }
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        return letter && digit;
    }

    /**
     * Whether another block that stands covers part of finding {@code i}'s text: the message is held back there
     * anyway, so a warning would spare nothing and only hide one of the things the sentence does ("skip the return and
     * hand it in at our outlet for cash" is process abuse as well as a payment outside the marketplace).
     */
    private static boolean besideAnotherBlock(List<Finding> out, boolean[] doubted, int i) {
        Finding f = out.get(i);
        for (int j = 0; j < out.size(); j++) {
            Finding o = out.get(j);
            if (j != i && !doubted[j] && o.severity() == Severity.BLOCK && o.start() < f.end() && f.start() < o.end()) {
                return true;
            }
        }
        return false;
    }
}
