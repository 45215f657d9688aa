package com.replyguard.drafting.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.knowledge.bench.SyntheticEntries;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Kind;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.TextAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NeighbourIndexTest {
    private static final TextAnalysis ANALYSIS = new TextAnalysis();
    private static final long SEED = 7;
    private static NeighbourIndex index;

    @BeforeAll
    static void build() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            entries.add(SyntheticEntries.entry(i, SEED));
        }
        index = new NeighbourIndex(entries, ANALYSIS);
    }

    @Test
    void fastStrictVoteEqualsTheMinimumShouldMatchQuery() {
        SplittableRandom r = new SplittableRandom(11);
        int nonEmpty = 0;
        for (int i = 0; i < 400; i++) {
            // Mostly frequent words (many weak neighbours), some rare ones (few strong ones), 1 to 12 words.
            String text = SyntheticEntries.words(r, 1 + r.nextInt(12));
            Map<String, Double> fast = index.vote(text, Language.EN, Kind.REPLY, 10);
            Map<String, Double> reference = index.strictVoteReference(text, Language.EN, Kind.REPLY, 10);
            assertEquals(reference.keySet(), fast.keySet(), text);
            reference.forEach((label, score) -> assertEquals(score, fast.get(label), 1e-3, text));
            nonEmpty += fast.isEmpty() ? 0 : 1;
        }
        assertTrue(nonEmpty > 80, "many texts should have strict neighbours: " + nonEmpty);
    }

    @Test
    void strictVoteNeedsSeveralSharedWordsButTheWeakGuessOnlyOne() {
        Entry e = SyntheticEntries.entry(3, SEED);
        String oneWord = e.tags().get(1) + " zzqx yyqv wwqu"; // the entry's product word and three unknown ones
        assertTrue(index.vote(oneWord, Language.EN, Kind.REPLY, 10).isEmpty()
                || !index.vote(oneWord, Language.EN, Kind.REPLY, 10, false).isEmpty());
        assertFalse(index.vote(oneWord, Language.EN, Kind.REPLY, 10, false).isEmpty());
    }

    @Test
    void bestFindsTheEntryWhoseQuestionIsAskedAndRespectsLabelAndMarketplace() {
        for (int i = 0; i < 50; i++) {
            Entry e = SyntheticEntries.entry(i * 37, SEED);
            if (e.kind() != Kind.REPLY) {
                continue;
            }
            Marketplace m = e.marketplaces().getFirst() == Marketplace.ALL ? Marketplace.EBAY : e.marketplaces().getFirst();
            List<NeighbourIndex.Scored> best = index.best(e.questions().getFirst(), e.language(), Kind.REPLY,
                    e.intent().name(), m, 3);
            assertFalse(best.isEmpty());
            assertTrue(best.stream().anyMatch(s -> s.entry().id().equals(e.id())), e.id());
            best.forEach(s -> {
                assertEquals(e.intent(), s.entry().intent());
                assertTrue(s.entry().serves(m));
            });
        }
    }

    @Test
    void bestOnTheLabelsOwnIndexScoresAsTheFilteredSearchOfTheWholePart() {
        SplittableRandom r = new SplittableRandom(5);
        int compared = 0;
        for (int i = 0; i < 300; i++) {
            String text = SyntheticEntries.words(r, 1 + r.nextInt(10));
            String label = com.replyguard.knowledge.entry.Intent.values()[r.nextInt(14)].name();
            Marketplace m = Marketplace.values()[r.nextInt(Marketplace.values().length)];
            List<NeighbourIndex.Scored> fast = index.best(text, Language.EN, Kind.REPLY, label, m, 5);
            List<NeighbourIndex.Scored> reference = index.bestReference(text, Language.EN, Kind.REPLY, label, m, 5);
            assertEquals(reference.size(), fast.size(), text);
            for (int j = 0; j < fast.size(); j++) {
                assertEquals(reference.get(j).score(), fast.get(j).score(), 1e-4, text);
                if (fast.get(j).score() > 0) {
                    compared++;
                }
            }
        }
        assertTrue(compared > 500, "most texts should have scored matches: " + compared);
    }
}
