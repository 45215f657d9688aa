package com.replyguard.policy.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The folding step for phone numbers spelled out in words ({@code six oh one two …}, also Malay and Bengali number
 * words, and "hundred"): a run of at least {@value #MIN_NUMBER_WORDS} of them becomes digits, mapped back to the
 * words they came from. The words are in {@code number_words.txt}. Thread safety: immutable.
 */
final class SpelledNumbers {
    private static final int MIN_NUMBER_WORDS = 7;
    /** Digits alone are left as they are: a run is rewritten only when at least this many digits are words. */
    private static final int MIN_SPELLED = 2;
    /** Number words that are also common words: they may continue a run, never start one. */
    private static final Set<String> AMBIGUOUS = Set.of("at", "char", "oh", "o", "tin", "sat", "soy", "nay", "ek", "pac", "to");

    private final Map<String, Character> numberWords = loadNumberWords();
    /**
     * The length and first letters of every word a run reads (a number word, "plus", "double", "hundred"...): any
     * other word ends the run at once, without being cut out and lower-cased just to be looked up (this step reads
     * every word of every draft).
     */
    private final RunWordStarts runWordStarts = new RunWordStarts(runWords(numberWords.keySet()));

    /** Words a run takes besides number words: a hundred after a digit, a leading plus, a doubled or tripled digit. */
    private static final Set<String> HUNDRED = Set.of("hundred", "ratus");
    private static final Set<String> PLUS = Set.of("plus", "tambah");
    private static final Set<String> REPEAT = Set.of("double", "triple");

    private static java.util.List<String> runWords(Set<String> numberWords) {
        java.util.List<String> all = new java.util.ArrayList<>(numberWords);
        all.addAll(HUNDRED);
        all.addAll(PLUS);
        all.addAll(REPEAT);
        return all;
    }

    /** A run of at least {@value #MIN_NUMBER_WORDS} number words becomes digits. Null when none. */
    FoldBuilder apply(FoldBuilder in) {
        CharSequence s = in.sb;
        int n = s.length();
        FoldBuilder out = null;
        int copied = 0;
        int i = 0;
        StringBuilder digits = new StringBuilder();
        while (i < n) {
            if (!Character.isLetterOrDigit(s.charAt(i)) || (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1)))) {
                i++;
                continue;
            }
            int runStart = i;
            int count = 0;
            int words = 0;
            int repeat = 1; // "double oh" = 00, "triple five" = 555
            int p = i;
            int lastEnd = i;
            boolean plus = false;
            digits.setLength(0);
            while (p < n) {
                int e = p;
                while (e < n && isAsciiDigit(s.charAt(e))) {
                    e++; // digits mixed with number words: "347 two two one 0 nine 8 8"
                }
                int te = tokenEnd(s, p);
                if (mixesDigitsAndLetters(s, p, te)) {
                    // "0one2", "55five", "seven7", "01l": digits glued to number words; "3rd", "2pcs" stay as they are
                    Glued glued = decompose(s.subSequence(p, te).toString().toLowerCase(Locale.ROOT));
                    if (glued == null) {
                        break;
                    }
                    digits.append(glued.digits());
                    count += glued.digits().length();
                    words += glued.spelled();
                    lastEnd = te;
                    int q = separatorsEnd(s, te);
                    if (q == te) {
                        break;
                    }
                    p = q;
                    continue;
                }
                if (e > p) {
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
                if (!runWordStarts.possible(s, p, e)) {
                    break; // as below: neither a number word nor one of the words a run takes
                }
                String w = s.subSequence(p, e).toString().toLowerCase(Locale.ROOT);
                Character d = numberWords.get(w);
                if (count == 0 && !plus && repeat == 1 && AMBIGUOUS.contains(w) && !hyphenedToNumber(s, e)) {
                    break; // "text me at 0one2…": "at" (Bengali eight) does not start a number
                }
                if (d == null && count > 0 && HUNDRED.contains(w)) {
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
                if (d == null && count == 0 && !plus && PLUS.contains(w)) {
                    plus = true;
                } else if (d == null && repeat == 1 && REPEAT.contains(w)) {
                    repeat = w.equals("double") ? 2 : 3;
                    words++;
                } else if (d != null) {
                    for (int r = 0; r < repeat; r++) {
                        digits.append(d.charValue());
                    }
                    count += repeat;
                    words++;
                    repeat = 1;
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

    private static boolean mixesDigitsAndLetters(CharSequence s, int from, int to) {
        boolean digit = false;
        boolean letter = false;
        for (int k = from; k < to; k++) {
            digit |= isAsciiDigit(s.charAt(k));
            letter |= Character.isLetter(s.charAt(k));
        }
        return digit && letter;
    }

    private static int tokenEnd(CharSequence s, int from) {
        int e = from;
        while (e < s.length() && (Character.isLetterOrDigit(s.charAt(e)) || isMark(s.charAt(e)))) {
            e++;
        }
        return e;
    }

    /** The digits of a glued token and how many of them were written as letters. */
    private record Glued(String digits, int spelled) {
    }

    /**
     * A token of digits glued to number words ("0one2", "55five", "seven7"), or to a letter standing for a digit
     * between digits ("01l9": l and i for one, o for zero). Null when any part of the token is something else.
     */
    private Glued decompose(String token) {
        StringBuilder out = new StringBuilder();
        int spelled = 0;
        int i = 0;
        while (i < token.length()) {
            char c = token.charAt(i);
            if (isAsciiDigit(c)) {
                out.append(c);
                i++;
                continue;
            }
            int best = -1;
            for (int e = token.length(); e > i + 1; e--) {
                if (numberWords.containsKey(token.substring(i, e))) {
                    best = e;
                    break;
                }
            }
            if (best > 0) {
                out.append(numberWords.get(token.substring(i, best)).charValue());
                spelled++;
                i = best;
            } else if ((c == 'l' || c == 'i' || c == 'o') && out.length() > 0) {
                out.append(c == 'o' ? '0' : '1');
                spelled++;
                i++;
            } else {
                return null;
            }
        }
        return spelled == 0 ? null : new Glued(out.toString(), spelled);
    }

    /**
     * Whether a hyphen joins the word ending at {@code end} to a number word ("oh-seven-seven…"): a word that is also
     * a common word may start a number then, since nobody writes "oh-seven" but a number.
     */
    private boolean hyphenedToNumber(CharSequence s, int end) {
        if (end >= s.length() || s.charAt(end) != '-') {
            return false;
        }
        int p = end + 1;
        int e = p;
        while (e < s.length() && Character.isLetter(s.charAt(e))) {
            e++;
        }
        return e > p && numberWords.containsKey(s.subSequence(p, e).toString().toLowerCase(Locale.ROOT));
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
