package com.replyguard.drafting;

import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.rules.RulePacks;
import java.nio.file.Path;
import java.util.List;

/**
 * The shipped default knowledge, opened in a test's folder with the real checker: what the drafting quality tests
 * run on. Close it after the class.
 */
final class ShippedDrafting implements AutoCloseable {
    final KnowledgeBase kb;
    final DraftingService service;

    private ShippedDrafting(KnowledgeBase kb, DraftingService service) {
        this.kb = kb;
        this.service = service;
    }

    static ShippedDrafting open(Path data) {
        TextAnalysis analysis = new TextAnalysis();
        var checker = RulePacks.load(analysis, List.of());
        KnowledgeBase kb = KnowledgeBase.open(data, analysis, checker);
        return new ShippedDrafting(kb, new DraftingService(kb, kb, checker, analysis));
    }

    @Override
    public void close() {
        kb.close();
    }
}
