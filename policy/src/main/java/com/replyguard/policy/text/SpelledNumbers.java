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

    private final Map<String, Character> numberWords = loadNumberWords();

    /** A run of at least {@value #MIN_NUMBER_WORDS} number words becomes digits. Null when none. */
    FoldBuilder apply(FoldBuilder in) {
        CharSequence s = in.sb;
        int n = s.length();
        FoldBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(s.charAt(i)) || (i > 0 && Character.isLetter(s.charAt(i - 1)))) {
                i++;
                continue;
            }
            int runStart = i;
            int count = 0;
            int p = i;
            int lastEnd = i;
            boolean plus = false;
            StringBuilder digits = new StringBuilder();
            while (p < n) {
                int e = p;
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
            if (count >= MIN_NUMBER_WORDS) {
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
                while (i < n && Character.isLetter(s.charAt(i))) {
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
