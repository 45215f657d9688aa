package com.replyguard.app.cli.kb;

import com.replyguard.knowledge.KnowledgeBase;
import picocli.CommandLine.Command;

/** {@code kb reindex}: rebuilds the search index from the store. */
@Command(name = "reindex", description = "Rebuild the search index from the store (the store is never changed).")
public final class KbReindexCommand extends KbSubcommand {
    @Override
    int run(KnowledgeBase kb) {
        long t = System.nanoTime();
        int n = kb.reindex();
        out().printf("indexed %d entries in %.1f s%n", n, (System.nanoTime() - t) / 1e9);
        return 0;
    }
}
