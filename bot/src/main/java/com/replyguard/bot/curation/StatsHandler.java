package com.replyguard.bot.curation;

import com.replyguard.bot.core.Context;
import com.replyguard.bot.core.Reply;
import com.replyguard.bot.core.RichText;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.curation.UsageStats;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code /stats [days]}: drafts served, marked used (👍) and not helpful (👎), per intent and per entry; approved
 * replies never served (policy entries are shown as notes, never served as drafts, so they are not listed); each
 * agent's activity; then the same as a chart image (see {@link StatsChart}). All time without a number of days.
 */
final class StatsHandler {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StatsHandler.class);
    private static final int TOP = 10;

    private final KnowledgeBase kb;

    StatsHandler(KnowledgeBase kb) {
        this.kb = kb;
    }

    List<Reply> stats(Context ctx, String args) {
        Instant since = null;
        String period = ctx.t("cur.stats.all_time");
        if (!args.isBlank()) {
            int days;
            try {
                days = Integer.parseInt(args.strip());
            } catch (NumberFormatException e) {
                days = -1;
            }
            if (days < 1 || days > 3650) {
                return List.of(Reply.text(ctx.t("cur.stats.usage")));
            }
            since = ctx.clock().instant().minus(Duration.ofDays(days));
            period = ctx.t("cur.stats.days", days);
        }
        UsageStats s = kb.stats(since);
        long served = s.perEntry().values().stream().mapToLong(UsageStats.Counts::served).sum();
        long up = s.perEntry().values().stream().mapToLong(UsageStats.Counts::helpful).sum();
        long down = s.perEntry().values().stream().mapToLong(UsageStats.Counts::notHelpful).sum();
        RichText.Builder b = RichText.builder().bold(ctx.t("cur.stats.title", period)).newline();
        b.text(ctx.t("cur.stats.totals", served, up, down)).newline().newline();
        table(b, ctx.t("cur.stats.per_intent"), s.perIntent(), code -> intentName(ctx, code));
        table(b, ctx.t("cur.stats.per_entry"), s.perEntry(), null);
        b.bold(ctx.t("cur.stats.never_used", s.neverUsed().size())).newline();
        for (String id : s.neverUsed().subList(0, Math.min(TOP, s.neverUsed().size()))) {
            b.code(id).newline();
        }
        if (s.neverUsed().size() > TOP) {
            b.text(ctx.t("cur.stats.more", s.neverUsed().size() - TOP)).newline();
        }
        b.newline().bold(ctx.t("cur.stats.agents")).newline();
        if (s.perAgent().isEmpty()) {
            b.text("-").newline();
        }
        // Drafts and feedback are logged as "agent:7", curation writes as "tg:7": one line per person.
        Map<String, UsageStats.AgentActivity> people = new java.util.TreeMap<>();
        s.perAgent().forEach((actor, a) -> people.merge(Actors.person(actor), a, (x, y) ->
                new UsageStats.AgentActivity(x.served() + y.served(), x.feedback() + y.feedback(),
                        x.writes() + y.writes())));
        people.forEach((who, a) -> b.text(ctx.t("cur.stats.agent_line", who, a.served(), a.feedback(), a.writes()))
                .newline());
        List<Reply> out = new java.util.ArrayList<>(List.of(new Reply.Message(b.build())));
        chart(ctx, since, up, down).ifPresent(out::add);
        return out;
    }

    /** The chart beside the text; the text alone when the image cannot be drawn (it says everything too). */
    private java.util.Optional<Reply> chart(Context ctx, Instant since, long up, long down) {
        ctx.progress().action(com.replyguard.bot.core.ProgressDisplay.ChatAction.TYPING);
        java.util.function.Function<String, String> t = StatsChart.drawable(ctx::t,
                key -> ctx.messages().get(com.replyguard.policy.analysis.Language.EN, key));
        StatsChart.Labels labels = new StatsChart.Labels(t.apply("cur.chart.served"), t.apply("cur.chart.day"),
                t.apply("cur.chart.drafts"), t.apply("cur.chart.feedback"), t.apply("cur.chart.up"),
                t.apply("cur.chart.down"), t.apply("cur.chart.false_alarms"), t.apply("cur.chart.rule"),
                t.apply("cur.chart.reports"), t.apply("cur.chart.no_data"));
        try {
            byte[] png = StatsChart.png(kb.servedPerDay(since), up, down, kb.reports().falseAlarmsPerRule(), labels);
            return java.util.Optional.of(new Reply.Photo("replyguard-stats.png", png, ctx.t("cur.chart.caption")));
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("could not draw the /stats chart: {}", e.toString());
            return java.util.Optional.empty();
        }
    }

    /** Rows by entry id (shown as code, to copy) or, with {@code name}, by a human name in the reader's language. */
    private static void table(RichText.Builder b, String title, Map<String, UsageStats.Counts> rows,
                              java.util.function.UnaryOperator<String> name) {
        b.bold(title).newline();
        if (rows.isEmpty()) {
            b.text("-").newline();
        }
        rows.entrySet().stream().limit(TOP).forEach(e -> {
            if (name == null) {
                b.code(e.getKey());
            } else {
                b.bold(name.apply(e.getKey()));
            }
            b.text("  " + e.getValue().served() + " · 👍 " + e.getValue().helpful() + " · 👎 "
                    + e.getValue().notHelpful()).newline();
        });
        b.newline();
    }

    /** A logged intent code by its human name; "(none)" (drafts without an intent) in words too. */
    private static String intentName(Context ctx, String code) {
        for (com.replyguard.knowledge.entry.Intent i : com.replyguard.knowledge.entry.Intent.values()) {
            if (i.name().equals(code)) {
                return ctx.name(i);
            }
        }
        return "(none)".equals(code) ? ctx.t("table.none") : code;
    }
}
