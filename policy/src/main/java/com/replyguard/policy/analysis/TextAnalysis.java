package com.replyguard.policy.analysis;

import com.replyguard.policy.concepts.Concepts;
import com.replyguard.policy.text.AnalysedText;
import com.replyguard.policy.text.BuyerQuotes;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
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
 * <p>Usage: build once per process and share it; each language's chains are built on first use (a few tens of
 * milliseconds each, most of it parsing the synonym files).
 * Thread safety: immutable; Lucene analyzers reuse their components per thread, so every method may be called
 * from several threads at once.
 */
public final class TextAnalysis {
    private static final List<String> SYNONYM_FILES = List.of("synonyms_en.txt", "synonyms_ms.txt", "synonyms_bn.txt");

    /** Each language's two chains, by ordinal, built on first use: a one-shot check needs only its draft's language. */
    private final AtomicReferenceArray<Chains> chains = new AtomicReferenceArray<>(Language.values().length);
    private final NormalizeCharMap charMap;
    private final LanguageDetector detector = new LanguageDetector();
    private final BuyerQuotes buyerQuotes = new BuyerQuotes();
    private final Concepts concepts;
    private final Folding folding = new Folding();

    /** A language's search chain (stop words removed) and matching chain (stop words kept), sharing one synonym map. */
    private record Chains(Analyzer search, Analyzer matching) {
    }

    /** The build's precomputed phrase terms ({@link KnownTerms}); none while recording them. */
    private final KnownTerms known;
    /** The build's synonym maps ({@link SynonymMaps}); none while recording terms (the build makes them from the files). */
    private final SynonymMaps synonymMaps;
    /** Every phrase {@link #terms} analysed, per language, when this object records them for the build; else null. */
    private final Map<Language, Map<String, List<String>>> recorded;

    public TextAnalysis() {
        this(false);
    }

    private TextAnalysis(boolean record) {
        this.recorded = record ? new java.util.concurrent.ConcurrentHashMap<>() : null;
        this.known = record ? KnownTerms.NONE : KnownTerms.load();
        com.replyguard.policy.StartupTrace.mark("analysis: phrase terms read");
        this.synonymMaps = record ? SynonymMaps.NONE : SynonymMaps.load();
        com.replyguard.policy.StartupTrace.mark("analysis: synonym maps read");
        this.charMap = loadCharMap();
        com.replyguard.policy.StartupTrace.mark("analysis: char map built");
        this.concepts = new Concepts(this);
        com.replyguard.policy.StartupTrace.mark("analysis: char map, concepts");
    }

    /**
     * For the build: an analysis that looks no phrase up and records what {@link #terms} returns; compile the rules
     * and lexicons with it, then {@link #writeKnownTerms} writes the terms start-up looks up.
     */
    public static TextAnalysis recordingTerms() {
        return new TextAnalysis(true);
    }

    /** Writes the phrases a {@link #recordingTerms} analysis has analysed and their terms to {@code out}. */
    public void writeKnownTerms(java.nio.file.Path out) throws IOException {
        if (recorded == null) {
            throw new IllegalStateException("this analysis does not record terms");
        }
        KnownTerms.write(recorded, out);
    }

    /**
     * For the build: writes every language's synonym map, built from the synonym files, to {@code out}
     * ({@link SynonymMaps}), so start-up reads the maps instead of parsing the files through each chain.
     */
    public static void writeSynonymMaps(java.nio.file.Path out) throws IOException {
        NormalizeCharMap charMap = loadCharMap();
        Map<Language, SynonymMap> maps = new java.util.EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            maps.put(language, synonymsFromFiles(language, charMap));
        }
        SynonymMaps.write(maps, out);
    }

    /** Where {@link #writeSynonymMaps} output is read from: this class's folder on the classpath. */
    public static String synonymMapsResource() {
        return TextAnalysis.class.getPackageName().replace('.', '/') + "/" + SynonymMaps.RESOURCE;
    }

    /** {@code language}'s synonym map as the synonym files give it through the language's chain (no synonyms). */
    static SynonymMap synonymsFromFiles(Language language, NormalizeCharMap charMap) {
        return loadSynonyms(new LanguageAnalyzer(language, charMap, null, null, false));
    }

    /** The char map, read from {@code charmap.txt}. */
    static NormalizeCharMap charMapFromFile() {
        return loadCharMap();
    }

    /** Where {@link #writeKnownTerms} output is read from: this class's folder on the classpath. */
    public static String knownTermsResource() {
        return TextAnalysis.class.getPackageName().replace('.', '/') + "/" + KnownTerms.RESOURCE;
    }

    /**
     * The chains of {@code language}, built the first time it is asked for. Parsing the synonym files through a
     * language's chain is most of the set-up cost, so a process only pays for the languages its texts are in; the
     * chains are a pure function of the resource files, so building them late changes no result. The synonym map
     * comes from the build ({@link SynonymMaps}: the same map, read instead of parsed) when it matches the files.
     * When two threads race, one set is kept and the other closed.
     */
    private Chains chains(Language language) {
        Chains c = chains.get(language.ordinal());
        if (c != null) {
            return c;
        }
        SynonymMap synonyms = synonymMaps.get(language);
        if (synonyms == null) {
            synonyms = synonymsFromFiles(language, charMap);
        }
        Chains built = new Chains(new LanguageAnalyzer(language, charMap, synonyms, stopWords(language), true),
                new LanguageAnalyzer(language, charMap, synonyms, null, false));
        if (chains.compareAndSet(language.ordinal(), null, built)) {
            com.replyguard.policy.StartupTrace.mark("analysis: chains of " + language);
            return built;
        }
        built.search().close();
        built.matching().close();
        return chains.get(language.ordinal());
    }

    /** Folds, detects, tokenises and splits {@code text} once, for every reader of it. */
    public AnalysedText analyse(String text) {
        FoldedText folded = withoutBuyerQuotes(folding.fold(text));
        return new AnalysedText(this, folded, detector.detectWithScript(folded.text()));
    }

    /** Analyses {@code text} as {@code detection} says (a fixed draft keeps its original's language). */
    public AnalysedText analyse(String text, Detection detection) {
        return new AnalysedText(this, withoutBuyerQuotes(folding.fold(text)), detection);
    }

    /** The folded text with the buyer's own words quoted back blanked ({@link BuyerQuotes}); offsets unchanged. */
    private FoldedText withoutBuyerQuotes(FoldedText folded) {
        String blanked = buyerQuotes.blank(folded.text());
        return blanked == folded.text() ? folded
                : new FoldedText(folded.original(), blanked, folded.starts(), folded.ends());
    }

    /** The concept lexicons, analysed with this object's matching chains. */
    public Concepts concepts() {
        return concepts;
    }

    /** The analyzer for indexing and querying a language's text (tokenising, normalising, stemming, stop words, synonyms). */
    public Analyzer analyzer(Language language) {
        return chains(language).search();
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
        try (TokenStream ts = chains(language).matching().tokenStream("text", text)) {
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

    /**
     * The matching terms of a short phrase (used to compile rule patterns and concept lexicons the same way drafts
     * are analysed); the built-in ones come from the build's precomputed table ({@link KnownTerms}) when it matches
     * this build's word lists and chains.
     */
    public List<String> terms(String phrase, Language language) {
        List<String> terms = known.get(language, phrase);
        if (terms != null) {
            return terms;
        }
        terms = tokens(phrase, language).stream().map(Token::term).toList();
        if (recorded != null && phrase != null) {
            recorded.computeIfAbsent(language, l -> new java.util.concurrent.ConcurrentHashMap<>()).put(phrase, terms);
        }
        return terms;
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
