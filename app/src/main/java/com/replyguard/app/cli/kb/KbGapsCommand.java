package com.replyguard.app.cli.kb;

import com.replyguard.app.cli.OperatorLangOption;
import com.replyguard.app.cli.OperatorLanguage;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.policy.analysis.Language;
import java.util.Map;
import com.replyguard.knowledge.gaps.GapCluster;
import java.util.List;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kb gaps}: the most frequent buyer questions that found no good answer, grouped by similarity. */
@Command(name = "gaps", description = "The most frequent unanswered buyer questions of the last N days, grouped.")
public final class KbGapsCommand extends KbSubcommand {
    @Option(names = "--days", paramLabel = "N", defaultValue = "7", description = "look back N days (default 7)")
    int days;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "groups to show (default 20)")
    int limit;

    @Mixin
    OperatorLangOption lang;

    @Override
    int run(KnowledgeBase kb) {
        Language l = OperatorLanguage.of(spec);
        List<GapCluster> groups = kb.gapReport(days, Math.max(1, limit));
        for (GapCluster g : groups) {
            out().printf("%4d×  %s%n", g.count(), Render.oneLine(g.representative(), 100));
            // intents by their names in the operator's language (the gap log keeps the codes)
            Map<String, Long> intents = new TreeMap<>();
            g.intents().forEach((code, n) -> intents.merge(OperatorLanguage.TEXTS.codeName(l, code, Intent.class),
                    n.longValue(), Long::sum));
            out().println("       " + OperatorLanguage.get(l, "table.gaps.facts", intents,
                    new TreeMap<>(g.marketplaces()), g.lastSeen()));
            g.examples().forEach(x -> out().println("       " + OperatorLanguage.get(l, "table.gaps.also",
                    Render.oneLine(x, 90))));
        }
        err().println(OperatorLanguage.get(l, "table.gaps.summary", groups.size(), days));
        return 0;
    }
}
