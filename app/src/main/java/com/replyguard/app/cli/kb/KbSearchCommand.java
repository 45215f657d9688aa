package com.replyguard.app.cli.kb;

import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.search.SearchHit;
import com.replyguard.knowledge.text.Texts;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kb search QUERY}: ranked hits with their scores (approved entries unless filtered otherwise). */
@Command(name = "search", description = "Search entries (approved only unless --status/--any-status); shows scores.")
public final class KbSearchCommand extends KbSubcommand {
    @Parameters(arity = "1..*", paramLabel = "QUERY")
    List<String> words;

    @Mixin
    FilterOptions filters;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10", description = "hits to show (default 10)")
    int limit;

    @Override
    int run(KnowledgeBase kb) {
        Texts names = Texts.knowledge();
        List<SearchHit> hits = kb.search(filters.query(String.join(" ", words), Math.max(1, limit)));
        for (SearchHit h : hits) {
            out().printf("%7.3f  %s%n         %s%n", h.score(), Render.row(h.entry(), names),
                    Render.oneLine(h.entry().body(), 100));
        }
        err().println(hits.size() + " hits");
        return 0;
    }
}
