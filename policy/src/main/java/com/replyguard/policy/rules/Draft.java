package com.replyguard.policy.rules;

import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.analysis.Token;
import com.replyguard.policy.detect.Detector;
import com.replyguard.policy.detect.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One draft analysed once for all rules of a check: tokens, sentences, and detector results cached by detector name. */
final class Draft {
    final String text;
    final Language language;
    final Token[] tokens;
    final String[] terms;
    final java.util.Set<String> termSet;
    /** Sentence character ranges {start, end} (trimmed) and their token ranges {from, to}. */
    final List<int[]> sentences;
    final List<int[]> sentenceTokens;
    private final Map<String, List<Span>> detected = new HashMap<>();
    private final TextAnalysis analysis;
    private long[] conceptMasks;

    Draft(String text, Language language, TextAnalysis analysis) {
        this.text = text;
        this.language = language;
        this.analysis = analysis;
        List<Token> list = analysis.tokens(text, language);
        this.tokens = list.toArray(Token[]::new);
        this.terms = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            terms[i] = tokens[i].term();
        }
        this.termSet = new java.util.HashSet<>(java.util.Arrays.asList(terms));
        this.sentences = split(text);
        this.sentenceTokens = new ArrayList<>(sentences.size());
        int t = 0;
        for (int[] s : sentences) {
            while (t < tokens.length && tokens[t].start() < s[0]) {
                t++;
            }
            int from = t;
            while (t < tokens.length && tokens[t].start() < s[1]) {
                t++;
            }
            sentenceTokens.add(new int[] {from, t});
        }
    }

    /** Each sentence's concepts (bits of {@link com.replyguard.policy.concepts.Concepts}), computed once per draft. */
    long[] conceptMasks() {
        if (conceptMasks == null) {
            conceptMasks = analysis.concepts().sentenceMasks(text, terms, sentenceTokens, sentences, language);
        }
        return conceptMasks;
    }

    List<Span> detect(String name, Detector detector) {
        return detected.computeIfAbsent(name, k -> detector.find(text));
    }

    /** The index of the sentence containing character {@code offset}, or -1. */
    int sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] s = sentences.get(mid);
            if (offset < s[0]) {
                hi = mid - 1;
            } else if (offset >= s[1]) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /**
     * Sentence (or clause) ranges: a break after . ! ? ; and the Bengali dari when followed by white space or the
     * end, and at every line break. Dots inside addresses and numbers ("shop.com", "2.5") do not break.
     */
    static List<int[]> split(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean cut;
            if (c == '\n' || c == '\r' || c == '\u0964' || c == '\u3002') {
                cut = true;
            } else if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\uff01' || c == '\uff1f') {
                cut = i + 1 == n || Character.isWhitespace(text.charAt(i + 1));
            } else {
                cut = false;
            }
            if (cut) {
                add(out, text, start, i + 1);
                start = i + 1;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static void add(List<int[]> out, String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new int[] {s, e});
        }
    }
}
