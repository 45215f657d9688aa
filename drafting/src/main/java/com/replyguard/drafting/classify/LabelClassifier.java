package com.replyguard.drafting.classify;

import com.replyguard.knowledge.entry.Kind;
import com.replyguard.policy.analysis.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Ranks labels (intents or topics) for a text by adding two signals: weighted cue phrases of the text's language,
 * and the votes of the nearest example questions in the knowledge base (their share of the neighbours' score,
 * scaled by {@code neighbourWeight}). Cues keep the ranking general when the knowledge base is small; neighbours
 * let the team teach it new phrasings by adding example questions to entries.
 *
 * <p>Labels are an enum ({@code Intent}, {@code Topic}): the cue files and the knowledge base name them as text, and
 * this class turns those names into the enum once, so callers get typed labels (a name the enum does not have never
 * reaches them).
 *
 * <p>Thread safety: immutable; safe to share.
 */
public final class LabelClassifier<L extends Enum<L>> {
    private static final int NEIGHBOURS = 10;
    /** A weak guess's share of a neighbour vote: low enough that its confidence reads as "unsure". */
    private static final double WEAK_GUESS_WEIGHT = 0.5;
    /** Share of an English cue's weight in a Bengali or Malay message that mixes in English words. */
    private static final double MIXED_ENGLISH_WEIGHT = 0.75;
    /** Share of its neighbours' vote a label keeps when the message only reports it done and asks another thing. */
    private static final double BACKGROUND_SHARE = 0.5;
    /**
     * The least probability of the learned model that counts: below it the model is spread over many labels (a
     * message that names nothing), and such a message should stay an unsure weak guess.
     */
    static final double LEARNED_FLOOR = 0.3;
    /** The least share of a message's words the learned model must know before it is asked at all. */
    static final double LEARNED_KNOWN_WORDS = 0.6;
    private final CueLexicon cues;
    private final double neighbourWeight;
    private final LearnedLabels learned;
    private final double learnedWeight;
    private final Map<String, L> byName = new HashMap<>();

    /** One label's combined score. */
    public record Scored<L>(L label, double score) {
    }

    /** Labels best first (only those with a positive score), and a confidence in 0..1 for the first. */
    public record Ranking<L>(List<Scored<L>> labels, double confidence) {
        public Ranking {
            labels = List.copyOf(labels);
        }

        /** The best label, or null when nothing pointed anywhere. */
        public L top() {
            return labels.isEmpty() ? null : labels.get(0).label();
        }

        public double topScore() {
            return labels.isEmpty() ? 0 : labels.get(0).score();
        }
    }

    public LabelClassifier(Class<L> labels, CueLexicon cues, double neighbourWeight) {
        this(labels, cues, neighbourWeight, null, 0);
    }

    /**
     * As {@link #LabelClassifier(Class, CueLexicon, double)}, with a learned opinion: each label the model gives at
     * least {@link #LEARNED_FLOOR} adds {@code learnedWeight} times its probability (null: none).
     */
    public LabelClassifier(Class<L> labels, CueLexicon cues, double neighbourWeight, LearnedLabels learned,
                           double learnedWeight) {
        this.cues = cues;
        this.neighbourWeight = neighbourWeight;
        this.learned = learned;
        this.learnedWeight = learnedWeight;
        for (L l : labels.getEnumConstants()) {
            byName.put(l.name(), l);
        }
    }

    public Ranking<L> rank(String text, Language language, NeighbourIndex index, Kind kind) {
        return rank(text, language, index, kind, false);
    }

    /**
     * As {@link #rank(String, Language, NeighbourIndex, Kind)}; with {@code mixedEnglish} the English cues count too
     * (at {@link #MIXED_ENGLISH_WEIGHT}), for Bengali or Malay messages that carry English words ("refund kobe
     * pabo?", "charger takde dalam box, missing").
     */
    public Ranking<L> rank(String text, Language language, NeighbourIndex index, Kind kind, boolean mixedEnglish) {
        return rank(text, language, index, kind, mixedEnglish, null);
    }

    /**
     * As {@link #rank(String, Language, NeighbourIndex, Kind, boolean)}; {@code asWritten}, the message as the buyer
     * wrote it (no transliteration or spelled-out short forms added), is what the learned model reads (null: the model
     * is not asked).
     */
    public Ranking<L> rank(String text, Language language, NeighbourIndex index, Kind kind, boolean mixedEnglish,
                           String asWritten) {
        CueLexicon.Scores own = cues.scores(text, language, language);
        Map<String, Double> total = new HashMap<>(own.scores());
        Set<String> background = new HashSet<>(own.background());
        Map<String, Double> english = Map.of();
        if (mixedEnglish && language != Language.EN) {
            CueLexicon.Scores en = cues.scores(text, Language.EN, language);
            english = en.scores();
            background.addAll(en.background());
        }
        // A label the message only reports as done ("pesanan dibatalkan, bila bayaran balik?") is background when
        // another label is asked: its neighbours matched the background words, and its English cue in a mixed
        // message is the same word read twice, so both count half too.
        boolean otherAsked = Stream.concat(total.entrySet().stream(), english.entrySet().stream())
                .anyMatch(e -> e.getValue() > 0 && !background.contains(e.getKey()));
        english.forEach((label, v) -> total.merge(label, MIXED_ENGLISH_WEIGHT * v
                * (otherAsked && background.contains(label) ? BACKGROUND_SHARE : 1.0), Double::sum));
        if (index != null) {
            Map<String, Double> votes = index.vote(text, language, kind, NEIGHBOURS);
            double sum = votes.values().stream().mapToDouble(Double::doubleValue).sum();
            if (sum > 0) {
                votes.forEach((label, v) -> total.merge(label, neighbourWeight * v / sum
                        * (otherAsked && background.contains(label) ? BACKGROUND_SHARE : 1.0), Double::sum));
            }
        }
        if (learned != null && asWritten != null) {
            // The model reads words, not what is done and what is asked: a label the cues found only reported as
            // done counts half in its opinion too, as in the neighbours' votes ("order sy auto cancel, duit mcm mana?").
            learned.opinion(asWritten, LEARNED_KNOWN_WORDS).forEach((label, p) -> {
                if (p >= LEARNED_FLOOR) {
                    total.merge(label, learnedWeight * p
                            * (otherAsked && background.contains(label) ? BACKGROUND_SHARE : 1.0), Double::sum);
                }
            });
        }
        boolean weakGuess = index != null && total.values().stream().noneMatch(v -> v > 0);
        if (weakGuess) {
            // Nothing pointed anywhere: let neighbours that share a single word make a weak guess, so a short message
            // in few words ("the blanket fits a double bed?") still gets a draft, flagged by its low confidence.
            Map<String, Double> votes = index.vote(text, language, kind, NEIGHBOURS, false);
            double sum = votes.values().stream().mapToDouble(Double::doubleValue).sum();
            if (sum > 0) {
                votes.forEach((label, v) -> total.merge(label, WEAK_GUESS_WEIGHT * neighbourWeight * v / sum,
                        Double::sum));
            }
        }
        List<Scored<L>> ranked = new ArrayList<>();
        total.forEach((name, s) -> {
            L label = byName.get(name);
            if (s > 0 && label != null) {
                ranked.add(new Scored<>(label, s));
            }
        });
        ranked.sort(Comparator.<Scored<L>>comparingDouble(Scored::score).reversed()
                .thenComparing(sc -> sc.label().name()));
        double sum = ranked.stream().mapToDouble(Scored::score).sum();
        double confidence = ranked.isEmpty() ? 0
                : Math.min(1.0, ranked.get(0).score() / 4.0) * (ranked.get(0).score() / sum)
                        * (weakGuess ? WEAK_GUESS_WEIGHT : 1.0);
        return new Ranking<>(ranked, confidence);
    }
}
