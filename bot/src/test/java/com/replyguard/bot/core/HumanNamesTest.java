package com.replyguard.bot.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.knowledge.entry.Intent;
import com.replyguard.policy.Category;
import com.replyguard.policy.analysis.Language;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Intents and categories reach users by a name in their language, never as enum codes. */
class HumanNamesTest {
    private final Messages messages = new Messages();

    @Test
    void everyIntentAndCategoryHasANameInEachLanguage() {
        for (Language l : Messages.uiLanguages()) {
            Set<String> keys = messages.keys(l);
            for (Intent i : Intent.values()) {
                assertTrue(keys.contains("intent." + i.name()), l + " lacks intent." + i.name());
                assertFalse(messages.get(l, "intent." + i.name()).contains("_"), "a human name: " + i);
            }
            for (Category c : Category.values()) {
                assertTrue(keys.contains("report.category." + c.name()), l + " lacks report.category." + c.name());
            }
        }
    }
}
