package com.replyguard.policy.text;

import com.replyguard.policy.analysis.Detection;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.analysis.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One message analysed once for everything that reads it (rules, detectors, the learned model): the folded text
 * with its offset map back to the original, the language and script, the sentences, the matching tokens and each
 * sentence's concepts. Token and sentence offsets are into {@link #text()} (the folded text); map them back with
 * {@link #folded()}.
 *
 * <p>Usage: {@code AnalysedText a = analysis.analyse(text)}. Thread safety: not shared between threads (the concept
 * masks are computed lazily, once).
 */
public final class AnalysedText {
    private final TextAnalysis analysis;
    private final FoldedText folded;
    private final Detection detection;
    private final Token[] tokens;
    private final String[] terms;
    private final Set<String> termSet;
    private final List<int[]> sentences;
    private final List<int[]> sentenceTokens;
    private long[] conceptMasks;
    private int[] judgedFrom;

    public AnalysedText(TextAnalysis analysis, FoldedText folded, Detection detection) {
        this.analysis = analysis;
        this.folded = folded;
        this.detection = detection;
        String text = folded.text();
        List<Token> list = analysis.tokens(text, detection.analysisLanguage());
        this.tokens = list.toArray(Token[]::new);
        this.terms = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            terms[i] = tokens[i].term();
        }
        this.termSet = new HashSet<>(Arrays.asList(terms));
        this.sentences = sentences(text);
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

    public FoldedText folded() {
        return folded;
    }

    /** The folded text every offset here points into. */
    public String text() {
        return folded.text();
    }

    public String original() {
        return folded.original();
    }

    public Detection detection() {
        return detection;
    }

    /** The language whose analysis chain produced the tokens. */
    public Language analysisLanguage() {
        return detection.analysisLanguage();
    }

    public Token[] tokens() {
        return tokens;
    }

    public String[] terms() {
        return terms;
    }

    public Set<String> termSet() {
        return termSet;
    }

    /** Sentence character ranges {start, end} in {@link #text()}. */
    public List<int[]> sentences() {
        return sentences;
    }

    /** Each sentence's token range {from, to}. */
    public List<int[]> sentenceTokens() {
        return sentenceTokens;
    }

    /** Each sentence's concepts, bits of {@link com.replyguard.policy.concepts.Concepts}. */
    public long[] conceptMasks() {
        if (conceptMasks == null) {
            int[] from = new int[sentenceTokens.size()];
            long[] masks = analysis.concepts().sentenceMasks(text(), terms, pauses(), sentenceTokens, sentences,
                    analysisLanguage(), detection.romanized(), from);
            judgedFrom = from;
            conceptMasks = masks;
        }
        return conceptMasks;
    }

    /** Whether a comma or semicolon stands between each token and the one before it (none before the first). */
    private boolean[] pauses() {
        String text = text();
        boolean[] out = new boolean[tokens.length];
        for (int k = 1; k < tokens.length; k++) {
            for (int i = tokens[k - 1].end(); i < tokens[k].start() && !out[k]; i++) {
                char c = text.charAt(i);
                out[k] = c == ',' || c == ';' || c == '\u060C' || c == '\uFF0C';
            }
        }
        return out;
    }

    /**
     * The token where sentence {@code sentence}'s judged part starts: its first token, or the "but" after which a
     * refusal turns to something new (the refused clause before it counts for nothing).
     */
    public int judgedFrom(int sentence) {
        conceptMasks();
        return judgedFrom[sentence];
    }

    /** The bit of the REFUSAL concept (statements of what the seller will not do), or -1. */
    public int refusalBit() {
        return analysis.concepts().index("REFUSAL");
    }

    /** The index of the sentence containing folded offset {@code offset}, or -1. */
    public int sentenceAt(int offset) {
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
    public static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean cut;
            if (c == '\n' || c == '\r' || c == '\u0964' || c == '\u3002') {
                cut = true;
            } else if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\uff01' || c == '\uff1f') {
                cut = (i + 1 == n || Character.isWhitespace(text.charAt(i + 1))) && !(c == '.' && abbreviation(text, i));
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

    /** Titles whose dot ends no sentence ("Dear Mr. Okafor", "Pn. Siti", "Md. Rahim"), in English and Malay letters. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "mx", "dr", "prof", "sr", "jr", "st", "messrs",
            "mdm", "en", "pn", "tn", "cik", "md", "mohd", "sdn", "hj", "hjh", "dato", "capt", "rev", "fr");
    /** Words whose dot ends no sentence when a number follows ("order no. 4471", "ref. 22"). */
    private static final Set<String> BEFORE_NUMBER = Set.of("no", "nos", "ref", "tel", "approx", "vol", "p", "pp",
            "apt", "unit", "blk", "lot", "jln");

    /**
     * Whether the dot at {@code dot} closes an abbreviation rather than a sentence: a title before a name ("Mr.",
     * "Pn."), or "no."/"ref." before a number. The next word must follow on the same line and, after a title, start
     * with a capital letter (a name), so "Thank you, Mr. Smith." still ends at its last dot.
     */
    private static boolean abbreviation(String text, int dot) {
        int j = dot;
        while (j > 0 && Character.isLetter(text.charAt(j - 1))) {
            j--;
        }
        if (j == dot || (j > 0 && (Character.isLetterOrDigit(text.charAt(j - 1)) || text.charAt(j - 1) == '.'))) {
            return false;
        }
        int k = dot + 1;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        if (k >= text.length() || k == dot + 1) {
            return false;
        }
        String word = text.substring(j, dot).toLowerCase(java.util.Locale.ROOT);
        char next = text.charAt(k);
        if (TITLES.contains(word)) {
            return Character.isUpperCase(next);
        }
        return BEFORE_NUMBER.contains(word) && Character.isDigit(next);
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
