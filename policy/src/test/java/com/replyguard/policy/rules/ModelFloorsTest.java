package com.replyguard.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.replyguard.policy.Category;
import org.junit.jupiter.api.Test;

/** The model's block floors from {@code model_floors.txt}: raised where listed, the trained threshold elsewhere. */
class ModelFloorsTest {
    private final ModelFloors floors = new ModelFloors();

    @Test
    void listedCategoriesBlockOnlyFromTheirFloor() {
        assertEquals(0.7f, floors.block(Category.PROCESS_ABUSE, 0.4f));
        assertEquals(0.7f, floors.block(Category.REVIEW_MANIPULATION, 0.4f));
    }

    @Test
    void aHigherTrainedThresholdStandsAndOtherCategoriesKeepTheirs() {
        assertEquals(0.85f, floors.block(Category.PROCESS_ABUSE, 0.85f));
        assertEquals(0.4f, floors.block(Category.OFF_PLATFORM, 0.4f));
        assertEquals(0.4f, floors.block(Category.REVIEW_INCENTIVE, 0.4f));
    }
}
