package com.replyguard.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.replyguard.policy.Category;
import com.replyguard.policy.analysis.TextAnalysis;
import org.junit.jupiter.api.Test;

/** The model's block floors from {@code model_floors.txt}: raised where listed, the trained threshold elsewhere. */
class ModelGatesTest {
    private static final ModelGates GATES = new ModelGates(new TextAnalysis().concepts().names());

    @Test
    void listedCategoriesBlockOnlyFromTheirFloor() {
        assertEquals(0.7f, GATES.block(Category.PROCESS_ABUSE, 0.4f));
        assertEquals(0.7f, GATES.block(Category.REVIEW_MANIPULATION, 0.4f));
    }

    @Test
    void aHigherTrainedThresholdStandsAndOtherCategoriesKeepTheirs() {
        assertEquals(0.85f, GATES.block(Category.PROCESS_ABUSE, 0.85f));
        assertEquals(0.4f, GATES.block(Category.OFF_PLATFORM, 0.4f));
        assertEquals(0.4f, GATES.block(Category.REVIEW_INCENTIVE, 0.4f));
    }
}
