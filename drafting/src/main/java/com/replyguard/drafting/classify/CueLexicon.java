package com.replyguard.drafting.classify;

import com.replyguard.drafting.read.WordList;
import com.replyguard.policy.analysis.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Weighted cue phrases per label and language, read from a tab-separated resource
 * ({@code LABEL<TAB>lang<TAB>weight<TAB>phrase}; lang {@code *} for every language; a phrase ending in {@code $}
 * must end a word; negative weights count against a label, e.g. "not happy" against praise).
 *
 * <p>Directives in the same file: {@code @negators<TAB>lang<TAB>words} and {@code @degree<TAB>lang<TAB>words} name a
 * language's negators ("tak", "not") and the degree words that may stand between a negator and its word ("tak
 * begitu bagus", "not very good"); {@code @negated<TAB>LABEL<TAB>OTHER} says that a cue of LABEL right after a
 * negator does not count for LABEL and, when no cue names OTHER outright, counts for OTHER ("tidak berpuas hati",
 * "not great" are complaints, not praise), so negated praise needs no cue of its own. {@code @passing<TAB>lang<TAB>words} (with {@code @passing-skip}) names the
 * words after which a cue only describes a thing in passing ("bayaran balik bagi pesanan yang dibatalkan": the refund
 * is asked about, the cancellation is not): such a cue keeps half its weight, so the main ask wins; so does a cue
 * of LABEL after a word of {@code @done<TAB>LABEL<TAB>lang<TAB>words} ("dah cancel tapi duit tak dapat balik": an
 * order already cancelled is not a request to cancel it). {@code @fewer<TAB>LABEL<TAB>weight<TAB>lang<TAB>ordered
 * words<TAB>received words} adds the weight when a smaller count was received than ordered ("order 3 helai tapi dapat
 * 2 je": a missing part, not a wrong item). A Malay text is also matched with its words reduced to their roots
 * ({@link MalayStemmer}: "menerima" matches a cue written "terima"); per label the stronger of the two scores counts.
 *
 * <p>Latin-script cues match at word starts ("refund" also matches "refunded"); Bengali cues match anywhere,
 * because Bengali words take suffixes. Cues are bucketed by their first two characters, so matching costs one
 * map lookup per position. Thread safety: immutable after loading.
 */
public final class CueLexicon {
    /** Share of its weight a cue keeps when it only describes a thing in passing (see {@code @passing}). */
    private static final double PASSING_SHARE = 0.5;
    /** A Malay cue right after a request word ("ingin memulangkan", "nak cancel") is the ask: it weighs more. */
    private static final double REQUEST_BOOST = 1.5;

    record Cue(String label, String phrase, boolean wordEnd, double weight) {
    }

    private final Map<Language, Map<String, List<Cue>>> buckets = new HashMap<>();
    /** Cues of two phrases that must both occur anywhere ("review + gift"): a question about the pair. */
    private final Map<Language, List<Cue[]>> pairs = new HashMap<>();
    private final Map<Language, Set<String>> negators = new HashMap<>();
    private final Map<Language, Set<String>> degree = new HashMap<>();
    private final Map<Language, Set<String>> passing = new HashMap<>();
    private final Map<Language, Set<String>> passingSkip = new HashMap<>();

    /**
     * {@code @want} words ("mahu", "nak", "want"; Bengali "চাই" after the cue) and {@code @negators-after} (Bengali
     * "না" after the verb): a cue after a negator and a want word ("tidak mahu membatalkan", "don't want to cancel",
     * "বাতিল করতে চাই না") is a thing the buyer does not ask for: half its weight, and its label background.
     */
    private final Map<Language, Set<String>> want = new HashMap<>();
    private final Map<Language, Set<String>> negatorsAfter = new HashMap<>();
    /** {@code @fewer} rules per language: fewer received than ordered ("order 3 ... dapat 2 je"). */
    private final Map<Language, List<Fewer>> fewer = new HashMap<>();

    /** An {@code @fewer} rule: a count after one of {@code asked} and a smaller one after one of {@code got}. */
    private record Fewer(String label, double weight, Set<String> asked, Set<String> got) {
    }

    /** The {@code @done}, {@code @done-after}, {@code @done-form} and {@code @request} words: a cue reporting its thing done. */
    private final DoneWords doneWords = new DoneWords();

    /**
     * Cue scores per label, and the labels whose cues all only reported a thing done or mentioned it in passing
     * ({@code background}): the message tells that its order was cancelled, it does not ask to cancel it.
     */
    public record Scores(Map<String, Double> scores, Set<String> background) {
    }

    /** Label of a negated cue → the label it counts for instead. */
    private final Map<String, String> negated = new HashMap<>();
    /** Reduces Malay words to the roots the cues are written with; built from the Malay cues once loaded. */
    private MalayStemmer malayStemmer;

    /** Loads a lexicon resource; a malformed line fails with the resource name and line number. */
    public static CueLexicon load(String resource, Set<String> labels) {
        CueLexicon lexicon = new CueLexicon();
        try (InputStream in = CueLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("cue resource missing: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (line.startsWith("@")) {
                    lexicon.directive(resource, no, f, labels);
                    continue;
                }
                if (f.length != 4 || !labels.contains(f[0].strip())) {
                    throw new IllegalStateException(resource + ":" + no + ": expected LABEL<TAB>lang<TAB>weight<TAB>phrase"
                            + " with a known label, got '" + line + "'");
                }
                lexicon.add(f[0].strip(), f[1].strip(), Double.parseDouble(f[2].strip()), f[3].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lexicon.malayStemmer = new MalayStemmer(lexicon.malayWords(), lexicon.keptMalayWords());
        return lexicon;
    }

    private void directive(String resource, int no, String[] f, Set<String> labels) {
        String name = f[0].strip();
        Map<Language, Set<String>> lists = switch (name) {
            case "@negators" -> negators;
            case "@degree" -> degree;
            case "@passing" -> passing;
            case "@passing-skip" -> passingSkip;
            case "@want" -> want;
            case "@negators-after" -> negatorsAfter;
            default -> null;
        };
        if (f.length == 3 && lists != null) {
            Set<String> words = Set.copyOf(List.of(f[2].strip().toLowerCase(java.util.Locale.ROOT).split("\\s+")));
            lists.merge(Language.parse(f[1].strip()), words, (a, b) -> {
                Set<String> both = new java.util.HashSet<>(a);
                both.addAll(b);
                return Set.copyOf(both);
            });
            return;
        }
        if (doneWords.directive(name, f, labels)) {
            return;
        }
        if (f.length == 6 && name.equals("@fewer") && labels.contains(f[1].strip())) {
            fewer.computeIfAbsent(Language.parse(f[3].strip()), k -> new ArrayList<>()).add(new Fewer(f[1].strip(),
                    Double.parseDouble(f[2].strip()), Set.of(f[4].strip().split("\\s+")),
                    Set.of(f[5].strip().split("\\s+"))));
            return;
        }
        if (f.length == 3 && name.equals("@negated") && labels.contains(f[1].strip()) && labels.contains(f[2].strip())) {
            negated.put(f[1].strip(), f[2].strip());
            return;
        }
        throw new IllegalStateException(resource + ":" + no + ": expected @negators|@degree|@passing|@passing-skip|@want|"
                + "@negators-after|@request"
                + "<TAB>lang<TAB>words, @done|@done-after|@done-form<TAB>LABEL<TAB>lang<TAB>words, @fewer<TAB>LABEL<TAB>weight<TAB>lang<TAB>ordered words<TAB>received words or"
                + " @negated<TAB>LABEL<TAB>LABEL with known labels, got '" + String.join("\t", f) + "'");
    }

    /** Malay words the stemmer leaves alone: the root list and the directives' words ("telah" is not "te-" + "lah"). */
    private Set<String> keptMalayWords() {
        Set<String> words = new java.util.HashSet<>(WordList.set(CueLexicon.class, "malay-roots.txt"));
        for (Map<Language, Set<String>> lists : List.of(negators, degree, passing, passingSkip, want)) {
            words.addAll(lists.getOrDefault(Language.MS, Set.of()));
        }
        words.addAll(doneWords.requestWords(Language.MS));
        return words;
    }

    /** The words a Malay word may be stemmed to: those of the Malay cues, the Malay word list and the root list. */
    private Set<String> malayWords() {
        Set<String> words = new java.util.HashSet<>();
        buckets.getOrDefault(Language.MS, Map.of()).values().forEach(cues -> cues.forEach(
                c -> words.addAll(List.of(c.phrase().split(" ")))));
        words.addAll(WordList.set(com.replyguard.drafting.read.MessageReader.class, "malay-words.txt"));
        return words;
    }

    private void add(String label, String lang, double weight, String phrase) {
        int plus = phrase.indexOf(" + ");
        if (plus > 0) {
            Cue a = new Cue(label, Normalizer.fold(phrase.substring(0, plus)).strip(), false, weight);
            Cue b = new Cue(label, Normalizer.fold(phrase.substring(plus + 3)).strip(), false, weight);
            for (Language l : lang.equals("*") ? List.of(Language.values()) : List.of(Language.parse(lang))) {
                pairs.computeIfAbsent(l, k -> new ArrayList<>()).add(new Cue[] {a, b});
            }
            return;
        }
        boolean wordEnd = phrase.endsWith("$");
        String folded = Normalizer.fold(wordEnd ? phrase.substring(0, phrase.length() - 1) : phrase).strip();
        if (folded.length() < 2) {
            throw new IllegalStateException("cue too short: '" + phrase + "' for " + label);
        }
        List<Language> langs = lang.equals("*") ? List.of(Language.values()) : List.of(Language.parse(lang));
        Cue cue = new Cue(label, folded, wordEnd, weight);
        for (Language l : langs) {
            buckets.computeIfAbsent(l, k -> new HashMap<>()).computeIfAbsent(folded.substring(0, 2),
                    k -> new ArrayList<>()).add(cue);
        }
    }

    /** Sums the weights of the cues found in {@code text}, per label; each cue counts once. */
    public Map<String, Double> score(String text, Language language) {
        return scores(text, language, language).scores();
    }

    /**
     * As {@link #score(String, Language)}, with the labels whose cues only report a thing done: a cue of a label with
     * {@code @done}, {@code @done-after} or {@code @done-form} words (of {@code language} or of {@code context}, the
     * message's own language when English cues are read in a mixed message) counts as background when one of those
     * words stands near it with no {@code @request} word between ("dah cancel order", "cancel korechi",
     * "pesanan dibatalkan"; not "boleh dibatalkan?"), or when it is mentioned in passing ({@code @passing}).
     */
    public Scores scores(String text, Language language, Language context) {
        Map<String, List<Cue>> bucket = buckets.get(language);
        if (bucket == null) {
            return new Scores(new HashMap<>(), Set.of());
        }
        String folded = Normalizer.fold(text);
        String[] raw = folded.strip().split(" ");
        Set<String> asked = new java.util.HashSet<>();
        Set<String> background = new java.util.HashSet<>();
        Map<String, Double> scores = scoreFolded(folded, raw, language, context, bucket, asked, background);
        if (language == Language.MS) {
            String stemmed = malayStemmer.stemText(folded);
            if (!stemmed.equals(folded)) {
                // Per label the stronger evidence, for or against: the two readings are one text, not two.
                scoreFolded(stemmed, raw, language, context, bucket, asked, background).forEach((label, v) ->
                        scores.merge(label, v, (a, b) -> Math.abs(b) > Math.abs(a) ? b : a));
            }
        }
        for (Fewer rule : fewer.getOrDefault(language, List.of())) {
            if (fewerReceived(folded, rule)) {
                scores.merge(rule.label(), rule.weight(), Double::sum);
            }
        }
        java.util.Set<String> pairLabels = new java.util.HashSet<>();
        for (Cue[] pair : pairs.getOrDefault(language, List.of())) {
            // One pair per label counts: the pair says what the question is about, not how strongly.
            if (!pairLabels.contains(pair[0].label()) && occurs(folded, pair[0].phrase())
                    && occurs(folded, pair[1].phrase())) {
                pairLabels.add(pair[0].label());
                scores.merge(pair[0].label(), pair[0].weight(), Double::sum);
            }
        }
        background.removeAll(asked);
        return new Scores(scores, Set.copyOf(background));
    }

    /**
     * The single cues found in a folded text, per label (a negated cue counted for its {@code @negated} label).
     * {@code raw} holds the words of the unstemmed text (a stemmed text has the same words, reduced), where done
     * forms are looked up; a label with done words goes to {@code asked} for a full-weight cue and to
     * {@code background} for a cue reporting a thing done or mentioned in passing.
     */
    private Map<String, Double> scoreFolded(String folded, String[] raw, Language language, Language context,
                                            Map<String, List<Cue>> bucket, Set<String> asked, Set<String> background) {
        Map<String, Double> scores = new HashMap<>();
        java.util.Set<Cue> seen = new java.util.HashSet<>();
        // Negated cues' weight per label they count for: used only for a label no cue names outright, so "tak puas
        // hati" (a complaint cue already) is not counted twice, while "tidak berpuas hati" still reads as one.
        Map<String, Double> negatedScores = new HashMap<>();
        // Where each label's counted cues end: a cue inside a longer one of its label already counted ("alamat" in
        // "tukar alamat") is the same words read twice and does not count again.
        Map<String, Integer> coveredTo = new HashMap<>();
        Set<String> negatedLabels = new java.util.HashSet<>();
        int word = -1;
        for (int i = 1; i + 2 <= folded.length(); i++) {
            char prev = folded.charAt(i - 1);
            char c = folded.charAt(i);
            boolean wordStart = prev == ' ';
            if (wordStart) {
                word++;
            }
            if (!wordStart && !Normalizer.isBengali(c)) {
                continue;
            }
            List<Cue> cues = bucket.get(folded.substring(i, i + 2));
            if (cues == null) {
                continue;
            }
            // Where cues of one label overlap at a position ("when will", "when will i get"), only the longest counts.
            Map<String, Cue> longest = new HashMap<>();
            for (Cue cue : cues) {
                if (folded.startsWith(cue.phrase(), i) && (!cue.wordEnd()
                        || folded.charAt(i + cue.phrase().length()) == ' ')) {
                    longest.merge(cue.label(), cue, (a, b) -> a.phrase().length() >= b.phrase().length() ? a : b);
                }
            }
            for (Cue cue : longest.values()) {
                int end = i + cue.phrase().length();
                if (cue.weight() > 0 && end <= coveredTo.getOrDefault(cue.label(), -1)) {
                    continue;
                }
                if (cue.weight() > 0) {
                    coveredTo.merge(cue.label(), end, Math::max);
                }
                if (seen.add(cue)) {
                    String other = negated.get(cue.label());
                    boolean doneLabel = doneWords.hasAny(cue.label(), language, context);
                    int last = word + cue.phrase().split(" ").length - 1;
                    boolean passingBy = inPassing(folded, i, language);
                    boolean reported = doneLabel && doneWords.isDone(raw, word, last, cue.label(), language, context);
                    boolean unwanted = cue.weight() > 0 && notWanted(raw, word, last, language, context);
                    reported |= unwanted;
                    double weight = cue.weight() > 0 && (passingBy || reported) ? PASSING_SHARE * cue.weight()
                            : cue.weight();
                    if (unwanted) {
                        background.add(cue.label());
                    }
                    if (cue.weight() > 0 && !passingBy && !reported && requested(raw, word, language, context)) {
                        weight *= REQUEST_BOOST; // "… dan ingin menghantar semula barang": the ask itself
                    }
                    if (doneLabel && cue.weight() > 0) {
                        (passingBy || reported ? background : asked).add(cue.label());
                    }
                    if (other != null && cue.weight() > 0 && isNegated(folded, i, language)) {
                        negatedScores.merge(other, weight, Double::sum);
                        negatedLabels.add(cue.label());
                    } else {
                        scores.merge(cue.label(), weight, Double::sum);
                    }
                }
            }
        }
        negatedScores.forEach((label, v) -> {
            if (scores.getOrDefault(label, 0.0) <= 0) {
                scores.merge(label, v, Double::sum);
            }
        });
        // A label named only negated ("tidak berpuas hati") is not asked: its neighbours, which matched the praise
        // words, count as background's do (half) when the complaint or another label is asked.
        for (String label : negatedLabels) {
            if (scores.getOrDefault(label, 0.0) <= 0) {
                background.add(label);
            }
        }
        return scores;
    }

    /**
     * True when the cue on words {@code first..last} of {@code raw} is refused: a negator and a want word up to three
     * words before it ("tidak mahu membatalkan", "x nk cancel", "don't want to cancel"), or a want word and a negator
     * after it ("বাতিল করতে চাই না", "cancel korte chai na").
     */
    private boolean notWanted(String[] raw, int first, int last, Language language, Language context) {
        Set<String> wants = union(want, language, context);
        if (wants.isEmpty() || first < 0 || first >= raw.length) {
            return false;
        }
        Set<String> neg = union(negators, language, context);
        for (int k = Math.max(0, first - 3); k + 1 < first; k++) {
            if (neg.contains(raw[k]) && wants.contains(raw[k + 1])) {
                return true;
            }
        }
        Set<String> after = union(negatorsAfter, language, context);
        for (int k = last + 1; k + 1 < raw.length && k <= last + 3; k++) {
            if (wants.contains(raw[k]) && after.contains(raw[k + 1])) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> union(Map<Language, Set<String>> lists, Language a, Language b) {
        Set<String> out = new java.util.HashSet<>(lists.getOrDefault(a, Set.of()));
        out.addAll(lists.getOrDefault(b, Set.of()));
        return out;
    }

    /**
     * True when one of the two words before word {@code word} of {@code raw} is a Malay {@code @request} word
     * ("ingin", "nak", "mohon"; English's list holds "to" and "be", too common to mark an ask).
     */
    private boolean requested(String[] raw, int word, Language language, Language context) {
        if (language != Language.MS && context != Language.MS) {
            return false;
        }
        Set<String> asks = doneWords.requestWords(Language.MS);
        for (int k = Math.max(0, word - 2); k < word && k < raw.length; k++) {
            if (asks.contains(raw[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the word before position {@code i} of a folded text is a negator of the language, or a degree word
     * with a negator before it ("tak begitu bagus", "not very good").
     */
    private boolean isNegated(String folded, int i, Language language) {
        Set<String> neg = negators.get(language);
        if (neg == null) {
            return false;
        }
        String before = wordBefore(folded, i - 1);
        if (before == null) {
            return false;
        }
        if (neg.contains(before)) {
            return true;
        }
        if (degree.getOrDefault(language, Set.of()).contains(before)) {
            String first = wordBefore(folded, i - 1 - before.length() - 1);
            return first != null && neg.contains(first);
        }
        return false;
    }

    /**
     * True when the cue at {@code i} describes a thing in passing rather than asking about it: it follows a passing
     * word ("pesanan yang dibatalkan", "the order that was cancelled"), directly or over one skip word ("yang telah
     * rosak", "that was").
     */
    private boolean inPassing(String folded, int i, Language language) {
        Set<String> words = passing.get(language);
        if (words == null) {
            return false;
        }
        String before = wordBefore(folded, i - 1);
        if (before == null) {
            return false;
        }
        if (words.contains(before)) {
            return true;
        }
        if (passingSkip.getOrDefault(language, Set.of()).contains(before)) {
            String first = wordBefore(folded, i - 1 - before.length() - 1);
            return first != null && words.contains(first);
        }
        return false;
    }

    /** The word that ends just before the space at {@code space} of a folded text, or null at its start. */
    private static String wordBefore(String folded, int space) {
        if (space <= 0) {
            return null;
        }
        int start = folded.lastIndexOf(' ', space - 1);
        return start < 0 || start + 1 >= space ? null : folded.substring(start + 1, space);
    }

    /**
     * True when a folded text gives a count right after (or right before) one of the rule's ordering words and later
     * a smaller count next to one of its receiving words: "order 3 helai tapi dapat 2 je", "ordered 4, got 3".
     */
    private static boolean fewerReceived(String folded, Fewer rule) {
        String[] w = folded.strip().split(" ");
        int asked = -1;
        for (int i = 0; i < w.length; i++) {
            boolean askWord = rule.asked().contains(w[i]);
            boolean gotWord = rule.got().contains(w[i]);
            if (!askWord && !gotWord) {
                continue;
            }
            int n = count(w, i + 1);
            if (n < 0) {
                n = count(w, i - 1);
            }
            if (askWord && asked < 0 && n > 0) {
                asked = n;
            } else if (gotWord && asked > 0 && n >= 0 && n < asked) {
                return true;
            }
        }
        return false;
    }

    /** The small count at {@code w[i]} (1-99), or -1. */
    private static int count(String[] w, int i) {
        if (i < 0 || i >= w.length || w[i].isEmpty() || w[i].length() > 2 || !w[i].chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(w[i]);
    }

    private static boolean occurs(String folded, String phrase) {
        return Normalizer.isBengali(phrase.charAt(0)) ? folded.contains(phrase) : folded.contains(" " + phrase);
    }
}
