package com.replyguard.bot.telegram;

import com.replyguard.bot.core.RichText;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the core's rich text as Telegram HTML, and splits long texts into messages that fit Telegram's 4,096
 * character limit, preferring paragraph breaks, then line breaks, then spaces.
 */
final class HtmlRenderer {
    static final int TELEGRAM_LIMIT = 4096;

    private HtmlRenderer() {
    }

    static String render(RichText text) {
        StringBuilder sb = new StringBuilder();
        for (RichText.Span s : text.spans()) {
            String[] tags = tags(s);
            sb.append(tags[0]).append(escape(s.text())).append(tags[1]);
        }
        return sb.toString();
    }

    private static String[] tags(RichText.Span s) {
        return switch (s) {
            case RichText.Plain p -> new String[] {"", ""};
            case RichText.Bold b -> new String[] {"<b>", "</b>"};
            case RichText.Italic i -> new String[] {"<i>", "</i>"};
            case RichText.Code c -> new String[] {"<code>", "</code>"};
            case RichText.Pre p -> new String[] {"<pre>", "</pre>"};
            case RichText.Marked m -> new String[] {"<u><b>", "</b></u>"};
        };
    }

    /** Escapes the three characters Telegram's HTML parse mode requires escaped. */
    static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                default -> null;
            };
            if (rep != null) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append(rep);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static int escapedLength(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            n += c == '<' || c == '>' ? 4 : c == '&' ? 5 : 1;
        }
        return n;
    }

    /** Splits a text into parts whose rendered HTML is at most {@code limit} characters each. */
    static List<RichText> split(RichText text, int limit) {
        List<RichText> parts = new ArrayList<>();
        List<RichText.Span> current = new ArrayList<>();
        int used = 0;
        for (RichText.Span span : text.spans()) {
            String[] tags = tags(span);
            int overhead = tags[0].length() + tags[1].length();
            String rest = span.text();
            while (!rest.isEmpty()) {
                int room = limit - used - overhead;
                int whole = escapedLength(rest, 0, rest.length());
                if (whole <= room) {
                    current.add(withText(span, rest));
                    used += whole + overhead;
                    break;
                }
                int cut = cutPoint(rest, Math.max(room, 0), !current.isEmpty());
                if (cut <= 0) {
                    // Nothing sensible fits: start a new message and try again with the full room.
                    if (current.isEmpty()) {
                        cut = hardCut(rest, Math.max(room, 1));
                    } else {
                        parts.add(new RichText(current));
                        current = new ArrayList<>();
                        used = 0;
                        continue;
                    }
                }
                current.add(withText(span, rest.substring(0, cut)));
                parts.add(new RichText(current));
                current = new ArrayList<>();
                used = 0;
                rest = rest.substring(cut);
            }
        }
        if (!current.isEmpty()) {
            parts.add(new RichText(current));
        }
        parts.removeIf(p -> p.visibleText().isBlank());
        return parts;
    }

    /** The best place to cut {@code s} so the first part fits in {@code room}; 0 when waiting is better. */
    private static int cutPoint(String s, int room, boolean chunkHasContent) {
        int fits = hardCut(s, room);
        if (fits <= 0) {
            return 0;
        }
        int para = s.lastIndexOf("\n\n", fits - 1);
        if (para > 0) {
            return para + 2 <= fits ? para + 2 : para;
        }
        if (chunkHasContent) {
            return 0; // better to start this span in a fresh message than to cut it mid-paragraph
        }
        int line = s.lastIndexOf('\n', fits - 1);
        if (line > 0) {
            return line + 1;
        }
        int space = s.lastIndexOf(' ', fits - 1);
        if (space > 0) {
            return space + 1;
        }
        return fits;
    }

    /** The longest prefix (in chars, not splitting surrogate pairs) whose escaped length fits in {@code room}. */
    private static int hardCut(String s, int room) {
        int n = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int w = c == '<' || c == '>' ? 4 : c == '&' ? 5 : 1;
            int step = Character.isHighSurrogate(c) && i + 1 < s.length() ? 2 : 1;
            if (n + w * step > room) {
                break;
            }
            n += w * step;
            i += step;
        }
        return i;
    }

    private static RichText.Span withText(RichText.Span s, String t) {
        return switch (s) {
            case RichText.Plain p -> new RichText.Plain(t);
            case RichText.Bold b -> new RichText.Bold(t);
            case RichText.Italic i -> new RichText.Italic(t);
            case RichText.Code c -> new RichText.Code(t);
            case RichText.Pre p -> new RichText.Pre(t);
            case RichText.Marked m -> new RichText.Marked(t);
        };
    }
}
