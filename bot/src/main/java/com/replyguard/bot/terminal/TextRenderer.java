package com.replyguard.bot.terminal;

import com.replyguard.bot.core.RichText;

/**
 * Renders rich text for a terminal: ANSI styles when colour is on, plain markers otherwise (an offending part as
 * {@code [[ ]]}, as in the rule files). The terminal chat and the CLI's check report share it.
 */
public final class TextRenderer {
    private static final String RESET = "\u001b[0m";
    private final boolean ansi;

    public TextRenderer(boolean ansi) {
        this.ansi = ansi;
    }

    public String render(RichText text) {
        StringBuilder sb = new StringBuilder();
        for (RichText.Span s : text.spans()) {
            switch (s) {
                case RichText.Plain p -> sb.append(p.text());
                case RichText.Bold b -> sb.append(style("\u001b[1m", b.text(), "", ""));
                case RichText.Italic i -> sb.append(style("\u001b[3m", i.text(), "", ""));
                case RichText.Code c -> sb.append(style("\u001b[36m", c.text(), "", ""));
                case RichText.Pre p -> sb.append(block(p.text()));
                case RichText.Marked m -> sb.append(style("\u001b[4;31m", m.text(), "[[", "]]"));
            }
        }
        return sb.toString();
    }

    private String style(String code, String text, String plainOpen, String plainClose) {
        return ansi ? code + text + RESET : plainOpen + text + plainClose;
    }

    /** A block to copy: set apart by rules, the text itself untouched so it copies cleanly. */
    private String block(String text) {
        String rule = "-".repeat(40);
        String body = text.endsWith("\n") ? text : text + "\n";
        return (ansi ? "\u001b[2m" + rule + RESET : rule) + "\n" + body + (ansi ? "\u001b[2m" + rule + RESET : rule)
                + "\n";
    }
}
