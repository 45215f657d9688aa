package com.replyguard.knowledge.index;

import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.TextAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/**
 * Picks the shared analyzer of a text field's language from its name suffix ({@code body_bn} uses Bengali), so the
 * index and the checker analyse a language the same way.
 */
final class LanguageFieldAnalyzer extends DelegatingAnalyzerWrapper {
    private final TextAnalysis analysis;

    LanguageFieldAnalyzer(TextAnalysis analysis) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.analysis = analysis;
    }

    static String field(String base, Language language) {
        return base + "_" + language.code();
    }

    static Language languageOf(String field) {
        int cut = field.lastIndexOf('_');
        if (cut < 0) {
            return Language.OTHER;
        }
        try {
            return Language.parse(field.substring(cut + 1));
        } catch (IllegalArgumentException ex) {
            return Language.OTHER;
        }
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return analysis.analyzer(languageOf(fieldName));
    }
}
