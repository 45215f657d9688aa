package com.replyguard.drafting.extract;

import com.replyguard.drafting.read.WordList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The buyer's closing ("… Boleh ganti? TQ, Danial", "… ki korbo? - Rashed", "Thanks,\nSarah") cut off the end of a
 * message, so a polite "thanks" or "ধন্যবাদ" in a sign-off is not read as praise, nor matched against example
 * questions. Only a closing at the very end counts, after a sentence end or on its own line; a "thank you" inside
 * a sentence ("arrived today, thank you!") stays. Linear in the text. Thread safety: immutable.
 */
public final class SignOffs {
    /** Longest first, so "thank you so much" is cut whole rather than as "thank you". */
    private static final List<String> PHRASES = WordList.list(SignOffs.class, "sign-offs.txt").stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    /** What separates a closing from the text before it; a sentence's own end (".", "?", "।") is kept. */
    private static final String SEPARATORS = " \t\n,;:-–—";

    private SignOffs() {
    }

    /**
     * {@code body} without the closing at its end: the buyer's {@code name} (null when none was found) and the
     * sign-off phrase before it. The body itself when nothing closes it, or when too little would be left.
     */
    public static String cut(String body, String name) {
        String t = trimEnd(body, SEPARATORS);
        boolean cut = false;
        if (name != null && !name.isBlank() && t.endsWith(name)) {
            t = trimEnd(t.substring(0, t.length() - name.length()), SEPARATORS);
            cut = true;
        }
        String u = trimEnd(t, SEPARATORS + ".!।");
        String lower = u.toLowerCase(Locale.ROOT);
        for (String phrase : PHRASES) {
            if (lower.endsWith(phrase)) {
                int at = lower.length() - phrase.length();
                String before = u.substring(0, at);
                // A closing after the buyer's name or after a question is politeness; a bare "Terima kasih!" after
                // a statement may be the thanks the message is about ("… arrived in good condition. Thank you!").
                boolean closes = cut || trimEnd(before, SEPARATORS).endsWith("?");
                if (closes && (at == 0 || before.endsWith("\n") || endsSentence(before))) {
                    t = trimEnd(before, SEPARATORS);
                    cut = true;
                }
                break;
            }
        }
        return cut && t.strip().split("\\s+").length >= 2 ? t : body;
    }

    /** True when {@code before} ends with a sentence end followed by a space ("… ganti? "). */
    private static boolean endsSentence(String before) {
        int i = before.length() - 1;
        if (i < 1 || !Character.isWhitespace(before.charAt(i))) {
            return false;
        }
        while (i > 0 && Character.isWhitespace(before.charAt(i))) {
            i--;
        }
        return "?!.।".indexOf(before.charAt(i)) >= 0;
    }

    private static String trimEnd(String s, String chars) {
        int end = s.length();
        while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }
}
