package com.replyguard.app.cli.kb;

import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.gaps.GapCluster;
import java.util.List;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kb gaps}: the most frequent buyer questions that found no good answer, grouped by similarity. */
@Command(name = "gaps", description = "The most frequent unanswered buyer questions of the last N days, grouped.")
public final class KbGapsCommand extends KbSubcommand {
    @Option(names = "--days", paramLabel = "N", defaultValue = "7", description = "look back N days (default 7)")
    int days;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "groups to show (default 20)")
    int limit;

    @Override
    int run(KnowledgeBase kb) {
        List<GapCluster> groups = kb.gapReport(days, Math.max(1, limit));
        for (GapCluster g : groups) {
            out().printf("%4d×  %s%n", g.count(), Render.oneLine(g.representative(), 100));
            out().printf("       intents %s  marketplaces %s  last %s%n", new TreeMap<>(g.intents()),
                    new TreeMap<>(g.marketplaces()), g.lastSeen());
            g.examples().forEach(x -> out().println("       also: " + Render.oneLine(x, 90)));
        }
        err().println(groups.size() + " groups of unanswered questions in the last " + days + " days");
        return 0;
    }
}
