package com.replyguard.bot.reports;

import com.replyguard.bot.core.Button;
import com.replyguard.bot.core.ButtonAction;
import com.replyguard.bot.core.ButtonVerb;
import com.replyguard.bot.core.Context;
import com.replyguard.bot.core.HandlerRegistry;
import com.replyguard.policy.Category;
import com.replyguard.policy.CheckResult;
import com.replyguard.policy.Finding;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report buttons under a check result or a draft's verdict: 🚩 False alarm when the checker found something,
 * 🕳 Missed violation when the text passed (was not blocked). None when the reports feature is not registered (a
 * conversation without the knowledge base).
 *
 * <p>Usage (in a handler that kept its registry): {@code rows.add(ReportButtons.row(ctx, registry, text, result))}.
 */
public final class ReportButtons {

    private ReportButtons() {
    }

    /** One finding the agent may call a false alarm: its rule, category and the flagged text. */
    record Flag(String rule, Category category, String excerpt) {
    }

    /** What a report button refers to, kept in the chat's memory: the checked text, where, and its findings. */
    record Target(String text, Marketplace marketplace, String language, List<Flag> flags) {
        Target {
            flags = List.copyOf(flags);
        }
    }

    /** The buttons for {@code text} checked as {@code result}; empty when there is nothing to report from here. */
    public static List<Button> row(Context ctx, HandlerRegistry registry, String text, CheckResult result) {
        if (registry == null || registry.callback(ButtonAction.REPORT).isEmpty() || text == null || text.isBlank()) {
            return List.of();
        }
        Map<String, Flag> flags = new LinkedHashMap<>(); // one choice per rule and excerpt
        for (Finding f : result.findings()) {
            flags.putIfAbsent(f.rule() + "\u0000" + f.excerpt(), new Flag(f.rule(), f.category(), f.excerpt()));
        }
        boolean passed = result.verdict() != Verdict.BLOCK;
        if (flags.isEmpty() && !passed) {
            return List.of();
        }
        String id = ctx.chat().remember(new Target(text, result.marketplace(), result.language().code(),
                new ArrayList<>(flags.values())));
        List<Button> row = new ArrayList<>();
        if (!flags.isEmpty()) {
            row.add(Button.callback(ctx.t("report.button.false_alarm"), ButtonAction.REPORT, id, ButtonVerb.FALSE_ALARM));
        }
        if (passed) {
            row.add(Button.callback(ctx.t("report.button.missed"), ButtonAction.REPORT, id, ButtonVerb.MISSED));
        }
        return row;
    }
}
