package com.replyguard.knowledge;

import com.replyguard.knowledge.index.KnowledgeIndex;
import com.replyguard.knowledge.io.EntryCodec;
import com.replyguard.knowledge.store.KnowledgeStore;
import com.replyguard.knowledge.text.Notice;
import com.replyguard.policy.analysis.TextAnalysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two files of a knowledge base, opened together: the store ({@code knowledge.db}, refused when another copy
 * replaced it under a running process) and the index ({@code index/}); the data directory is made owner-only first.
 * When the index cannot be opened the store is closed again, so nothing is left open.
 */
record KnowledgeFiles(KnowledgeStore store, KnowledgeIndex index) {
    static KnowledgeFiles open(Path dataDir, TextAnalysis analysis) {
        DataDirectory.prepare(dataDir);
        StoreGuard.beforeOpen(dataDir);
        EntryCodec codec = new EntryCodec();
        if (Files.exists(dataDir.resolve("knowledge.db"))) {
            StoreGuard.check(dataDir.resolve("knowledge.db"));
        }
        KnowledgeStore store = KnowledgeStore.open(dataDir.resolve("knowledge.db"), codec);
        try {
            return new KnowledgeFiles(store, KnowledgeIndex.open(dataDir.resolve("index"), analysis, codec));
        } catch (IOException | RuntimeException ex) {
            store.close();
            throw new KnowledgeException(Notice.of("storage.index_not_opened", dataDir.resolve("index"), ex.getMessage()),
                    ex);
        }
    }
}
