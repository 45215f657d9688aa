package com.replyguard.policy.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The folding step for phone numbers spelled out in words ({@code six oh one two …}, also Malay and Bengali number
 * words, and "hundred"): a run of at least {@value #MIN_NUMBER_WORDS} of them becomes digits, mapped back to the
 * words they came from. The words are in {@code number_words.txt}. Thread safety: immutable.
 */
final class SpelledNumbers {
    private static final int MIN_NUMBER_WORDS = 7;
    /** Digits alone are left as they are: a run is rewritten only when at least this many digits are words. */
    private static final int MIN_SPELLED = 2;

    private final Map<String, Character> numberWords = loadNumberWords();

    /** A run of at least {@value #MIN_NUMBER_WORDS} number words becomes digits. Null when none. */
    FoldBuilder apply(FoldBuilder in) {
        CharSequence s = in.sb;
        int n = s.length();
        FoldBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(s.charAt(i)) || (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1)))) {
                i++;
                continue;
            }
            int runStart = i;
            int count = 0;
            int words = 0;
            int p = i;
            int lastEnd = i;
            boolean plus = false;
            StringBuilder digits = new StringBuilder();
            while (p < n) {
                int e = p;
                while (e < n && isAsciiDigit(s.charAt(e))) {
                    e++; // digits mixed with number words: "347 two two one 0 nine 8 8"
                }
                if (e > p) {
                    if (e < n && Character.isLetter(s.charAt(e))) {
                        break; // "3rd", "2pcs": not a digit of a number
                    }
                    digits.append(s, p, e);
                    count += e - p;
                    lastEnd = e;
                    int q = separatorsEnd(s, e);
                    if (q == e) {
                        break;
                    }
                    p = q;
                    continue;
                }
                while (e < n && (Character.isLetter(s.charAt(e)) || isMark(s.charAt(e)))) {
                    e++;
                }
                if (e == p) {
                    break;
                }
                String w = s.subSequence(p, e).toString().toLowerCase(Locale.ROOT);
                Character d = numberWords.get(w);
                if (d == null && count > 0 && (w.equals("hundred") || w.equals("ratus"))) {
                    digits.append("00"); // "one eight hundred five five five ..." -> 1800555...
                    count += 2;
                    lastEnd = e;
                    int q = separatorsEnd(s, e);
                    if (q == e) {
                        break;
                    }
                    p = q;
                    continue;
                }
                if (d == null && count == 0 && !plus && (w.equals("plus") || w.equals("tambah"))) {
                    plus = true;
                } else if (d != null) {
                    digits.append(d.charValue());
                    count++;
                    words++;
                } else {
                    break;
                }
                lastEnd = e;
                int q = separatorsEnd(s, e);
                if (q == e) {
                    break;
                }
                p = q;
            }
            if (count >= MIN_NUMBER_WORDS && words >= MIN_SPELLED) {
                if (out == null) {
                    out = new FoldBuilder(n);
                }
                out.copyFrom(in, copied, runStart);
                String rep = (plus ? "+" : "") + digits;
                int from = in.starts[runStart];
                int to = in.ends[lastEnd - 1];
                for (int k = 0; k < rep.length(); k++) {
                    out.add(rep.charAt(k), from, to);
                }
                copied = lastEnd;
                i = lastEnd;
            } else {
                i = Math.max(i + 1, runStart + 1);
                while (i < n && Character.isLetterOrDigit(s.charAt(i))) {
                    i++;
                }
            }
        }
        if (out == null) {
            return null;
        }
        out.copyFrom(in, copied, n);
        return out;
    }

    /** The end of the spaces, hyphens and commas between number words starting at {@code from}. */
    private static int separatorsEnd(CharSequence s, int from) {
        int q = from;
        while (q < s.length() && (s.charAt(q) == ' ' || s.charAt(q) == '-' || s.charAt(q) == ',')) {
            q++;
        }
        return q;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    private static Map<String, Character> loadNumberWords() {
        Map<String, Character> map = new HashMap<>();
        for (String line : Resources.lines(SpelledNumbers.class, "number_words.txt")) {
            String[] parts = line.split("\\s+");
            char digit = parts[0].charAt(0);
            for (int k = 1; k < parts.length; k++) {
                map.put(parts[k].toLowerCase(Locale.ROOT), digit);
            }
        }
        return Map.copyOf(map);
    }
}
