package com.replyguard.policy.rules;

import com.replyguard.policy.Category;
import java.util.EnumMap;
import java.util.Map;

/**
 * The lowest probability at which the learned model may block for each category ({@code model_floors.txt}; 0 for a
 * category not listed), above the thresholds the model was trained with. Immutable.
 */
final class ModelFloors {
    private final Map<Category, Float> floors = new EnumMap<>(Category.class);

    ModelFloors() {
        for (String line : com.replyguard.policy.text.Resources.lines(ModelFloors.class, "model_floors.txt")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException("model_floors.txt: expected 'CATEGORY: PROBABILITY' in: " + line);
            }
            floors.put(Category.valueOf(line.substring(0, colon).strip()),
                    Float.parseFloat(line.substring(colon + 1).strip()));
        }
    }

    /** The block threshold for {@code c}: the trained one, or this category's floor when it is higher. */
    float block(Category c, float trained) {
        return Math.max(trained, floors.getOrDefault(c, 0f));
    }
}
