package com.replyguard.policy.rules;

import com.replyguard.policy.Category;
import com.replyguard.policy.Finding;
import com.replyguard.policy.Severity;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The learned model weighed against a rule's block: where the model finds the message unlike every labelled example
 * of the rule's category, the block is shown as a warning ({@link #apply}). Stateless.
 */
final class Demotion {
    /** Categories whose rule blocks stand whatever the model says: those a detector decides, and threats. */
    private static final Set<Category> NEVER_DEMOTED;

    static {
        EnumSet<Category> never = EnumSet.copyOf(RuleChecker.DETECTED);
        never.add(Category.PRESSURE_OR_THREAT);
        NEVER_DEMOTED = Collections.unmodifiableSet(never);
    }

    private Demotion() {
    }

    /**
     * Below this probability of a rule's category in every sentence and pair of sentences, the learned model finds
     * the message unlike every labelled example of it. Group 5-fold cross-validation on the training text (rules
     * fixed, the model trained without the fold): at 0.01 / 0.02 / 0.05 a demotion would have spared 3 / 6 / 10 of 40
     * clean messages the rules block and cost 0 / 2 / 20 of 3,755 detections; the 2 at 0.02 were threats, which are
     * never demoted (their labelled examples are few and varied), so at 0.02 it costs none.
     */
    static final float DISAGREES_BELOW = 0.02f;

    /**
     * A phrase rule's block that the learned model finds unlike every labelled example of its category (see
     * {@link #DISAGREES_BELOW}) becomes a warning: the agent still sees the rule and its reason, and the message is
     * not held back on a phrase alone. Rules memorise phrasings; a second, independently trained opinion that the
     * whole message is nothing of the kind is what SpamAssassin-style scoring would weigh against them.
     */
    static void apply(List<Finding> out, ModelOpinion.Reading reading) {
        for (int i = 0; i < out.size(); i++) {
            Finding f = out.get(i);
            if (f.severity() != Severity.BLOCK || NEVER_DEMOTED.contains(f.category())) {
                continue;
            }
            float p = reading.best(f.category());
            if (p >= 0 && p < DISAGREES_BELOW) {
                out.set(i, new Finding(f.rule(), f.category(), Severity.WARN, f.start(), f.end(), f.excerpt(),
                        f.message(), f.source(), f.fix(), f.messages()));
            }
        }
    }
}
