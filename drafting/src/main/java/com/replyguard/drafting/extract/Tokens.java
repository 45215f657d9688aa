package com.replyguard.drafting.extract;

import java.util.ArrayList;
import java.util.List;

/** Splits text into {@link Token}s in one pass, converting Bengali digits to ASCII digits on the way. */
final class Tokens {
    private static final String TRIM = ".,;:!?()[]{}<>\"'`“”‘’*#।|";

    private Tokens() {
    }

    static List<Token> of(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int end = i;
            while (start < end && TRIM.indexOf(text.charAt(start)) >= 0) {
                start++;
            }
            while (end > start && TRIM.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            if (end > start) {
                out.add(new Token(asciiDigits(text.substring(start, end)), start, end));
            }
        }
        return out;
    }

    /** Bengali digits (০-৯) as ASCII, so order numbers typed on a Bengali keyboard are found too. */
    static String asciiDigits(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '০' && c <= '৯') {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, (char) ('0' + (c - '০')));
            }
        }
        return b == null ? s : b.toString();
    }
}
