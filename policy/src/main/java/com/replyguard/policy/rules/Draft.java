package com.replyguard.policy.rules;

import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.Token;
import com.replyguard.policy.detect.Detector;
import com.replyguard.policy.detect.Span;
import com.replyguard.policy.text.AnalysedText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules' view of one analysed draft (folded text, tokens, sentences) plus detector results cached by name. */
final class Draft {
    final AnalysedText analysed;
    final String text;
    final Language language;
    final Token[] tokens;
    final String[] terms;
    final Set<String> termSet;
    final List<int[]> sentences;
    final List<int[]> sentenceTokens;
    private final Map<String, List<Span>> detected = new HashMap<>();

    Draft(AnalysedText analysed) {
        this.analysed = analysed;
        this.text = analysed.text();
        this.language = analysed.analysisLanguage();
        this.tokens = analysed.tokens();
        this.terms = analysed.terms();
        this.termSet = analysed.termSet();
        this.sentences = analysed.sentences();
        this.sentenceTokens = analysed.sentenceTokens();
    }

    long[] conceptMasks() {
        return analysed.conceptMasks();
    }

    List<Span> detect(String name, Detector detector) {
        return detected.computeIfAbsent(name, k -> detector.find(text));
    }

    int sentenceAt(int offset) {
        return analysed.sentenceAt(offset);
    }

    static List<int[]> split(String text) {
        return AnalysedText.sentences(text);
    }
}
