package com.replyguard.knowledge.search;

import java.util.List;

/** Searches the knowledge base; hits come best first. Thread-safe. */
public interface KnowledgeSearch {
    List<SearchHit> search(SearchQuery query);
}
