package com.replyguard.policy.rules;

import com.replyguard.policy.Category;
import com.replyguard.policy.text.AnalysedText;
import com.replyguard.policy.text.Resources;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * When the learned model may block rather than warn: its probability reaches the category's trained threshold, or
 * the category's floor when that is higher ({@code model_floors.txt}); the sentences do not refuse or explain; and
 * they say one of the concepts the category needs ({@code model_needs.txt}). Immutable after construction.
 */
final class ModelGates {
    private final Map<Category, Float> floors = new EnumMap<>(Category.class);
    /** Per category, the concepts one of which a sentence must have for the model to block it. */
    private final Map<Category, Long> needs = new EnumMap<>(Category.class);
    /** The concepts whose sentences the model leaves to the rules: refusals and policy statements. */
    private final long deferMask;

    /** {@code names}: the analysis' concept names, in bit order. */
    ModelGates(List<String> names) {
        perCategory("model_floors.txt", "PROBABILITY", (c, value) -> floors.put(c, Float.parseFloat(value)));
        perCategory("model_needs.txt", "CONCEPT ...", (c, value) -> {
            long m = 0;
            for (String n : value.split("\\s+")) {
                int i = names.indexOf(n);
                if (i < 0) {
                    throw new IllegalStateException("model_needs.txt names an unknown concept: " + n);
                }
                m |= 1L << i;
            }
            needs.put(c, m);
        });
        long m = 0;
        for (String deferTo : List.of("REFUSAL", "POLICY_NORM")) {
            int i = names.indexOf(deferTo);
            if (i >= 0) {
                m |= 1L << i;
            }
        }
        this.deferMask = m;
    }

    /** Reads {@code file}'s 'CATEGORY: VALUE' lines. */
    private static void perCategory(String file, String value, BiConsumer<Category, String> put) {
        for (String line : Resources.lines(ModelGates.class, file)) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException(file + ": expected 'CATEGORY: " + value + "' in: " + line);
            }
            put.accept(Category.valueOf(line.substring(0, colon).strip()), line.substring(colon + 1).strip());
        }
    }

    /** The block threshold for {@code c}: the trained one, or this category's floor when it is higher. */
    float block(Category c, float trained) {
        return Math.max(trained, floors.getOrDefault(c, 0f));
    }

    /**
     * Whether the model, at probability {@code p} of {@code c} over sentences {@code [from, to)}, blocks there: at
     * or above {@link #block}, in sentences that neither refuse nor explain ("we cannot offer gifts for reviews",
     * "paying outside Shopee is prohibited": the rules' frames treat such sentences as not asking anything, and the
     * model, which reads words without their scope, defers to them), and that say what {@code c} needs (in them or
     * the sentence next to them: "You left a neutral. Please remove it."; always, when the category is not listed).
     */
    boolean blocks(AnalysedText a, Category c, float p, float trained, int from, int to) {
        Long need = needs.get(c);
        return p >= block(c, trained) && !anyOf(a, deferMask, from, to)
                && (need == null || anyOf(a, need, Math.max(0, from - 1), to + 1));
    }

    /** Whether a sentence in {@code [from, to)} has one of the concepts of {@code mask}. */
    private static boolean anyOf(AnalysedText a, long mask, int from, int to) {
        long[] masks = a.conceptMasks();
        for (int s = from; s < to && s < masks.length; s++) {
            if ((masks[s] & mask) != 0) {
                return true;
            }
        }
        return false;
    }
}
