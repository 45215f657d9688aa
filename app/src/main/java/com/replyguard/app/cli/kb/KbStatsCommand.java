package com.replyguard.app.cli.kb;

import com.replyguard.app.cli.OperatorLangOption;
import com.replyguard.app.cli.OperatorLanguage;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.curation.UsageStats;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.reports.RuleReportCounts;
import com.replyguard.knowledge.text.Texts;
import com.replyguard.policy.Category;
import com.replyguard.policy.analysis.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kb stats}: size of the knowledge base and how it is used. Headings, intents and categories are in the
 * operator's language ({@code --lang}, the config's {@code language:}, the locale; see {@link OperatorLanguage}).
 */
@Command(name = "stats", description = "Entries, drafts served, helpful / not helpful per intent and per entry, "
        + "entries never used, agents' activity, and the team's checker reports per rule.")
public final class KbStatsCommand extends KbSubcommand {
    @Option(names = "--days", paramLabel = "N", description = "only the last N days (default: all time)")
    Integer days;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "entries to list (default 20)")
    int top;

    @Mixin
    OperatorLangOption lang;

    @Override
    int run(KnowledgeBase kb) {
        Language l = OperatorLanguage.of(spec);
        Texts t = OperatorLanguage.TEXTS;
        var status = kb.status();
        out().println(t.get(l, "table.entries", status.entries(), status.changeSeq(), status.indexSeq(),
                status.indexedDocs(), String.format("%.1f", status.indexBytes() / 1e6), status.schemaVersion()));
        UsageStats s = kb.stats(days == null ? null : Instant.now().minus(Duration.ofDays(days)));
        counts(l, t.get(l, "table.per_intent"), s.perIntent(), Integer.MAX_VALUE, code -> intentName(l, code));
        counts(l, t.get(l, "table.per_entry"), s.perEntry(), top, UnaryOperator.identity());
        out().println(t.get(l, "table.never_used", s.neverUsed().size()));
        s.neverUsed().stream().limit(top).forEach(id -> out().println("  " + id));
        out().println(Columns.row(t.get(l, "table.agents") + ":", t.get(l, "table.served"), t.get(l, "table.feedback"),
                t.get(l, "table.kb_writes")));
        s.perAgent().forEach((agent, a) -> out().println(Columns.row("  " + agent, a.served(), a.feedback(),
                a.writes())));
        // The team's reports about the checker (all time): which rules raise false alarms, which categories it misses.
        reports(l, t.get(l, "table.false_alarms_per_rule"), kb.reports().falseAlarmsPerRule(),
                UnaryOperator.identity());
        reports(l, t.get(l, "table.missed_per_category"), kb.reports().missedPerCategory(),
                code -> t.codeName(l, code, Category.class));
        return 0;
    }

    private static String intentName(Language l, String code) {
        return "(none)".equals(code) ? OperatorLanguage.TEXTS.get(l, "table.none")
                : OperatorLanguage.TEXTS.codeName(l, code, Intent.class);
    }

    private void reports(Language l, String title, List<RuleReportCounts> rows, UnaryOperator<String> name) {
        Texts t = OperatorLanguage.TEXTS;
        out().println(Columns.row(title + ":", t.get(l, "table.pending"), t.get(l, "table.approved"),
                t.get(l, "table.rejected")));
        rows.forEach(c -> out().println(Columns.row("  " + name.apply(c.key()), c.pending(), c.approved(),
                c.rejected())));
    }

    private void counts(Language l, String title, Map<String, UsageStats.Counts> counts, int limit,
                        UnaryOperator<String> name) {
        Texts t = OperatorLanguage.TEXTS;
        out().println(Columns.row(title + ":", t.get(l, "table.served"), t.get(l, "table.helpful"),
                t.get(l, "table.not_helpful")));
        counts.entrySet().stream().limit(limit).forEach(e -> out().println(Columns.row("  " + name.apply(e.getKey()),
                e.getValue().served(), e.getValue().helpful(), e.getValue().notHelpful())));
    }
}
