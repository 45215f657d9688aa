package com.replyguard.knowledge.gaps;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Similar unanswered buyer questions grouped together: a representative text, how often the group came up, a few
 * other examples, the intent guesses and marketplaces seen (with counts), and when it was last seen.
 */
public record GapCluster(String representative, int count, List<String> examples, Map<String, Integer> intents,
                         Map<String, Integer> marketplaces, double bestScore, Instant lastSeen) {
    public GapCluster {
        examples = List.copyOf(examples);
        intents = Map.copyOf(intents);
        marketplaces = Map.copyOf(marketplaces);
    }
}
