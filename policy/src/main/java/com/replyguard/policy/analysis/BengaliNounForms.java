package com.replyguard.policy.analysis;

import com.replyguard.policy.text.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringReader;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.bn.BengaliNormalizationFilter;
import org.apache.lucene.analysis.bn.BengaliStemFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The case endings and classifiers of the nouns in {@code bengali_nouns.txt}, folded onto the stem of the bare noun:
 * a {@link StemmerOverrideFilter} map, used before Lucene's light Bengali stemmer, which cuts some of these forms short
 * ("ফিডব্যাকে" -> "ফিডবা", "পার্সেলে" -> "পার্সে"). Keys and values are normalised the way the chain normalises tokens.
 */
final class BengaliNounForms {
    /** Locative, genitive, objective, classifier and plural endings, and their combinations. */
    private static final String[] ENDINGS = {
        "ে", "এ", "য়ে", "র", "ের", "য়ের", "তে", "কে", "টা", "টি", "টার", "টির", "টাকে", "টিকে", "টাতে", "টিতে",
        "টাও", "টিও", "টায়", "গুলো", "গুলি", "গুলোর", "গুলির", "গুলোতে", "গুলোকে", "ও", "েও", "য়েও", "রও"
    };

    private BengaliNounForms() {
    }

    /** The override map: every ending of every listed noun -> the stem of the bare noun. */
    static StemmerOverrideFilter.StemmerOverrideMap load() {
        StemmerOverrideFilter.Builder b = new StemmerOverrideFilter.Builder(false);
        for (String line : Resources.lines(BengaliNounForms.class, "bengali_nouns.txt")) {
            // "বদলি !": the noun kept whole, since its stem is another word's ("বদলি", a replacement, would meet
            // "বদলে", to change)
            boolean whole = line.strip().endsWith("!");
            String bare = whole ? line.strip().substring(0, line.strip().length() - 1).strip() : line.strip();
            String noun = normalise(bare);
            if (noun.isEmpty()) {
                continue;
            }
            String stem = whole ? noun : stem(noun);
            for (String ending : ENDINGS) {
                b.add(normalise(bare + ending), stem);
            }
            b.add(noun, stem);
        }
        try {
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String normalise(String word) {
        return run(word, false);
    }

    private static String stem(String normalised) {
        return run(normalised, true);
    }

    /** The word through the chain's own Bengali filters (normalising, and stemming when asked). */
    private static String run(String word, boolean stem) {
        KeywordTokenizer source = new KeywordTokenizer();
        source.setReader(new StringReader(word));
        TokenStream ts = new BengaliNormalizationFilter(new IndicNormalizationFilter(source));
        if (stem) {
            ts = new BengaliStemFilter(ts);
        }
        try (TokenStream t = ts) {
            CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
            t.reset();
            String out = t.incrementToken() ? term.toString() : word;
            t.end();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
