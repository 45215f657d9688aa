package com.replyguard.bot.state;

import com.replyguard.bot.core.Feedback;
import com.replyguard.bot.core.FeedbackSink;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Agents' feedback on drafts in {@code bot-state.db}, until the knowledge base records feedback itself.
 * Thread-safe.
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
                    "INSERT INTO feedback(user_id, entry_id, helpful, marketplace, at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setLong(1, f.userId());
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

    /** Every feedback recorded, oldest first. */
    public List<Feedback> all() {
        synchronized (db.lock()) {
            try (PreparedStatement ps = db.connection().prepareStatement(
                    "SELECT user_id, entry_id, helpful, marketplace, at FROM feedback ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                List<Feedback> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Feedback(rs.getLong(1), rs.getString(2), rs.getInt(3) != 0,
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
