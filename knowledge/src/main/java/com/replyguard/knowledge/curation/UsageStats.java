package com.replyguard.knowledge.curation;

import java.util.List;
import java.util.Map;

/**
 * How the knowledge base is used: drafts served and feedback per intent and per entry (sorted by served, most
 * first), approved entries never served, and each agent's activity.
 */
public record UsageStats(Map<String, Counts> perIntent, Map<String, Counts> perEntry, List<String> neverUsed,
                         Map<String, AgentActivity> perAgent) {
    public UsageStats {
        perIntent = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perIntent));
        perEntry = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perEntry));
        neverUsed = List.copyOf(neverUsed);
        perAgent = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perAgent));
    }

    /** Drafts served, marked helpful (👍 or used) and marked not helpful (👎). */
    public record Counts(long served, long helpful, long notHelpful) {
        public static final Counts ZERO = new Counts(0, 0, 0);

        /** A small ranking signal in [-1, 1]: (helpful - not helpful) / (helpful + not helpful + 2). */
        public double feedbackScore() {
            return (double) (helpful - notHelpful) / (helpful + notHelpful + 2);
        }
    }

    /** What one agent (or lead) did: drafts served to them, feedback they gave, knowledge-base writes. */
    public record AgentActivity(long served, long feedback, long writes) {
    }
}
