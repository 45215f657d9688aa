package com.replyguard.knowledge.draft;

import com.replyguard.knowledge.gaps.GapLog;
import com.replyguard.knowledge.search.KnowledgeSearch;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.TextAnalysis;
import java.util.List;
import java.util.Map;

/** The drafting pipeline and policy answers. (Scaffold: answers nothing until drafting lands.) */
public final class DraftingService implements Drafter, Asker {
    private final TextAnalysis analysis;

    public DraftingService(KnowledgeSearch search, GapLog gaps, ComplianceChecker checker, TextAnalysis analysis) {
        this.analysis = analysis;
    }

    @Override
    public DraftResult draft(String message, Marketplace marketplace) {
        return new DraftResult(marketplace, analysis.detector().detect(message), null, 0, Map.of(), List.of(),
                List.of(), List.of());
    }

    @Override
    public AskResult ask(String question, Marketplace marketplace) {
        return new AskResult(marketplace, analysis.detector().detect(question), List.of(), List.of());
    }
}
