package com.replyguard.app.cli.kb;

import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.curation.UsageStats;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kb stats}: size of the knowledge base and how it is used. */
@Command(name = "stats", description = "Entries, drafts served, helpful / not helpful per intent and per entry, "
        + "entries never used, agents' activity, and the team's checker reports per rule.")
public final class KbStatsCommand extends KbSubcommand {
    @Option(names = "--days", paramLabel = "N", description = "only the last N days (default: all time)")
    Integer days;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "entries to list (default 20)")
    int top;

    @Override
    int run(KnowledgeBase kb) {
        var status = kb.status();
        out().printf("entries: %d (store change %d, index at %d, %d indexed, index %.1f MB, schema v%d)%n",
                status.entries(), status.changeSeq(), status.indexSeq(), status.indexedDocs(),
                status.indexBytes() / 1e6, status.schemaVersion());
        UsageStats s = kb.stats(days == null ? null : Instant.now().minus(Duration.ofDays(days)));
        counts("per intent", s.perIntent(), Integer.MAX_VALUE);
        counts("per entry", s.perEntry(), top);
        out().println("never used (" + s.neverUsed().size() + "):");
        s.neverUsed().stream().limit(top).forEach(id -> out().println("  " + id));
        out().println("agents:                 served  feedback  kb-writes");
        s.perAgent().forEach((agent, a) -> out().printf("  %-22s %6d %9d %10d%n", agent, a.served(), a.feedback(),
                a.writes()));
        // The team's reports about the checker (all time): which rules raise false alarms, which categories it misses.
        reports("false alarms per rule:", kb.reports().falseAlarmsPerRule());
        reports("missed per category:", kb.reports().missedPerCategory());
        return 0;
    }

    private void reports(String title, java.util.List<com.replyguard.knowledge.reports.RuleReportCounts> rows) {
        out().printf("%-30s %8s %9s %9s%n", title, "pending", "approved", "rejected");
        rows.forEach(c -> out().printf("  %-28s %8d %9d %9d%n", c.key(), c.pending(), c.approved(), c.rejected()));
    }

    private void counts(String title, Map<String, UsageStats.Counts> counts, int limit) {
        out().println(title + ":               served  helpful  not-helpful");
        counts.entrySet().stream().limit(limit).forEach(e -> out().printf("  %-30s %6d %8d %12d%n", e.getKey(),
                e.getValue().served(), e.getValue().helpful(), e.getValue().notHelpful()));
    }
}
