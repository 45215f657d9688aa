package com.replyguard.policy.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.bn.BengaliNormalizationFilter;
import org.apache.lucene.analysis.bn.BengaliStemFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * One language's chain: symbol mapping, Unicode tokenising, lower case, decimal digits, (optional) stop words,
 * per-language normalising and stemming, then (optional) domain synonyms folded onto one canonical term.
 */
final class LanguageAnalyzer extends Analyzer {
    private final Language language;
    private final NormalizeCharMap charMap;
    /**
     * Malay words the stemmer would fold onto another word of a different sense ("tersebut", the aforesaid, would
     * become "sebut", to mention: "tudung tersebut" read as asking the buyer to mention something in a review;
     * "penutup", a lid, would become "tutup", to close: "kami hantar penutup baharu" read as closing a case).
     */
    private static final CharArraySet MALAY_KEPT_WHOLE = CharArraySet.unmodifiableSet(new CharArraySet(
            java.util.List.of("percuma", "keluar", "masalah", "sekolah", "tersebut", "penutup", "penutupnya"), false));
    /**
     * Bengali nouns' case endings folded onto the bare noun's stem before the stemmer (bengali_nouns.txt), built on
     * the first Bengali text (a holder class: an English one-shot check never pays for it).
     */
    private static final class BengaliForms {
        static final StemmerOverrideFilter.StemmerOverrideMap MAP = BengaliNounForms.load();
    }

    /** Malay roots' affixed forms folded onto the root before the stemmer (malay_roots.txt), built on first use. */
    private static final class MalayForms {
        static final StemmerOverrideFilter.StemmerOverrideMap MAP = MalayVerbForms.load();
    }
    private final SynonymMap synonyms;
    private final CharArraySet stopWords;
    private final boolean flatten;

    LanguageAnalyzer(Language language, NormalizeCharMap charMap, SynonymMap synonyms, CharArraySet stopWords,
                     boolean flatten) {
        this.language = language;
        this.charMap = charMap;
        this.synonyms = synonyms;
        this.stopWords = stopWords;
        this.flatten = flatten;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return charMap == null ? reader : new MappingCharFilter(charMap, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new LowerCaseFilter(source);
        ts = new DecimalDigitFilter(ts);
        if (stopWords != null && !stopWords.isEmpty()) {
            // Before stemming, so the lists hold ordinary words.
            ts = new StopFilter(ts, stopWords);
        }
        switch (language) {
            case EN -> ts = new PorterStemFilter(new EnglishPossessiveFilter(ts));
            // the nouns' own endings first: the light stemmer would cut "ফিডব্যাকে" to "ফিডবা"
            case BN -> ts = new BengaliStemFilter(new StemmerOverrideFilter(
                    new BengaliNormalizationFilter(new IndicNormalizationFilter(ts)), BengaliForms.MAP));
            // "percuma" (free) would lose its per- and read as "cuma" (only, a turn in a sentence), "keluar" (out, as
            // in "daftar keluar", checkout) its ke- and read as "luar" (outside), "masalah" (a problem) its -lah and
            // read as "masa" (time, as in "bila ada masa"): kept whole
            // and the roots' affixed forms onto the root: the stemmer would read "memilih" as "ilih" but "pilih" as "pilih"
            case MS -> ts = new IndonesianStemFilter(new StemmerOverrideFilter(
                    new SetKeywordMarkerFilter(ts, MALAY_KEPT_WHOLE), MalayForms.MAP));
            case OTHER -> { }
        }
        if (synonyms != null) {
            // Tokens arrive lower-cased (LowerCaseFilter above), as the map's entries were built: no per-character
            // case folding while matching.
            ts = new SynonymGraphFilter(ts, synonyms, false);
            if (flatten) {
                ts = new FlattenGraphFilter(ts);
            }
        }
        return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new DecimalDigitFilter(new LowerCaseFilter(in));
    }
}
