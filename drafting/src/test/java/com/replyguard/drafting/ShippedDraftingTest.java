package com.replyguard.drafting;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the drafting quality tests: each test class gets the shipped default knowledge, opened once in its own
 * folder with the real checker, as {@link #service}.
 */
abstract class ShippedDraftingTest {
    /** The team's signature settings the sendable-draft tests fill drafts with. */
    static final java.util.Map<String, String> SIGNED = java.util.Map.of("agent_name", "Nadia", "store_name", "HomeGlow");
    @TempDir
    static Path data;
    static ShippedDrafting shipped;
    static DraftingService service;

    @BeforeAll
    static void openShippedKnowledge() {
        shipped = ShippedDrafting.open(data);
        service = shipped.service;
    }

    @AfterAll
    static void closeShippedKnowledge() {
        shipped.close();
    }
}
