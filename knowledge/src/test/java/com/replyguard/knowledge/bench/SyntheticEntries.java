package com.replyguard.knowledge.bench;

import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.entry.Kind;
import com.replyguard.knowledge.entry.Status;
import com.replyguard.knowledge.entry.Topic;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic generator of plausible entries for benchmarks and load tests: the same seed always gives the
 * same entries (a vocabulary of made-up words with a skewed frequency, like real text).
 */
public final class SyntheticEntries {
    private static final String[] COMMON = {"order", "parcel", "refund", "return", "delivery", "tracking", "item",
        "damaged", "broken", "missing", "wrong", "size", "colour", "invoice", "customs", "address", "cancel",
        "thanks", "please", "soon", "today", "week", "seller", "buyer", "package", "courier", "box", "replacement"};
    private static final Intent[] INTENTS = Intent.values();
    private static final Topic[] TOPICS = Topic.values();
    private static final Marketplace[] MARKETS = {Marketplace.AMAZON, Marketplace.EBAY, Marketplace.ALIEXPRESS,
        Marketplace.ALL};

    private final List<String> vocabulary;
    private final long seed;

    public SyntheticEntries(long seed) {
        this.seed = seed;
        SplittableRandom r = new SplittableRandom(seed);
        List<String> words = new ArrayList<>(List.of(COMMON));
        String letters = "aeioubcdfghklmnprstvwyz";
        while (words.size() < 5_000) {
            StringBuilder w = new StringBuilder();
            int len = 3 + r.nextInt(7);
            for (int i = 0; i < len; i++) {
                w.append(letters.charAt(i % 2 == 0 ? 5 + r.nextInt(letters.length() - 5) : r.nextInt(5)));
            }
            words.add(w.toString());
        }
        this.vocabulary = List.copyOf(words);
    }

    /** A word, frequent ones more often (squared uniform gives a rough Zipf-like skew). */
    public String word(SplittableRandom r) {
        double u = r.nextDouble();
        return vocabulary.get((int) (u * u * vocabulary.size()));
    }

    public String words(SplittableRandom r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(word(r));
        }
        return b.toString();
    }

    /** Entry number {@code i} (independent of the others, so any slice can be generated). */
    public Entry entry(int i) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        boolean policy = r.nextInt(10) == 0;
        List<String> questions = new ArrayList<>();
        int nq = policy ? 1 : 2 + r.nextInt(3);
        for (int q = 0; q < nq; q++) {
            questions.add(words(r, 4 + r.nextInt(6)));
        }
        Instant at = Instant.parse("2026-11-01T00:00:00Z").plusSeconds(i);
        return new Entry("syn-" + i, policy ? Kind.POLICY : Kind.REPLY,
                List.of(MARKETS[r.nextInt(MARKETS.length)]), Language.EN,
                policy ? null : INTENTS[r.nextInt(INTENTS.length)], policy ? TOPICS[r.nextInt(TOPICS.length)] : null,
                words(r, 5), questions, "Hi {buyer_name}, " + words(r, 40 + r.nextInt(40)) + ".",
                List.of(word(r), word(r)), policy ? "Synthetic policy page" : null, Status.APPROVED,
                "syn-group-" + (i / 3), "bench", "bench", 1, at, at);
    }
}
