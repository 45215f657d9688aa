package com.replyguard.drafting.classify;

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
 * <p>Latin-script cues match at word starts ("refund" also matches "refunded"); Bengali cues match anywhere,
 * because Bengali words take suffixes. Cues are bucketed by their first two characters, so matching costs one
 * map lookup per position. Thread safety: immutable after loading.
 */
public final class CueLexicon {
    record Cue(String label, String phrase, boolean wordEnd, double weight) {
    }

    private final Map<Language, Map<String, List<Cue>>> buckets = new HashMap<>();
    /** Cues of two phrases that must both occur anywhere ("review + gift"): a question about the pair. */
    private final Map<Language, List<Cue[]>> pairs = new HashMap<>();

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
                if (f.length != 4 || !labels.contains(f[0].strip())) {
                    throw new IllegalStateException(resource + ":" + no + ": expected LABEL<TAB>lang<TAB>weight<TAB>phrase"
                            + " with a known label, got '" + line + "'");
                }
                lexicon.add(f[0].strip(), f[1].strip(), Double.parseDouble(f[2].strip()), f[3].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lexicon;
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
        Map<String, Double> scores = new HashMap<>();
        Map<String, List<Cue>> bucket = buckets.get(language);
        if (bucket == null) {
            return scores;
        }
        String folded = Normalizer.fold(text);
        java.util.Set<Cue> seen = new java.util.HashSet<>();
        for (int i = 1; i + 2 <= folded.length(); i++) {
            char prev = folded.charAt(i - 1);
            char c = folded.charAt(i);
            boolean wordStart = prev == ' ';
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
                if (seen.add(cue)) {
                    scores.merge(cue.label(), cue.weight(), Double::sum);
                }
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
        return scores;
    }

    private static boolean occurs(String folded, String phrase) {
        return Normalizer.isBengali(phrase.charAt(0)) ? folded.contains(phrase) : folded.contains(" " + phrase);
    }
}
