package com.replyguard.policy.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Character classes and word lists shared by the detectors. */
final class Chars {
    private static final String SENTENCE_ENDS = ".!?\n\u0964";

    private Chars() {
    }

    /** Letters, digits and combining marks (Bengali vowel signs are marks, not letters). */
    static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    static boolean isLabelChar(char c) {
        return isWordChar(c) || c == '-' || c == '_';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0';
    }

    /** The first characters of {@code words}, for {@link #mayStart}. */
    static String firsts(String... words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            b.append(w.charAt(0));
        }
        return b.toString();
    }

    /**
     * Whether {@link #regionIs} could match one of the words whose {@link #firsts} are {@code firsts} at a character
     * {@code c}: its own first-character test, once for a whole list (the detectors try their lists at every position).
     */
    static boolean mayStart(char c, String firsts) {
        return firsts.indexOf(c) >= 0 || c >= 'A' && c <= 'Z' && firsts.indexOf(c + 32) >= 0;
    }

    /** Whether {@code word} (lower case) occurs at {@code at}, ignoring case; a cheap first-letter test comes first. */
    static boolean regionIs(String text, int at, String word) {
        if (at < 0 || at + word.length() > text.length()) {
            return false;
        }
        char c = text.charAt(at);
        char first = word.charAt(0);
        // Called at nearly every position of a text: an ASCII upper-case letter is the only other way to match.
        if (c != first && (c < 'A' || c > 'Z' || c + 32 != first)) {
            return false;
        }
        return text.regionMatches(true, at, word, 0, word.length());
    }

    /**
     * The sentence around the span {@code from}-{@code to}: from the character after the last sentence end (a dot,
     * question or exclamation mark, line break or Bengali daṛi) before it to the first one after it.
     */
    static int[] sentenceAround(String text, int from, int to) {
        int start = from;
        while (start > 0 && SENTENCE_ENDS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = to;
        while (end < text.length() && SENTENCE_ENDS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return new int[] {start, end};
    }

    /** Whether {@code word} occurs at {@code at} as a whole word. */
    static boolean wordAt(String text, int at, String word) {
        if (!regionIs(text, at, word)) {
            return false;
        }
        int end = at + word.length();
        return (at == 0 || !isWordChar(text.charAt(at - 1))) && (end == text.length() || !isWordChar(text.charAt(end)));
    }

    static Set<String> words(String resource) {
        Set<String> out = new HashSet<>();
        InputStream in = Chars.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing detector resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return out;
    }

    /** Two words per line, "spelled meaning", read with {@link #words(String)}'s rules. */
    static Map<String, String> pairs(String resource) {
        Map<String, String> out = new HashMap<>();
        for (String line : words(resource)) {
            String[] two = line.split("\\s+");
            if (two.length != 2) {
                throw new IllegalStateException(resource + ": expected two words in '" + line + "'");
            }
            out.put(two[0], two[1]);
        }
        return Map.copyOf(out);
    }

    /**
     * The spans {@code {start, end}} of {@code text}'s words: runs of word characters, an apostrophe inside a word kept
     * ("don't", "store's") and a quoting one left out ("'refund agent'"). Shared by the messenger detector and
     * {@link Impostors}.
     */
    static List<int[]> wordSpans(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && (isWordChar(text.charAt(j))
                    || ((text.charAt(j) == '\'' || text.charAt(j) == '\u2019') && j + 1 < text.length()
                    && isWordChar(text.charAt(j + 1))))) {
                j++;
            }
            out.add(new int[] {i, j});
            i = j;
        }
        return out;
    }

    /** The text of up to {@code count} words before {@code start} (at most 48 characters back), lower-cased. */
    static String wordsBefore(String text, int start, int count) {
        int words = 0;
        int i = start;
        int limit = Math.max(0, start - 48);
        while (i > limit && words < count) {
            i--;
            if (Chars.isWordChar(text.charAt(i)) && (i == 0 || !Chars.isWordChar(text.charAt(i - 1)))) {
                words++;
            }
        }
        return text.substring(i, start).toLowerCase(Locale.ROOT);
    }

    /** Whether one of the words in {@code before} is in {@code words} ("#" counts as "order" when that is one). */
    static boolean containsAny(String before, Set<String> words) {
        int i = 0;
        while (i < before.length()) {
            if (!Chars.isWordChar(before.charAt(i)) && before.charAt(i) != '\'' && before.charAt(i) != '#') {
                i++;
                continue;
            }
            int j = i;
            while (j < before.length() && (Chars.isWordChar(before.charAt(j)) || before.charAt(j) == '\'')) {
                j++;
            }
            if (j == i) {
                j = i + 1;
            }
            String w = before.substring(i, j);
            if (words.contains(w) || (w.equals("#") && words.contains("order"))) {
                return true;
            }
            i = j;
        }
        return false;
    }
}
