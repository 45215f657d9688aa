package com.replyguard.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.Category;
import org.junit.jupiter.api.Test;

/** The learned model's finding is worded in en, bn and ms alike, with every category named in each. */
class ModelWordingTest {
    @Test
    void everyLanguageHasTheSameKeysAndNamesEveryCategory() {
        ModelOpinion.Wording en = ModelOpinion.Wording.load("en");
        for (String code : new String[] {"bn", "ms"}) {
            ModelOpinion.Wording w = ModelOpinion.Wording.load(code);
            assertEquals(en.texts().stringPropertyNames(), w.texts().stringPropertyNames(), code);
            for (Category c : Category.values()) {
                assertTrue(w.texts().containsKey("category." + c.name()), code + " " + c);
            }
            String said = w.apply(Category.MARKETING, 0.91f, "Follow us for deals.");
            assertTrue(said.contains("0.91") && said.contains("Follow us for deals."), said);
            // the example's sentence follows the finding's after a space
            assertTrue(said.startsWith(w.apply(Category.MARKETING, 0.91f, null) + " "), said);
            assertFalse(said.equals(en.apply(Category.MARKETING, 0.91f, "Follow us for deals.")), code);
        }
        assertTrue(en.apply(Category.MARKETING, 0.91f, "Follow us.").startsWith(en.apply(Category.MARKETING, 0.91f, null)
                + " It reads"), en.apply(Category.MARKETING, 0.91f, "Follow us."));
        assertTrue(ModelOpinion.Wording.load("bn").apply(Category.MARKETING, 0.5f, null).codePoints()
                .anyMatch(cp -> cp >= 0x0980 && cp <= 0x09FF), "Bengali in Bengali script");
    }
}
