package com.replyguard.bot.state;

import com.replyguard.bot.core.Feedback;
import com.replyguard.bot.core.FeedbackSink;
import com.replyguard.knowledge.curation.VoteChange;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Drafts served and agents' feedback in {@code bot-state.db}: for tests and for running without a knowledge base
 * ({@code KnowledgeFeedbackSink} records into the knowledge base in production). Thread-safe.
 */
public final class SqliteFeedbackSink implements FeedbackSink {
    private final BotStateDb db;

    public SqliteFeedbackSink(BotStateDb db) {
        this.db = db;
    }

    @Override
    public void record(Feedback f) {
        synchronized (db.lock()) {
            try (PreparedStatement ps = db.connection().prepareStatement(
                    "INSERT INTO feedback(actor, entry_id, helpful, marketplace, at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, f.actor());
                ps.setString(2, f.entryId());
                ps.setInt(3, f.helpful() ? 1 : 0);
                ps.setString(4, f.marketplace().id());
                ps.setString(5, f.at().toString());
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot save feedback: " + e.getMessage(), e);
            }
        }
    }

    /** One row per actor and entry: the other button changes it, the same button again writes nothing. */
    @Override
    public VoteChange vote(Feedback f) {
        VoteChange[] change = {VoteChange.RECORDED};
        db.inTransaction(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT helpful FROM feedback WHERE actor = ? AND entry_id = ?")) {
                q.setString(1, f.actor());
                q.setString(2, f.entryId());
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        change[0] = (rs.getInt(1) != 0) == f.helpful() && change[0] != VoteChange.CHANGED
                                ? VoteChange.UNCHANGED : VoteChange.CHANGED;
                    }
                }
            }
            if (change[0] == VoteChange.UNCHANGED) {
                return;
            }
            try (PreparedStatement d = c.prepareStatement("DELETE FROM feedback WHERE actor = ? AND entry_id = ?")) {
                d.setString(1, f.actor());
                d.setString(2, f.entryId());
                d.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO feedback(actor, entry_id, helpful, marketplace, at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, f.actor());
                ps.setString(2, f.entryId());
                ps.setInt(3, f.helpful() ? 1 : 0);
                ps.setString(4, f.marketplace().id());
                ps.setString(5, f.at().toString());
                ps.executeUpdate();
            }
        });
        return change[0];
    }

    @Override
    public void served(String actor, String entryId, com.replyguard.knowledge.entry.Intent intent,
                       com.replyguard.policy.Marketplace marketplace) {
        synchronized (db.lock()) {
            try (PreparedStatement ps = db.connection().prepareStatement(
                    "INSERT INTO served(actor, entry_id, intent, marketplace, at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, actor);
                ps.setString(2, entryId);
                ps.setString(3, intent == null ? null : intent.name());
                ps.setString(4, marketplace.id());
                ps.setString(5, java.time.Instant.now().toString());
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot save usage: " + e.getMessage(), e);
            }
        }
    }

    /** Every feedback recorded, oldest first. */
    public List<Feedback> all() {
        synchronized (db.lock()) {
            try (PreparedStatement ps = db.connection().prepareStatement(
                    "SELECT actor, entry_id, helpful, marketplace, at FROM feedback ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                List<Feedback> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Feedback(rs.getString(1), rs.getString(2), rs.getInt(3) != 0,
                            com.replyguard.policy.Marketplace.parse(rs.getString(4)),
                            java.time.Instant.parse(rs.getString(5))));
                }
                return out;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read feedback: " + e.getMessage(), e);
            }
        }
    }
}
