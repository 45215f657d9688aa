package com.replyguard.knowledge;

import com.replyguard.knowledge.gaps.Gap;
import com.replyguard.knowledge.gaps.GapLog;
import com.replyguard.knowledge.search.KnowledgeSearch;
import com.replyguard.knowledge.search.SearchHit;
import com.replyguard.knowledge.search.SearchQuery;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.analysis.TextAnalysis;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** The knowledge base in one data directory: store, index, search, gaps. (Scaffold: empty until the store lands.) */
public final class KnowledgeBase implements KnowledgeSearch, GapLog, AutoCloseable {

    private KnowledgeBase() {
    }

    public static KnowledgeBase open(Path dataDir, TextAnalysis analysis, ComplianceChecker checker) {
        return new KnowledgeBase();
    }

    @Override
    public List<SearchHit> search(SearchQuery query) {
        return List.of();
    }

    @Override
    public void record(Gap gap) {
    }

    @Override
    public List<Gap> since(Instant from) {
        return List.of();
    }

    @Override
    public void close() {
    }
}
