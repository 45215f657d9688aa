package com.replyguard.bot.reports;

import com.replyguard.bot.core.Button;
import com.replyguard.bot.core.ButtonAction;
import com.replyguard.bot.core.ButtonVerb;
import com.replyguard.bot.core.Context;
import com.replyguard.bot.core.Press;
import com.replyguard.bot.core.Reply;
import com.replyguard.bot.core.RichText;
import com.replyguard.bot.core.UserError;
import com.replyguard.knowledge.KnowledgeException;
import com.replyguard.knowledge.reports.Report;
import com.replyguard.knowledge.reports.TeamReports;
import com.replyguard.policy.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The agents' side of reports: 🚩 False alarm (the only finding, or a choice among several) and 🕳 Missed violation
 * (a choice of category in plain words) file a report for the lead's review and confirm it to the reporter.
 * Button payloads: {@code <target>:f}, {@code <target>:f<i>}, {@code <target>:m}, {@code <target>:c<category>}.
 */
final class ReportHandler {
    /** The categories an agent may say a passed text breaks, in the order shown. */
    static final List<Category> MISSABLE = List.of(Category.EXTERNAL_LINK, Category.CONTACT_INFO,
            Category.OFF_PLATFORM, Category.REVIEW_INCENTIVE, Category.REVIEW_MANIPULATION, Category.MARKETING,
            Category.PERSONAL_DATA, Category.PRESSURE_OR_THREAT, Category.PROCESS_ABUSE, Category.OVERPROMISE);
    private static final int MAX_CHOICES = 8;

    private final Supplier<TeamReports> reports;

    ReportHandler(Supplier<TeamReports> reports) {
        this.reports = reports;
    }

    List<Reply> press(Context ctx, String payload) {
        Press press = Press.parse(ButtonAction.REPORT, payload).orElse(null);
        ReportButtons.Target target = press == null ? null
                : ctx.chat().recall(press.ref(), ReportButtons.Target.class).orElse(null);
        if (target == null) {
            return expired(ctx);
        }
        String id = press.ref();
        return switch (press.verb()) {
            case FALSE_ALARM -> target.flags().size() == 1 ? falseAlarm(ctx, target, 0)
                    : chooseFinding(ctx, id, target);
            case MISSED -> chooseCategory(ctx, id);
            case FALSE_ALARM_ON -> press.index() < target.flags().size() ? falseAlarm(ctx, target, press.index())
                    : expired(ctx);
            case MISSED_AS -> press.index() < Category.values().length
                    ? missed(ctx, target, Category.values()[press.index()]) : expired(ctx);
            default -> expired(ctx); // not a verb REPORT takes: Press.parse lets none through
        };
    }

    private List<Reply> chooseFinding(Context ctx, String id, ReportButtons.Target target) {
        RichText.Builder b = RichText.builder().bold(ctx.t("report.choose_finding")).newline();
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_CHOICES, target.flags().size()); i++) {
            ReportButtons.Flag f = target.flags().get(i);
            b.text((i + 1) + ". ").bold(shorten(f.excerpt(), 200)).text(" · " + category(ctx, f.category()) + " ")
                    .code(f.rule()).newline();
            rows.add(List.of(Button.callback("🚩 " + (i + 1) + ": " + shorten(f.excerpt(), 28), ButtonAction.REPORT,
                    id, ButtonVerb.FALSE_ALARM_ON, String.valueOf(i))));
        }
        return List.of(new Reply.Message(b.build(), rows));
    }

    private List<Reply> chooseCategory(Context ctx, String id) {
        List<List<Button>> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        for (Category c : MISSABLE) {
            row.add(Button.callback(category(ctx, c), ButtonAction.REPORT, id, ButtonVerb.MISSED_AS,
                    String.valueOf(c.ordinal())));
            if (row.size() == 2) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        rows.add(row);
        return List.of(new Reply.Message(RichText.plain(ctx.t("report.choose_category")), rows));
    }

    private List<Reply> falseAlarm(Context ctx, ReportButtons.Target target, int i) {
        ReportButtons.Flag f = target.flags().get(i);
        Report r = file(ctx, () -> reports.get().falseAlarm(f.rule(), f.category(), target.marketplace(),
                target.language(), f.excerpt(), ReportActors.of(ctx)));
        return filed(ctx, r, ctx.t("report.what.false_alarm", f.rule()));
    }

    private List<Reply> missed(Context ctx, ReportButtons.Target target, Category c) {
        Report r = file(ctx, () -> reports.get().missed(c, target.marketplace(), target.language(), target.text(),
                ReportActors.of(ctx)));
        return filed(ctx, r, ctx.t("report.what.missed", category(ctx, c)));
    }

    private static Report file(Context ctx, Supplier<Report> filing) {
        try {
            return filing.get();
        } catch (KnowledgeException e) {
            throw new UserError(ctx.failure(e));
        }
    }

    private static List<Reply> filed(Context ctx, Report r, String what) {
        return List.of(new Reply.Toast(ctx.t("report.filed_short")),
                Reply.text(ctx.t("report.filed", r.id(), what)));
    }

    /** A category in the user's words. */
    static String category(Context ctx, Category c) {
        return c == null ? "?" : ctx.t("report.category." + c.name());
    }

    static String shorten(String s, int max) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    static List<Reply> expired(Context ctx) {
        return List.of(new Reply.Toast(ctx.t("button.expired")), Reply.text(ctx.t("button.expired_long")));
    }
}
