package com.replyguard.bot.reports;

import com.replyguard.bot.core.Button;
import com.replyguard.bot.core.ButtonAction;
import com.replyguard.bot.core.ButtonVerb;
import com.replyguard.bot.core.CommandHandler;
import com.replyguard.bot.core.Context;
import com.replyguard.bot.core.Press;
import com.replyguard.bot.core.Reply;
import com.replyguard.bot.core.RichText;
import com.replyguard.bot.core.UserError;
import com.replyguard.bot.core.UserSettings;
import com.replyguard.knowledge.KnowledgeException;
import com.replyguard.knowledge.reports.ModelRetrainer;
import com.replyguard.knowledge.reports.Report;
import com.replyguard.knowledge.reports.ReportKind;
import com.replyguard.knowledge.reports.ReportStatus;
import com.replyguard.knowledge.reports.RuleReportCounts;
import com.replyguard.knowledge.reports.TeamReports;
import com.replyguard.policy.Category;
import com.replyguard.policy.analysis.Language;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The leads' side of reports: {@code /review} shows pending reports after the pending entries, one card at a time
 * with Approve, Reject (the next text is the reason, sent to the reporter) and Next; an approval reaches the shared
 * checker at once (a false alarm's rule exception) and queues a retrain. {@code /stats} gains the reports per rule.
 */
final class ReportReview {
    static final String REASON_MODE = "reports.reject_reason";

    /** What a review card's buttons refer to. */
    record ReportRef(long id) {
    }

    private final Supplier<TeamReports> reports;
    private final Supplier<ModelRetrainer> retrainer;

    ReportReview(Supplier<TeamReports> reports, Supplier<ModelRetrainer> retrainer) {
        this.reports = reports;
        this.retrainer = retrainer;
    }

    /** {@code /review}: what the earlier handler shows (pending entries), then the first pending report. */
    List<Reply> review(Context ctx, String args, CommandHandler entries) throws Exception {
        List<Reply> out = new ArrayList<>(entries == null ? List.of() : entries.handle(ctx, args));
        List<Report> pending = reports.get().list(ReportStatus.PENDING);
        if (pending.isEmpty()) {
            return out.isEmpty() ? List.of(Reply.text(ctx.t("cur.review.none"))) : out;
        }
        String none = ctx.t("cur.review.none");
        out.removeIf(r -> r instanceof Reply.Message m && m.text().visibleText().strip().equals(none));
        out.add(card(ctx, pending, 0));
        return out;
    }

    List<Reply> press(Context ctx, String payload) {
        Press press = Press.parse(ButtonAction.REPORT_REVIEW, payload).orElse(null);
        ReportRef ref = press == null ? null : ctx.chat().recall(press.ref(), ReportRef.class).orElse(null);
        if (ref == null) {
            return ReportHandler.expired(ctx);
        }
        return switch (press.verb()) {
            case APPROVE -> approve(ctx, ref);
            case REJECT -> {
                ctx.chat().awaitText(REASON_MODE, press.ref());
                yield List.of(new Reply.Toast(ctx.t("report.review.reason_short")),
                        Reply.text(ctx.t("report.review.reason", ref.id())));
            }
            case NEXT -> next(ctx, ref.id(), true);
            default -> ReportHandler.expired(ctx); // not a verb REPORT_REVIEW takes: Press.parse lets none through
        };
    }

    private List<Reply> approve(Context ctx, ReportRef ref) {
        Report r = decide(ctx, () -> reports.get().approve(ref.id(), ReportActors.of(ctx)));
        retrainer.get().approved(r); // the rule exception now, the retrain in the background
        String effect = r.kind() == ReportKind.FALSE_ALARM
                ? ctx.t("report.review.effect_false_alarm", r.rule()) : ctx.t("report.review.effect_missed");
        List<Reply> out = new ArrayList<>();
        out.add(new Reply.Toast(ctx.t("cur.saved_short")));
        out.add(Reply.text(ctx.t("report.review.approved", r.id()) + " " + effect));
        out.addAll(next(ctx, r.id(), false));
        notifyReporter(ctx, r, "report.notify.approved", r.id()).ifPresent(out::add);
        return out;
    }

    /** The reason a lead typed after Reject. */
    List<Reply> reason(Context ctx, String text, String refId) {
        ReportRef ref = ctx.chat().recall(refId, ReportRef.class).orElse(null);
        if (ref == null) {
            return ReportHandler.expired(ctx);
        }
        String reason = text.strip();
        Report r = decide(ctx, () -> reports.get().reject(ref.id(), ReportActors.of(ctx), reason));
        List<Reply> out = new ArrayList<>();
        out.add(Reply.text(ctx.t("report.review.rejected", r.id())));
        out.addAll(next(ctx, r.id(), false));
        notifyReporter(ctx, r, "report.notify.rejected", r.id(), r.reason()).ifPresent(out::add);
        return out;
    }

    private static Report decide(Context ctx, Supplier<Report> decision) {
        try {
            return decision.get();
        } catch (KnowledgeException e) {
            throw new UserError(ctx.failure(e));
        }
    }

    /** The pending report after {@code afterId} (oldest first, wrapping round); nothing or "none" when none is left. */
    private List<Reply> next(Context ctx, long afterId, boolean sayNone) {
        List<Report> pending = reports.get().list(ReportStatus.PENDING);
        if (pending.isEmpty()) {
            return sayNone ? List.of(Reply.text(ctx.t("cur.review.none"))) : List.of();
        }
        int at = 0;
        for (int i = 0; i < pending.size(); i++) {
            if (pending.get(i).id() > afterId) {
                at = i;
                break;
            }
        }
        return List.of(card(ctx, pending, at));
    }

    private Reply card(Context ctx, List<Report> pending, int at) {
        Report r = pending.get(at);
        String ref = ctx.chat().remember(new ReportRef(r.id()));
        String category = ReportHandler.category(ctx, r.category());
        RichText.Builder b = RichText.builder().bold(ctx.t("report.review.title", at + 1, pending.size())).newline();
        b.text(r.kind() == ReportKind.FALSE_ALARM
                ? ctx.t("report.kind.false_alarm", r.rule() + (r.category() == null ? "" : " (" + category + ")"))
                : ctx.t("report.kind.missed", category)).newline();
        b.text(ctx.t("report.review.facts", r.id(), r.marketplace().id(), r.language(), r.reporter(),
                r.created().atZone(ZoneOffset.UTC).toLocalDate())).newline();
        b.bold(ctx.t("report.review.text")).newline().pre(r.text()).newline();
        b.italic(r.kind() == ReportKind.FALSE_ALARM ? ctx.t("report.review.if_approved_false_alarm", r.rule())
                : ctx.t("report.review.if_approved_missed", category));
        List<Button> decide = List.of(
                Button.callback(ctx.t("cur.button.approve"), ButtonAction.REPORT_REVIEW, ref, ButtonVerb.APPROVE),
                Button.callback(ctx.t("cur.button.reject"), ButtonAction.REPORT_REVIEW, ref, ButtonVerb.REJECT));
        List<List<Button>> rows = pending.size() > 1
                ? List.of(decide,
                        List.of(Button.callback(ctx.t("cur.button.next"), ButtonAction.REPORT_REVIEW, ref, ButtonVerb.NEXT)))
                : List.of(decide);
        return new Reply.Message(b.build(), rows);
    }

    /** {@code /stats}: what the earlier handler shows, then the reports per rule and per missed category. */
    List<Reply> stats(Context ctx, String args, CommandHandler usage) throws Exception {
        List<Reply> out = new ArrayList<>(usage == null ? List.of() : usage.handle(ctx, args));
        String wrongArgs = ctx.t("cur.stats.usage");
        if (out.stream().anyMatch(r -> r instanceof Reply.Message m && m.text().visibleText().strip()
                .equals(wrongArgs))) {
            return out;
        }
        RichText.Builder b = RichText.builder().bold(ctx.t("report.stats.title")).newline();
        table(b, ctx.t("report.stats.false_alarms"), reports.get().falseAlarmsPerRule(), null);
        b.newline();
        table(b, ctx.t("report.stats.missed"), reports.get().missedPerCategory(), ctx);
        out.add(new Reply.Message(b.build()));
        return out;
    }

    /** Rows by rule id (as code, to copy), or, given the reader's {@code names}, by category in their words. */
    private static void table(RichText.Builder b, String title, List<RuleReportCounts> rows, Context names) {
        b.bold(title).newline();
        if (rows.isEmpty()) {
            b.text("-").newline();
        }
        for (RuleReportCounts c : rows) {
            Category category = names == null ? null : java.util.Arrays.stream(Category.values())
                    .filter(x -> x.name().equals(c.key())).findFirst().orElse(null);
            if (category == null) {
                b.code(c.key());
            } else {
                b.bold(ReportHandler.category(names, category));
            }
            b.text("  " + c.pending() + " · " + c.approved() + " · " + c.rejected()).newline();
        }
    }

    /** A message to the Telegram user who filed the report, in their language; none for the lead themself. */
    private static Optional<Reply> notifyReporter(Context ctx, Report r, String key, Object... args) {
        OptionalLong user = ReportActors.userId(r.reporter());
        if (user.isEmpty() || user.getAsLong() == ctx.userId()) {
            return Optional.empty();
        }
        Language lang = ctx.settingsStore().find(user.getAsLong()).map(UserSettings::language)
                .orElse(ctx.settings().language());
        return Optional.of(new Reply.Notify(user.getAsLong(), RichText.plain(ctx.messages().get(lang, key, args))));
    }
}
