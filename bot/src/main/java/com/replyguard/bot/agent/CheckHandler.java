package com.replyguard.bot.agent;

import com.replyguard.bot.access.Role;
import com.replyguard.bot.core.Button;
import com.replyguard.bot.core.Context;
import com.replyguard.bot.core.HandlerRegistry;
import com.replyguard.bot.core.Reply;
import com.replyguard.bot.core.RichText;
import com.replyguard.bot.reports.ReportButtons;
import com.replyguard.policy.CheckResult;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Finding;
import com.replyguard.policy.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** /check TEXT, or "check my edit" then a paste: the findings with the offending parts marked, and a fixed version. */
final class CheckHandler {
    static final String MODE = "check";
    private final ComplianceChecker checker;
    /** Kept to ask, when a result is shown, whether the report buttons have a handler. */
    private HandlerRegistry registry;

    CheckHandler(ComplianceChecker checker) {
        this.checker = checker;
    }

    void register(HandlerRegistry r) {
        this.registry = r;
        r.command("check", Role.AGENT, "cmd.check", true, this::command);
        r.textMode(MODE, (ctx, text, ref) -> check(ctx, text));
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
        List<Reply> out = new ArrayList<>();
        RichText.Builder b = RichText.builder();
        b.text(ctx.t("check.header", ctx.marketplace().id())).newline();
        Verdicts.appendVerdict(b, ctx, result);
        if (!result.findings().isEmpty()) {
            b.newline().bold(ctx.t("check.marked")).newline();
            appendMarked(b, text, result.findings());
            b.newline();
            for (Finding f : result.findings()) {
                b.newline().text(Verdicts.icon(f.severity()) + " ").bold(excerpt(f)).text(" - " + f.message());
                if (f.source() != null && !f.source().isBlank()) {
                    b.newline().italic(ctx.t("notes.source", f.source()));
                }
            }
        }
        List<Button> report = ReportButtons.row(ctx, registry, text, result);
        out.add(new Reply.Message(b.build(), report.isEmpty() ? List.of() : List.of(report)));
        if (result.fixed() != null && !result.fixed().equals(text) && !result.fixed().isBlank()) {
            CheckResult again = checker.check(result.fixed(), ctx.marketplace());
            RichText.Builder fb = RichText.builder().bold(ctx.t(again.verdict() == Verdict.OK
                    ? "check.fixed_ok" : "check.fixed_still")).newline().pre(result.fixed());
            List<List<Button>> rows = Button.fitsCopy(result.fixed())
                    ? List.of(List.of(Button.copy(ctx.t("button.copy"), result.fixed()))) : List.of();
            out.add(new Reply.Message(fb.build(), rows));
        } else if (result.verdict() != Verdict.OK) {
            out.add(Reply.text(ctx.t("check.no_fix")));
        }
        return out;
    }

    private static String excerpt(Finding f) {
        String e = f.excerpt();
        return e.length() > 80 ? e.substring(0, 77) + "..." : e;
    }

    /** Appends the text with every finding's span marked; overlapping spans are merged. */
    static void appendMarked(RichText.Builder b, String text, List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::start));
        int pos = 0;
        int i = 0;
        while (i < sorted.size()) {
            int start = Math.min(Math.max(sorted.get(i).start(), pos), text.length());
            int end = Math.min(sorted.get(i).end(), text.length());
            i++;
            while (i < sorted.size() && sorted.get(i).start() < end) {
                end = Math.min(Math.max(end, sorted.get(i).end()), text.length());
                i++;
            }
            if (start >= end) {
                continue;
            }
            b.text(text.substring(pos, start));
            b.marked(text.substring(start, end));
            pos = end;
        }
        b.text(text.substring(pos));
    }
}
