package com.replyguard.bot.agent;

import com.replyguard.bot.access.Role;
import com.replyguard.bot.core.Button;
import com.replyguard.bot.core.ButtonAction;
import com.replyguard.bot.core.Context;
import com.replyguard.bot.core.HandlerRegistry;
import com.replyguard.bot.core.Reply;
import com.replyguard.bot.core.RichText;
import com.replyguard.bot.findings.CheckView;
import com.replyguard.bot.reports.ReportButtons;
import com.replyguard.policy.CheckResult;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * /check TEXT, or "check my edit" then a paste: one message with the verdict naming the worst problem, the draft with
 * the offending parts marked and one entry per rule and sentence (collapsed beyond a few, with a "show all" button),
 * then the fixed version. A report stays within one Telegram message: a long draft shows only its marked sentences.
 */
final class CheckHandler {
    static final String MODE = "check";
    /** What one message may hold, in Telegram HTML characters, with room to spare under its 4,096 limit. */
    static final int MESSAGE_BUDGET = 3900;
    private final ComplianceChecker checker;
    /** Kept to ask, when a result is shown, whether the report buttons have a handler. */
    private HandlerRegistry registry;

    CheckHandler(ComplianceChecker checker) {
        this.checker = checker;
    }

    /** A checked draft remembered for its "show all" button. */
    record Shown(String text, String marketplace) {
    }

    void register(HandlerRegistry r) {
        this.registry = r;
        r.command("check", Role.AGENT, "cmd.check", true, this::command);
        r.textMode(MODE, (ctx, text, ref) -> check(ctx, text));
        r.callback(ButtonAction.SHOW_ALL_FINDINGS, Role.AGENT, this::showAll);
    }

    private List<Reply> command(Context ctx, String args) {
        if (args.isEmpty()) {
            ctx.chat().awaitText(MODE, null);
            return List.of(Reply.text(ctx.t("check.paste_prompt")));
        }
        return check(ctx, args);
    }

    List<Reply> check(Context ctx, String text) {
        CheckResult result = checker.check(text, ctx.marketplace());
        CheckView view = new CheckView(ctx.messages(), ctx.settings().language());
        List<Reply> out = new ArrayList<>();
        String header = ctx.t("check.header", ctx.marketplace().id()) + "\n";
        CheckView.Built built = fitted(view, header, text, result);
        RichText.Builder b = RichText.builder().text(header);
        built.text().spans().forEach(b::add);
        List<List<Button>> rows = new ArrayList<>();
        List<Button> report = ReportButtons.row(ctx, registry, text, result);
        if (!report.isEmpty()) {
            rows.add(report);
        }
        if (built.hidden() > 0) {
            String id = ctx.chat().remember(new Shown(text, ctx.marketplace().id()));
            rows.add(List.of(Button.callback(ctx.t("findings.show_all", result.groups(text).size()),
                    ButtonAction.SHOW_ALL_FINDINGS, id)));
        }
        out.add(new Reply.Message(b.build(), rows));
        if (result.fixed() != null && !result.fixed().equals(text) && !result.fixed().isBlank()) {
            CheckResult again = checker.check(result.fixed(), ctx.marketplace());
            RichText fixedMessage = RichText.builder().bold(ctx.t(again.verdict() == Verdict.OK
                    ? "check.fixed_ok" : "check.fixed_still")).newline().pre(result.fixed()).build();
            if (CheckView.htmlSize(fixedMessage) > MESSAGE_BUDGET) {
                out.add(Reply.text(ctx.t("findings.too_long")));
            } else {
                List<List<Button>> copy = Button.fitsCopy(result.fixed())
                        ? List.of(List.of(Button.copy(ctx.t("button.copy"), result.fixed()))) : List.of();
                out.add(new Reply.Message(fixedMessage, copy));
            }
        } else if (result.leavesNothing()) {
            out.add(Reply.text(ctx.t("check.dont_send")));
        } else if (result.verdict() != Verdict.OK) {
            out.add(Reply.text(ctx.t("check.no_fix")));
        }
        return out;
    }

    /** The fullest report that fits one message: whole draft first, then marked sentences only, then fewer problems. */
    private static CheckView.Built fitted(CheckView view, String header, String text, CheckResult result) {
        int budget = MESSAGE_BUDGET - header.length();
        CheckView.Built built = view.report(text, result, CheckView.SHOWN_GROUPS, false);
        for (int shown = CheckView.SHOWN_GROUPS; shown >= 1 && CheckView.htmlSize(built.text()) > budget; shown--) {
            built = view.report(text, result, shown, true);
        }
        return built;
    }

    /** The "show all" button: every problem of the remembered draft, in as many messages as they need. */
    private List<Reply> showAll(Context ctx, String payload) {
        Shown shown = ctx.chat().recall(payload, Shown.class).orElse(null);
        if (shown == null) {
            return List.of(Reply.text(ctx.t("button.expired_long")));
        }
        CheckResult result = checker.check(shown.text(), Marketplace.parse(shown.marketplace()));
        CheckView view = new CheckView(ctx.messages(), ctx.settings().language());
        RichText.Builder b = RichText.builder().bold(ctx.t("findings.all_title")).newline();
        view.appendGroups(b, shown.text(), result, Integer.MAX_VALUE);
        return List.of(new Reply.Message(b.build(), List.of()));
    }
}
