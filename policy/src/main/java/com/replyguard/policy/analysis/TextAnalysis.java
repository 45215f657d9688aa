package com.replyguard.policy.analysis;

import com.replyguard.policy.concepts.Concepts;
import com.replyguard.policy.text.AnalysedText;
import com.replyguard.policy.text.FoldedText;
import com.replyguard.policy.text.Folding;
import com.replyguard.policy.text.Resources;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The one place where text analysis is set up, shared by the compliance checker and the knowledge base.
 *
 * <p>Per language (English, Bengali, Malay, other) there are two chains built from the same parts: {@link #analyzer}
 * for indexing and searching (stop words removed, domain synonyms folded onto one term, e.g. "money back",
 * "bayaran balik" and "টাকা ফেরত" all become {@code refund}) and the matching chain behind {@link #tokens}, which keeps
 * stop words because compliance patterns need "if", "and", "not". Word lists live in resource files next to this
 * class: {@code synonyms_*.txt} (Solr format, first term canonical), {@code stopwords_*.txt}, {@code charmap.txt}.
 *
 * <p>Usage: build once per process (loading takes a few milliseconds) and share it.
 * Thread safety: immutable; Lucene analyzers reuse their components per thread, so every method may be called
 * from several threads at once.
 */
public final class TextAnalysis {
    private static final List<String> SYNONYM_FILES = List.of("synonyms_en.txt", "synonyms_ms.txt", "synonyms_bn.txt");

    private final Map<Language, Analyzer> search = new EnumMap<>(Language.class);
    private final Map<Language, Analyzer> matching = new EnumMap<>(Language.class);
    private final LanguageDetector detector = new LanguageDetector();
    private final Concepts concepts;
    private final Folding folding = new Folding();

    public TextAnalysis() {
        NormalizeCharMap charMap = loadCharMap();
        // Each language's synonym map is parsed through its own chain: most of this constructor's time, and what a
        // one-shot command waits for, so the languages are built in parallel (the calling thread takes part).
        List<SynonymMap> maps = java.util.Arrays.stream(Language.values()).parallel()
                .map(language -> loadSynonyms(new LanguageAnalyzer(language, charMap, null, null, false))).toList();
        for (Language language : Language.values()) {
            SynonymMap synonyms = maps.get(language.ordinal());
            CharArraySet stop = stopWords(language);
            search.put(language, new LanguageAnalyzer(language, charMap, synonyms, stop, true));
            matching.put(language, new LanguageAnalyzer(language, charMap, synonyms, null, false));
        }
        this.concepts = new Concepts(this);
    }

    /** Folds, detects, tokenises and splits {@code text} once, for every reader of it. */
    public AnalysedText analyse(String text) {
        FoldedText folded = folding.fold(text);
        return new AnalysedText(this, folded, detector.detectWithScript(folded.text()));
    }

    /** Analyses {@code text} as {@code detection} says (a fixed draft keeps its original's language). */
    public AnalysedText analyse(String text, Detection detection) {
        return new AnalysedText(this, folding.fold(text), detection);
    }

    /** The concept lexicons, analysed with this object's matching chains. */
    public Concepts concepts() {
        return concepts;
    }

    /** The analyzer for indexing and querying a language's text (tokenising, normalising, stemming, stop words, synonyms). */
    public Analyzer analyzer(Language language) {
        return search.get(language);
    }

    /** The language detector the checker uses. */
    public LanguageDetector detector() {
        return detector;
    }

    /**
     * The matching tokens of {@code text} (stemmed, synonyms folded, stop words kept) with offsets into {@code text}.
     * Never throws on odd input; {@code null} gives no tokens.
     */
    public List<Token> tokens(String text, Language language) {
        List<Token> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        try (TokenStream ts = matching.get(language).tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() == 0) {
                    continue;
                }
                int start = Math.min(offset.startOffset(), text.length());
                int end = Math.max(start, Math.min(offset.endOffset(), text.length()));
                if (end == start) {
                    // A symbol the char map expanded ("%" -> "percent") can come back zero-width: cover the symbol.
                    if (start == text.length()) {
                        start = Math.max(0, start - 1);
                    }
                    end = Math.min(text.length(), start + 1);
                }
                if (end > start) {
                    out.add(new Token(term.toString(), start, end));
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string failed", e);
        }
        return out;
    }

    /** The matching terms of a short phrase (used to compile rule patterns the same way drafts are analysed). */
    public List<String> terms(String phrase, Language language) {
        return tokens(phrase, language).stream().map(Token::term).toList();
    }

    private static CharArraySet stopWords(Language language) {
        CharArraySet set = new CharArraySet(256, true);
        switch (language) {
            case EN -> set.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            case BN -> {
                set.addAll(BengaliAnalyzer.getDefaultStopSet());
                set.addAll(readWords("stopwords_bn.txt"));
            }
            case MS -> {
                set.addAll(IndonesianAnalyzer.getDefaultStopSet());
                set.addAll(readWords("stopwords_ms.txt"));
            }
            case OTHER -> { }
        }
        return set;
    }

    /** Non-blank, non-comment lines of a resource file next to this class. */
    static List<String> readWords(String file) {
        return Resources.lines(TextAnalysis.class, file);
    }

    private static SynonymMap loadSynonyms(Analyzer base) {
        try {
            SolrSynonymParser parser = new SolrSynonymParser(true, false, base);
            for (String file : SYNONYM_FILES) {
                try (Reader r = reader(file)) {
                    parser.parse(r);
                }
            }
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the synonym files", e);
        } catch (ParseException e) {
            throw new IllegalStateException("a synonym file is malformed: " + e.getMessage(), e);
        }
    }

    private static NormalizeCharMap loadCharMap() {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        for (String line : readWords("charmap.txt")) {
            int arrow = line.indexOf("=>");
            if (arrow < 0) {
                throw new IllegalStateException("charmap.txt: expected 'from => to' in: " + line);
            }
            b.add(unquote(line.substring(0, arrow).trim()), unquote(line.substring(arrow + 2).trim()));
        }
        return b.build();
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }


    private static Reader reader(String file) {
        InputStream in = TextAnalysis.class.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("missing analysis resource " + file);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
