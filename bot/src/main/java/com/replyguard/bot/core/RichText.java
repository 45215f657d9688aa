package com.replyguard.bot.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A small formatting model for bot replies that each adapter renders its own way (HTML for Telegram, plain or ANSI
 * text for the terminal). Text inside spans is raw: adapters escape it.
 */
public record RichText(List<Span> spans) {
    public RichText {
        spans = List.copyOf(spans);
        for (Span s : spans) {
            Objects.requireNonNull(s.text(), () -> s.getClass().getSimpleName() + " span without text");
        }
    }

    /** One run of text with one style; a rich text refuses a span whose text is null. */
    public sealed interface Span permits Plain, Bold, Italic, Code, Pre, Marked {
        String text();
    }

    /** Ordinary text; line breaks are kept. */
    public record Plain(String text) implements Span {
    }

    public record Bold(String text) implements Span {
    }

    public record Italic(String text) implements Span {
    }

    /** Inline monospace, copied on tap in Telegram. */
    public record Code(String text) implements Span {
    }

    /** A block of monospace text, copied as a whole on tap in Telegram: used for drafts to paste. */
    public record Pre(String text) implements Span {
    }

    /** An offending part of a checked text, shown underlined / highlighted. */
    public record Marked(String text) implements Span {
    }

    public static RichText plain(String text) {
        return new RichText(List.of(new Plain(text)));
    }

    /** The text without any styling, as a user would read it. */
    public String visibleText() {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            sb.append(s.text());
        }
        return sb.toString();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a rich text span by span; empty spans are dropped. */
    public static final class Builder {
        private final List<Span> spans = new ArrayList<>();

        public Builder text(String s) {
            return add(new Plain(s));
        }

        public Builder bold(String s) {
            return add(new Bold(s));
        }

        public Builder italic(String s) {
            return add(new Italic(s));
        }

        public Builder code(String s) {
            return add(new Code(s));
        }

        public Builder pre(String s) {
            return add(new Pre(s));
        }

        public Builder marked(String s) {
            return add(new Marked(s));
        }

        public Builder line(String s) {
            return add(new Plain(s + "\n"));
        }

        public Builder newline() {
            return add(new Plain("\n"));
        }

        public Builder add(Span span) {
            if (!Objects.requireNonNull(span.text(), "text").isEmpty()) {
                spans.add(span);
            }
            return this;
        }

        public boolean isEmpty() {
            return spans.isEmpty();
        }

        public RichText build() {
            return new RichText(spans);
        }
    }
}
