package com.replyguard.policy.rules;

import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.Token;
import com.replyguard.policy.detect.Detector;
import com.replyguard.policy.detect.MessengerDetector;
import com.replyguard.policy.detect.Span;
import com.replyguard.policy.text.AnalysedText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules' view of one analysed draft (folded text, tokens, sentences) plus detector results cached by name. */
final class Draft {
    /** The name rules give the link detector ({@code detector: link}). */
    private static final String LINK = "link";

    final AnalysedText analysed;
    final String text;
    final Language language;
    final Token[] tokens;
    final String[] terms;
    final Set<String> termSet;
    /** {@link #termSet} as {@link PhrasePattern#termFilter}: the patterns' presearch skips most lookups with it. */
    final long[] termFilter;
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
        this.termFilter = PhrasePattern.termFilter(termSet);
        this.sentences = analysed.sentences();
        this.sentenceTokens = analysed.sentenceTokens();
    }

    long[] conceptMasks() {
        return analysed.conceptMasks();
    }

    List<Span> detect(String name, Detector detector) {
        List<Span> found = detected.get(name);
        if (found == null) {
            // the messenger detector looks for social links too: it gets the link rules' links (same detector, same
            // text, so the same spans) instead of parsing every host of the draft a second time
            found = detector instanceof MessengerDetector m ? m.find(text, detect(LINK, m.linkDetector()))
                    : detector.find(text);
            detected.put(name, found);
        }
        return found;
    }

    int sentenceAt(int offset) {
        return analysed.sentenceAt(offset);
    }

    static List<int[]> split(String text) {
        return AnalysedText.sentences(text);
    }
}
