package com.replyguard.drafting.classify;

import java.util.Locale;

/**
 * Folds text for cue matching: lower case, Bengali digits as ASCII, apostrophes dropped ("doesn't" = "doesnt"),
 * every other non-letter a single space, padded with a space at each end. One pass, linear.
 */
final class Normalizer {
    private Normalizer() {
    }

    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length() + 2).append(' ');
        boolean space = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '\'' || c == '’' || c == '‘') {
                continue;
            }
            if (c >= '০' && c <= '৯') {
                c = (char) ('0' + (c - '০'));
            }
            int type = Character.getType(c);
            boolean keep = Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || c == '\u200c' || c == '\u200d';
            if (keep) {
                b.append(c);
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        if (!space) {
            b.append(' ');
        }
        return b.toString();
    }

    static boolean isBengali(char c) {
        return c >= '\u0980' && c <= '\u09FF';
    }
}
