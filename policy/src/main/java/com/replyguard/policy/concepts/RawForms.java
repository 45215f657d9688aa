package com.replyguard.policy.concepts;

import java.util.List;
import java.util.Locale;

/**
 * Concepts read from the folded text itself rather than from analysed terms: the lexicons' {@code raw:} substrings
 * (emoji, symbols, forms the analyser would split), and two Bengali verb forms whose endings the stemmer takes off
 * (a conditional "if not", a polite future question). Each sentence gets the concept bits found in it.
 *
 * <p>Thread safety: immutable.
 */
final class RawForms {
    private final List<String> rawStrings;
    private final int[] rawConcepts;
    /** Per raw form, whether it is plain ASCII. */
    private final boolean[] asciiForm;
    private final int gate;
    private final int ask;

    RawForms(Concepts concepts, List<String> rawStrings, List<Integer> rawConcepts) {
        this.gate = concepts.index("GATE");
        this.ask = concepts.index("ASK");
        this.rawStrings = List.copyOf(rawStrings);
        this.rawConcepts = rawConcepts.stream().mapToInt(Integer::intValue).toArray();
        this.asciiForm = new boolean[this.rawStrings.size()];
        for (int k = 0; k < asciiForm.length; k++) {
            asciiForm[k] = isAscii(this.rawStrings.get(k));
        }
    }

    /**
     * Bengali says "if not" with না before a conditional verb ending in -লে ("কল না ধরলে", "na dile", "review na
     * korle"): the stemmer takes the ending off, so the form is read from the text itself, in script or Latin letters.
     * The sentence gets GATE, a condition on the buyer, which keeps the negation from reading as a refusal.
     */
    private static final java.util.regex.Pattern NEGATIVE_CONDITION = java.util.regex.Pattern.compile(
            "(?:না|na)\\s+"
            // participles that also end in -লে ("না বলে" without saying, "না খুলে" without opening) are no condition
            + "(?!(?:বলে|তুলে|খুলে|ফেলে|ভুলে|চলে|মিলে|bole|tule|khule|fele|phele|bhule|vule|chole|mile)(?![\\p{L}\\p{M}]))"
            + "[\\p{L}\\p{M}]{1,12}(?:লে|লেই|le|lei)(?![\\p{L}\\p{M}])");

    /**
     * Bengali asks politely with a question in the second-person future ("রিকোয়েস্টটা তুলে নেবেন?", "review ta diben
     * to?"): the verb's -বেন/-ben ending, with at most one particle after it, right before the question mark. The
     * stemmer takes the ending off, so the form is read from the text itself; the sentence gets ASK.
     */
    private static final java.util.regex.Pattern POLITE_QUESTION = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{M}])[\\p{L}\\p{M}]{1,12}(?:বেন|ben)(?:\\s+(?:কি|তো|না|প্লিজ|ki|to|na|plz|please|apu|vai|bhai|ভাই|আপু))?\\s*[?？]");
    private static final int POLITE_LOOKBACK = 32;

    private static boolean isWordPart(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    /** The raw forms of each sentence of {@code folded} (character ranges {@code sentences}), as concept bits. */
    long[] masks(String folded, List<int[]> sentences, int n) {
        long[] raw = new long[n];
        if (sentences.isEmpty()) {
            return raw;
        }
        String lower = folded.toLowerCase(Locale.ROOT);
        if (gate >= 0) {
            for (String neg : new String[] {"না", "na"}) {
                for (int at = lower.indexOf(neg); at >= 0; at = lower.indexOf(neg, at + neg.length())) {
                    if (at > 0 && isWordPart(lower.charAt(at - 1))) {
                        continue; // only "na" as a word of its own: anchored match below, no scan of the whole text
                    }
                    java.util.regex.Matcher m = NEGATIVE_CONDITION.matcher(lower).region(at, lower.length());
                    if (m.lookingAt()) {
                        int s = sentenceAt(sentences, at);
                        if (s >= 0 && s < n) {
                            raw[s] |= 1L << gate;
                        }
                    }
                }
            }
        }
        if (ask >= 0) {
            for (int q = lower.indexOf('?'); q >= 0; q = lower.indexOf('?', q + 1)) {
                int from = Math.max(0, q - POLITE_LOOKBACK);
                java.util.regex.Matcher m = POLITE_QUESTION.matcher(lower).region(from, q + 1)
                        .useTransparentBounds(true);
                while (m.find()) {
                    if (m.end() == q + 1) {
                        int s = sentenceAt(sentences, m.start());
                        if (s >= 0 && s < n) {
                            raw[s] |= 1L << ask;
                        }
                    }
                }
            }
        }
        if (!rawStrings.isEmpty()) {
            // most drafts are plain ASCII: a form with any other character cannot occur in them
            boolean ascii = isAscii(lower);
            for (int k = 0; k < rawStrings.size(); k++) {
                String r = rawStrings.get(k);
                if (ascii && !asciiForm[k]) {
                    continue;
                }
                for (int at = lower.indexOf(r); at >= 0; at = lower.indexOf(r, at + r.length())) {
                    int s = sentenceAt(sentences, at);
                    if (s >= 0 && s < n) {
                        raw[s] |= 1L << rawConcepts[k];
                    }
                }
            }
        }
        return raw;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static int sentenceAt(List<int[]> sentences, int offset) {
        for (int s = 0; s < sentences.size(); s++) {
            int[] r = sentences.get(s);
            if (offset >= r[0] && offset < r[1]) {
                return s;
            }
        }
        return -1;
    }
}
