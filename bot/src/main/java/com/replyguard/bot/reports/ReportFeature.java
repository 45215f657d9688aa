package com.replyguard.bot.reports;

import com.replyguard.bot.access.Role;
import com.replyguard.bot.core.ButtonAction;
import com.replyguard.bot.core.CommandHandler;
import com.replyguard.bot.core.CommandSpec;
import com.replyguard.bot.core.HandlerRegistry;
import com.replyguard.knowledge.reports.ModelRetrainer;
import com.replyguard.knowledge.reports.TeamReports;
import java.util.function.Supplier;

/**
 * Reports from the team in the conversation: agents (and leads) press 🚩 False alarm under a finding or
 * 🕳 Missed violation under a passed text ({@link ReportButtons}); leads approve or reject them in {@code /review},
 * after the pending entries, and see the counts per rule in {@code /stats}. Approvals reach the shared checker at
 * once and retrain its model in the background.
 *
 * <p>Usage: {@code ReportFeature.register(registry, () -> kb.reports(), () -> retrainer)}, after the curation
 * features: it keeps their {@code /review} and {@code /stats} and adds the reports to what they show.
 */
public final class ReportFeature {
    private ReportFeature() {
    }

    public static HandlerRegistry register(HandlerRegistry r, Supplier<TeamReports> reports,
                                           Supplier<ModelRetrainer> retrainer) {
        ReportHandler filing = new ReportHandler(reports);
        ReportReview review = new ReportReview(reports, retrainer);
        CommandHandler entries = r.command("review").map(CommandSpec::handler).orElse(null);
        CommandHandler usage = r.command("stats").map(CommandSpec::handler).orElse(null);
        r.command("review", Role.LEAD, "cmd.review", true, (ctx, args) -> review.review(ctx, args, entries));
        r.command("stats", Role.LEAD, "cmd.stats", true, (ctx, args) -> review.stats(ctx, args, usage));
        r.callback(ButtonAction.REPORT, Role.AGENT, filing::press);
        r.callback(ButtonAction.REPORT_REVIEW, Role.LEAD, review::press);
        r.textMode(ReportReview.REASON_MODE, Role.LEAD, review::reason);
        return r;
    }
}
