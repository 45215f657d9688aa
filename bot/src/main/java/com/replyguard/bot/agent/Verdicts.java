package com.replyguard.bot.agent;

import com.replyguard.bot.core.Context;
import com.replyguard.bot.core.RichText;
import com.replyguard.policy.CheckResult;
import com.replyguard.policy.Finding;
import com.replyguard.policy.Severity;
import java.util.LinkedHashSet;
import java.util.Set;

/** Renders a check result as the verdict line (✅ / ⚠️ / ⛔) and its reasons, one per line. */
final class Verdicts {
    private Verdicts() {
    }

    static void appendVerdict(RichText.Builder b, Context ctx, CheckResult check) {
        String key = switch (check.verdict()) {
            case OK -> "verdict.ok";
            case WARN -> "verdict.warn";
            case BLOCK -> "verdict.block";
        };
        b.bold(ctx.t(key)).newline();
        Set<String> seen = new LinkedHashSet<>();
        for (Finding f : check.findings()) {
            if (f.severity() == Severity.INFO && check.findings().size() > 3) {
                continue; // tips only when there is room for them
            }
            String line = icon(f.severity()) + " " + f.message(ctx.settings().language());
            if (seen.add(line)) {
                b.text(line + "\n");
            }
        }
    }

    static String icon(Severity s) {
        return switch (s) {
            case BLOCK -> "⛔";
            case WARN -> "⚠️";
            case INFO -> "ℹ️";
        };
    }
}
