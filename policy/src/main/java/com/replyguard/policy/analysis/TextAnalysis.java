package com.replyguard.policy.analysis;

import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The one place where text analysis is set up, shared by the compliance checker and the knowledge base.
 *
 * <p>Thread safety: immutable; Lucene analyzers are safe to use from several threads.
 */
public final class TextAnalysis {
    private final Map<Language, Analyzer> analyzers = new EnumMap<>(Language.class);
    private final LanguageDetector detector = new LanguageDetector();

    public TextAnalysis() {
        analyzers.put(Language.EN, new EnglishAnalyzer());
        analyzers.put(Language.BN, new BengaliAnalyzer());
        analyzers.put(Language.MS, new IndonesianAnalyzer());
        analyzers.put(Language.OTHER, new StandardAnalyzer());
    }

    /** The analyzer for a language's text (tokenising, normalising, stemming, stop words). */
    public Analyzer analyzer(Language language) {
        return analyzers.get(language);
    }

    public LanguageDetector detector() {
        return detector;
    }
}
