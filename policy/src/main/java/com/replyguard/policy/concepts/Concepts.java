package com.replyguard.policy.concepts;

import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.text.Resources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The concept lexicons: what a word means for compliance (REVIEW, REWARD, CONDITION, SATISFIED, CANCEL, LEGAL …),
 * in English, Malay (formal and chat), Bengali (script and Latin letters) and emoji. One resource file per concept
 * under {@code concepts/}, listed in {@code index.txt}; rules combine concepts into frames ("REVIEW + REWARD +
 * CONDITION in one sentence, no REFUSAL") instead of listing phrasings. Phrases are analysed with the draft's own
 * matching chain (so "reviews", "ulasan" and "রিভিউ" all reach REVIEW), every lexicon is used for every language
 * (agents mix languages), and {@code not:} lines keep word senses apart ("feel free" is not a REWARD).
 *
 * <p>Usage: {@code long[] masks = concepts.sentenceMasks(...)}; bit {@code index(name)} of a sentence's mask says the
 * concept occurs in it. Thread safety: immutable; the per-language compiled tables are built once on first use.
 */
public final class Concepts {
    /** At most 64 concepts: a sentence's concepts fit in one {@code long}. */
    public static final int MAX = 64;
    /** Concept occurrences per sentence kept for the negation scope; a longer sentence keeps its first ones. */
    private static final int MAX_EVENTS = 64;
    /** Every concept hit of a sentence, kept with its position to find what follows a refusal's turn. */
    private static final int MAX_ALL_EVENTS = 512;


    private final TextAnalysis analysis;
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final List<List<Entry>> phrases = new ArrayList<>();
    private final List<List<Entry>> senses = new ArrayList<>();
    private final List<String> rawStrings = new ArrayList<>();
    private final List<Integer> rawConcepts = new ArrayList<>();
    private final RawForms rawForms;
    /** One table per language, and one more (the last slot) for Bengali typed in Latin letters. */
    private final AtomicReferenceArray<PhraseTable> compiled =
            new AtomicReferenceArray<>(Language.values().length + 1);
    private final Negation negation;
    /** Bits of the concepts the masks themselves read (-1 when absent). */
    private final int refusal;
    private final int condition;
    /** The concepts a question keeps to itself when it carries the rest into the next sentence. */
    private final long questionKeeps;
    private final RefusalTurn turn;
    private final Neighbourhood neighbourhood;
    /** Concepts that also count in the sentence after the one they occur in ({@code carry.txt}). */
    private final Carry carry;

    /**
     * A lexicon phrase as written, and the languages it is read in ({@code null}: every language). A line that
     * starts with {@code only bn:} (or {@code only bn ms:}) holds words whose meaning belongs to those languages:
     * romanized Bengali "ni" negates a verb, while Malay "ni" means "this".
     */
    private record Entry(String text, Set<Language> only, String with, int within) {
    }


    public Concepts(TextAnalysis analysis) {
        this.analysis = analysis;
        for (String name : Resources.lines(Concepts.class, "index.txt")) {
            load(name);
        }
        this.negation = Negation.load(this, Resources.lines(Concepts.class, "negation.txt"));
        this.rawForms = new RawForms(this, rawStrings, rawConcepts);
        this.carry = Carry.load(this, Resources.lines(Concepts.class, "carry.txt"));
        this.refusal = index("REFUSAL");
        this.condition = index("CONDITION");
        this.questionKeeps = bits("REFUSAL", "NEGATION", "NEGATION_AFTER", "NEGATION_IMPERATIVE");
        this.turn = new RefusalTurn(index("SCOPE_END"), bits("NEGATION", "NEGATION_AFTER", "NEGATION_IMPERATIVE"),
                bits("SCOPE_END", "NEGATION", "NEGATION_AFTER", "NEGATION_IMPERATIVE", "REFUSAL"));
        this.neighbourhood = new Neighbourhood(condition, index("REVIEW"));
    }

    private void load(String name) {
        if (names.size() == MAX) {
            throw new IllegalStateException("more than " + MAX + " concepts");
        }
        int c = names.size();
        names.add(name);
        index.put(name, c);
        List<Entry> ps = new ArrayList<>();
        List<Entry> ns = new ArrayList<>();
        for (String text : Resources.lines(Concepts.class, name + ".txt")) {
            LexiconLine line = LexiconLine.parse(name, text);
            if (line.raw()) {
                for (String r : line.phrases()) {
                    rawStrings.add(r.toLowerCase(Locale.ROOT));
                    rawConcepts.add(c);
                }
                continue;
            }
            for (String p : line.phrases()) {
                (line.sense() ? ns : ps).add(new Entry(p, line.only(), line.with(), line.within()));
            }
        }
        phrases.add(List.copyOf(ps));
        senses.add(List.copyOf(ns));
    }

    /** The concept names, in bit order. */
    public List<String> names() {
        return List.copyOf(names);
    }

    /** The bit of a concept, or -1 when there is no such concept. */
    public int index(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /**
     * The concepts of each sentence: {@code terms} are the draft's matching terms, {@code sentenceTokens} the token
     * range {from, to} of each sentence, {@code sentences} their character ranges in {@code folded}.
     */
    public long[] sentenceMasks(String folded, String[] terms, List<int[]> sentenceTokens, List<int[]> sentences,
                                Language language) {
        return sentenceMasks(folded, terms, sentenceTokens, sentences, language, false);
    }

    /**
     * Like {@link #sentenceMasks(String, String[], List, List, Language)}; {@code romanizedBengali}: the draft is
     * Bengali typed in Latin letters, analysed with the English chain ({@code language}), so the lexicon lines
     * marked {@code only bn:} ("hole", "lagle", "ni") are read too, analysed the same way.
     */
    public long[] sentenceMasks(String folded, String[] terms, List<int[]> sentenceTokens, List<int[]> sentences,
                                Language language, boolean romanizedBengali) {
        return sentenceMasks(folded, terms, null, sentenceTokens, sentences, language, romanizedBengali,
                new int[sentenceTokens.size()]);
    }

    /**
     * Like {@link #sentenceMasks(String, String[], List, List, Language, boolean)}, and fills {@code judgedFrom} with
     * the token where each sentence's judged part starts: its first token, or, when the sentence refuses something
     * and then turns with "but" to something new ("we don't do discounts for reviews, but five stars would be lovely
     * and a gift is yours"), the turn. The refused clause then counts for nothing and the rest is read on its own, so
     * a refusal no longer silences what follows it. {@code pauseBefore[i]}: a comma or semicolon stands before term
     * {@code i}, which no phrase spans (null: none known).
     */
    public long[] sentenceMasks(String folded, String[] terms, boolean[] pauseBefore, List<int[]> sentenceTokens,
                                List<int[]> sentences, Language language, boolean romanizedBengali, int[] judgedFrom) {
        long[] masks = new long[sentenceTokens.size()];
        // Raw substrings (emoji, symbols, forms the analyser would split) first: a condition found that way
        // ("না দিলে", if ... not given) still keeps a negation beside it from reading as a refusal.
        long[] raw = rawForms.masks(folded, sentences, masks.length);
        PhraseTable table = table(language, romanizedBengali);
        int[] blockedUntil = new int[names.size()];
        int[] eventAt = new int[MAX_EVENTS];
        int[] eventEnd = new int[MAX_EVENTS];
        int[] eventConcept = new int[MAX_EVENTS];
        int[] allAt = new int[MAX_ALL_EVENTS];
        int[] allConcept = new int[MAX_ALL_EVENTS];
        for (int s = 0; s < masks.length; s++) {
            int[] range = sentenceTokens.get(s);
            judgedFrom[s] = range[0];
            java.util.Arrays.fill(blockedUntil, -1);
            long mask = 0;
            int events = 0;
            int all = 0;
            for (int i = range[0]; i < range[1]; i++) {
                Phrase[] candidates = table.at(terms, i, range[1]);
                // Senses come first in each list, so "feel free" blocks REWARD before "free" is seen at the next token.
                for (Phrase p : candidates) {
                    if (!p.matchesAt(terms, i, range[1], pauseBefore)) {
                        continue;
                    }
                    if (p.not()) {
                        blockedUntil[p.concept()] = Math.max(blockedUntil[p.concept()], i + p.terms().length);
                    } else if (i >= blockedUntil[p.concept()] && (p.with() < 0
                            || neighbourhood.beside(p, terms, pauseBefore, table, i, range[1], allAt, allConcept, all,
                            MAX_ALL_EVENTS, language == Language.BN || romanizedBengali))) {
                        mask |= 1L << p.concept();
                        if (all < MAX_ALL_EVENTS) {
                            allAt[all] = i;
                            allConcept[all] = p.concept();
                        }
                        all++;
                        if (negation != null && (negation.tracked & (1L << p.concept())) != 0 && events < MAX_EVENTS) {
                            eventAt[events] = i;
                            eventEnd[events] = i + p.terms().length;
                            eventConcept[events++] = p.concept();
                        }
                    }
                }
            }
            if (negation != null) {
                long results = negation.results(mask | raw[s], eventAt, eventEnd, eventConcept, events, range[1],
                        pauseBefore, terms);
                mask |= results;
                // (a sentence with more concept hits than are kept is read whole, as before)
                int at = refusal >= 0 && (results & (1L << refusal)) != 0 && all <= MAX_ALL_EVENTS
                        ? turn.find(allAt, allConcept, all) : -1;
                if (at >= 0) {
                    long tail = RefusalTurn.tail(allAt, allConcept, all, at);
                    if (turn.saysSomething(tail)) {
                        // the judged part: the concepts after the turn, with the negation read again over them alone
                        int n = 0;
                        for (int e = 0; e < events; e++) {
                            if (eventAt[e] >= at) {
                                eventAt[n] = eventAt[e];
                                eventEnd[n] = eventEnd[e];
                                eventConcept[n++] = eventConcept[e];
                            }
                        }
                        mask = tail | negation.results(tail | raw[s], eventAt, eventEnd, eventConcept, n, range[1],
                                pauseBefore, terms);
                        judgedFrom[s] = at;
                    }
                }
            }
            masks[s] = mask;
        }
        // "Loved it? Leave us five stars." A question carries its concepts, as a condition, into the next sentence;
        // not its negations and refusals, which are the question's own ("voucher x boleh guna? takpe, bank in je ke
        // maybank sy": the voucher that cannot be used refuses nothing the answer offers)
        for (int s = 0; s + 1 < masks.length; s++) {
            int[] r = sentences.get(s);
            if (r[1] > r[0] && folded.charAt(r[1] - 1) == '?' && masks[s] != 0) {
                masks[s + 1] |= (masks[s] & ~questionKeeps) | (condition >= 0 ? 1L << condition : 0);
            }
        }
        carry.apply(masks);
        for (int s = 0; s < masks.length; s++) {
            masks[s] |= raw[s];
        }
        return masks;
    }


    private int withIndex(Entry e, String owner) {
        if (e.with() == null) {
            return -1;
        }
        int w = index(e.with());
        if (w < 0) {
            throw new IllegalStateException(owner + ".txt: 'with " + e.with() + ":' names no concept");
        }
        return w;
    }

    private long bits(String... conceptNames) {
        long m = 0;
        for (String n : conceptNames) {
            int i = index(n);
            if (i >= 0) {
                m |= 1L << i;
            }
        }
        return m;
    }

    private PhraseTable table(Language language, boolean romanizedBengali) {
        int slot = romanizedBengali ? Language.values().length : language.ordinal();
        PhraseTable t = compiled.get(slot);
        if (t == null) {
            t = compile(language, romanizedBengali);
            compiled.compareAndSet(slot, null, t);
            t = compiled.get(slot);
        }
        return t;
    }

    private PhraseTable compile(Language language, boolean romanizedBengali) {
        Map<String, List<Phrase>> byFirst = new HashMap<>();
        for (int c = 0; c < names.size(); c++) {
            for (Entry n : senses.get(c)) {
                if (readIn(n, language, romanizedBengali)) {
                    add(byFirst, n.text(), c, true, -1, 0, language);
                }
            }
        }
        for (int c = 0; c < names.size(); c++) {
            for (Entry p : phrases.get(c)) {
                if (readIn(p, language, romanizedBengali)) {
                    add(byFirst, p.text(), c, false, withIndex(p, names.get(c)), p.within(), language);
                }
            }
        }
        return new PhraseTable(byFirst);
    }

    private static boolean readIn(Entry e, Language language, boolean romanizedBengali) {
        // Bengali typed in Latin letters reads the Bengali lines, never the English-only ones ("tk" is taka there)
        return e.only() == null || (romanizedBengali ? e.only().contains(Language.BN) : e.only().contains(language));
    }

    private void add(Map<String, List<Phrase>> byFirst, String phrase, int concept, boolean not,
                     int with, int within, Language language) {
        List<String> terms = analysis.terms(phrase, language);
        if (terms.isEmpty()) {
            return; // a phrase of stop words or symbols only, e.g. "$": the raw lines cover those
        }
        byFirst.computeIfAbsent(terms.get(0), k -> new ArrayList<>())
                .add(new Phrase(terms.toArray(String[]::new), concept, not, with, within));
    }

}
