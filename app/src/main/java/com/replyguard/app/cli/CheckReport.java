package com.replyguard.app.cli;

import com.replyguard.bot.core.Messages;
import com.replyguard.bot.core.RichText;
import com.replyguard.bot.findings.CheckView;
import com.replyguard.bot.terminal.TextRenderer;
import com.replyguard.policy.CheckResult;
import com.replyguard.policy.analysis.Language;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The human-readable check report, in the draft's language unless {@code --lang} chose one: a summary line, the
 * verdict naming the worst problem, the draft with every offending part marked (colour on a terminal, {@code [[ ]]}
 * otherwise), one entry per rule and sentence with its reason, source and fix, then the fixed draft.
 */
final class CheckReport {
    private final boolean colour;
    private final Messages messages;
    private final Language chosen;

    CheckReport(boolean colour) {
        this(colour, new Messages(), null);
    }

    CheckReport(boolean colour, Messages messages, Language chosen) {
        this.colour = colour;
        this.messages = messages;
        this.chosen = chosen;
    }

    /**
     * Colour only when picocli's ANSI auto-detection allows it (an interactive terminal; never with NO_COLOR set,
     * always with CLICOLOR_FORCE), never when TERM is dumb or {@code --no-color} was given.
     */
    static boolean colourWanted(boolean noColor) {
        return !noColor && !"dumb".equals(System.getenv("TERM")) && picocli.CommandLine.Help.Ansi.AUTO.enabled();
    }

    void print(String text, CheckResult r, PrintWriter out) {
        Language language = CheckView.reportLanguage(r, chosen);
        CheckView view = new CheckView(messages, language, true);
        TextRenderer renderer = new TextRenderer(colour);
        out.println(messages.get(language, "cli.check.verdict", r.verdict().id().toUpperCase(Locale.ROOT),
                r.marketplace().id(), r.language().code(), r.groups(text).size()));
        if (r.findings().isEmpty()) {
            out.println(messages.get(language, "cli.check.none"));
            return;
        }
        CheckView.Built built = view.report(text, r, Integer.MAX_VALUE, false);
        out.print(renderer.render(built.text()));
        if (r.fixed() != null) {
            out.println();
            out.println(renderer.render(RichText.builder().bold(messages.get(language, "cli.check.fixed")).build()));
            out.println(r.fixed().isEmpty() ? messages.get(language, "cli.check.nothing_left") : r.fixed());
        }
    }
}
