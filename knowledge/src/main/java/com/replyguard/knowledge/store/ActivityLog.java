package com.replyguard.knowledge.store;

import com.replyguard.knowledge.curation.UsageStats;
import com.replyguard.knowledge.curation.VoteChange;
import com.replyguard.knowledge.curation.UsageStats.AgentActivity;
import com.replyguard.knowledge.curation.UsageStats.Counts;
import com.replyguard.knowledge.gaps.Gap;
import com.replyguard.policy.Marketplace;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gap log and the usage events (drafts served, 👍/👎) in knowledge.db, and the statistics built from them.
 *
 * <p>Thread safety: every call runs under the store's lock.
 */
public final class ActivityLog {
    /** Usage event kinds as stored. */
    public static final String SERVED = "served";
    public static final String HELPFUL = "up";
    public static final String NOT_HELPFUL = "down";

    private final KnowledgeStore store;

    public ActivityLog(KnowledgeStore store) {
        this.store = store;
    }

    public void recordGap(Gap g) {
        store.withConnection(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO gaps (at_ms, masked_text, intent_guess, "
                    + "marketplace, language, best_score) VALUES (?, ?, ?, ?, ?, ?)")) {
                p.setLong(1, (g.at() == null ? Instant.now() : g.at()).toEpochMilli());
                p.setString(2, g.maskedText() == null ? "" : g.maskedText());
                p.setString(3, g.intentGuess());
                p.setString(4, g.marketplace() == null ? null : g.marketplace().id());
                p.setString(5, g.language());
                p.setDouble(6, g.bestScore());
                return p.executeUpdate();
            }
        }, "write");
    }

    /** Gaps recorded at or after {@code from}, oldest first (at most 100,000, the newest kept). */
    public List<Gap> gapsSince(Instant from) {
        return store.withConnection(c -> {
            List<Gap> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT masked_text, intent_guess, marketplace, language, "
                    + "best_score, at_ms FROM gaps WHERE at_ms >= ? ORDER BY at_ms DESC LIMIT 100000")) {
                p.setLong(1, from.toEpochMilli());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        String m = r.getString(3);
                        out.add(new Gap(r.getString(1), r.getString(2), m == null ? null : Marketplace.parse(m),
                                r.getString(4), r.getDouble(5), Instant.ofEpochMilli(r.getLong(6))));
                    }
                }
            }
            return out.reversed();
        }, "read");
    }

    public void recordUsage(String event, String entryId, String intent, String marketplace, String agent) {
        store.withConnection(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO usage (at_ms, event, entry_id, intent, "
                    + "marketplace, agent) VALUES (?, ?, ?, ?, ?, ?)")) {
                p.setLong(1, Instant.now().toEpochMilli());
                p.setString(2, event);
                p.setString(3, entryId);
                p.setString(4, intent);
                p.setString(5, marketplace);
                p.setString(6, agent);
                return p.executeUpdate();
            }
        }, "write");
    }

    /**
     * Records {@code agent}'s 👍 ({@code helpful}) or 👎 on {@code entryId} as their one choice for that entry: an
     * earlier, different choice is replaced (it keeps no weight), the same choice again writes nothing.
     */
    public VoteChange recordVote(String entryId, boolean helpful, String intent, String agent) {
        String event = helpful ? HELPFUL : NOT_HELPFUL;
        return store.withConnection(c -> {
            boolean same = false;
            boolean other = false;
            try (PreparedStatement p = c.prepareStatement("SELECT event FROM usage WHERE entry_id = ? AND agent = ?"
                    + " AND event IN (?, ?)")) {
                p.setString(1, entryId);
                p.setString(2, agent);
                p.setString(3, HELPFUL);
                p.setString(4, NOT_HELPFUL);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        same |= event.equals(r.getString(1));
                        other |= !event.equals(r.getString(1));
                    }
                }
            }
            if (same && !other) {
                return VoteChange.UNCHANGED;
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM usage WHERE entry_id = ? AND agent = ?"
                    + " AND event IN (?, ?)")) {
                p.setString(1, entryId);
                p.setString(2, agent);
                p.setString(3, HELPFUL);
                p.setString(4, NOT_HELPFUL);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO usage (at_ms, event, entry_id, intent, "
                    + "marketplace, agent) VALUES (?, ?, ?, ?, NULL, ?)")) {
                p.setLong(1, Instant.now().toEpochMilli());
                p.setString(2, event);
                p.setString(3, entryId);
                p.setString(4, intent);
                p.setString(5, agent);
                p.executeUpdate();
            }
            return other ? VoteChange.CHANGED : VoteChange.RECORDED;
        }, "write");
    }

    /** Usage statistics over events at or after {@code since} ({@code null}: all time). */
    public UsageStats stats(Instant since) {
        long from = since == null ? Long.MIN_VALUE : since.toEpochMilli();
        return store.withConnection(c -> {
            Map<String, Counts> perIntent = counts(c, "COALESCE(intent, '(none)')", from);
            Map<String, Counts> perEntry = counts(c, "entry_id", from);
            List<String> never = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM entries WHERE status = 'approved' AND kind = 'reply' "
                    + "AND id NOT IN (SELECT entry_id FROM usage WHERE event = ? AND at_ms >= ?) ORDER BY id")) {
                p.setString(1, SERVED);
                p.setLong(2, from);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        never.add(r.getString(1));
                    }
                }
            }
            Map<String, long[]> agents = new LinkedHashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT agent, SUM(event = ?), SUM(event <> ?) FROM usage "
                    + "WHERE at_ms >= ? AND agent IS NOT NULL GROUP BY agent")) {
                p.setString(1, SERVED);
                p.setString(2, SERVED);
                p.setLong(3, from);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        agents.computeIfAbsent(r.getString(1), k -> new long[3])[0] = r.getLong(2);
                        agents.get(r.getString(1))[1] = r.getLong(3);
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement("SELECT actor, COUNT(*) FROM audit WHERE at >= ? "
                    + "GROUP BY actor")) {
                p.setString(1, since == null ? "" : since.toString());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        agents.computeIfAbsent(r.getString(1), k -> new long[3])[2] = r.getLong(2);
                    }
                }
            }
            Map<String, AgentActivity> perAgent = new LinkedHashMap<>();
            agents.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> perAgent.put(e.getKey(), new AgentActivity(e.getValue()[0], e.getValue()[1],
                            e.getValue()[2])));
            return new UsageStats(perIntent, perEntry, never, perAgent);
        }, "read");
    }

    /**
     * Drafts served per UTC day and intent at or after {@code since} ({@code null}: all time), oldest day first;
     * "(none)" for drafts without an intent.
     */
    public Map<java.time.LocalDate, Map<String, Long>> servedPerDay(Instant since) {
        long from = since == null ? Long.MIN_VALUE : since.toEpochMilli();
        return store.withConnection(c -> {
            Map<java.time.LocalDate, Map<String, Long>> out = new java.util.TreeMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT at_ms / 86400000 AS d, COALESCE(intent, '(none)'),"
                    + " COUNT(*) FROM usage WHERE event = ? AND at_ms >= ? GROUP BY d, 2 ORDER BY d, 2")) {
                p.setString(1, SERVED);
                p.setLong(2, from);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.computeIfAbsent(java.time.LocalDate.ofEpochDay(r.getLong(1)), d -> new LinkedHashMap<>())
                                .put(r.getString(2), r.getLong(3));
                    }
                }
            }
            return out;
        }, "read");
    }

    private static Map<String, Counts> counts(java.sql.Connection c, String key, long from)
            throws java.sql.SQLException {
        Map<String, Counts> out = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + key + " AS k, SUM(event = ?) AS served, SUM(event = ?), "
                + "SUM(event = ?) FROM usage WHERE at_ms >= ? GROUP BY k ORDER BY served DESC, k")) {
            p.setString(1, SERVED);
            p.setString(2, HELPFUL);
            p.setString(3, NOT_HELPFUL);
            p.setLong(4, from);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), new Counts(r.getLong(2), r.getLong(3), r.getLong(4)));
                }
            }
        }
        return out;
    }
}
