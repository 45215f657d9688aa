package com.replyguard.knowledge.store;

import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.entry.Kind;
import com.replyguard.knowledge.entry.Status;
import com.replyguard.knowledge.entry.Topic;
import com.replyguard.knowledge.io.EntryCodec;
import com.replyguard.knowledge.search.EntryFilter;
import com.replyguard.policy.analysis.Language;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The store's queries for entries: current versions (one, some, all, filtered, changed since a sequence number) and
 * an entry's stored revisions. Thread safety: none of its own; {@link KnowledgeStore} calls it under its lock.
 */
record EntryReads(Connection c, EntryCodec codec, Sql sql) {
    Optional<Entry> current(String id) {
        return one("SELECT json FROM entries WHERE id = ?", id);
    }

    Optional<Entry> version(String id, int version) {
        try (PreparedStatement p = c.prepareStatement("SELECT json FROM entry_versions WHERE id = ? AND version = ?")) {
            p.setString(1, id);
            p.setInt(2, version);
            return first(p);
        } catch (SQLException ex) {
            throw sql.translate("read", ex);
        }
    }

    /** Every stored version of an entry, oldest first. */
    List<Entry> versions(String id) {
        return many("SELECT json FROM entry_versions WHERE id = ? ORDER BY version", List.of(id));
    }

    int count() {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM entries")) {
            return r.next() ? r.getInt(1) : 0;
        } catch (SQLException ex) {
            throw sql.translate("read", ex);
        }
    }

    /** Current entries matching the filter, ordered by id. */
    List<Entry> list(EntryFilter f) {
        StringBuilder q = new StringBuilder("SELECT json FROM entries WHERE 1 = 1");
        List<String> args = new ArrayList<>();
        and(q, args, "kind = ?", f.kind(), Kind::id);
        and(q, args, "status = ?", f.status(), Status::id);
        and(q, args, "language = ?", f.language(), Language::code);
        and(q, args, "intent = ?", f.intent(), Intent::name);
        and(q, args, "topic = ?", f.topic(), Topic::name);
        and(q, args, "grp = ?", f.group(), Function.identity());
        // an entry for every marketplace matches any marketplace asked for
        and(q, args, "(instr(marketplaces, ?) > 0 OR instr(marketplaces, '|all|') > 0)", f.marketplace(),
                m -> "|" + m.id() + "|");
        q.append(" ORDER BY id");
        return many(q.toString(), args);
    }

    /** Adds {@code condition} with the column value {@code wanted} asks for, unless the filter leaves it open (null). */
    private static <T> void and(StringBuilder q, List<String> args, String condition, T wanted,
                                Function<T, String> column) {
        if (wanted != null) {
            q.append(" AND ").append(condition);
            args.add(column.apply(wanted));
        }
    }

    /** The current versions of those of {@code ids} that exist, by id. */
    java.util.Map<String, Entry> currentMap(List<String> ids) {
        java.util.Map<String, Entry> out = new java.util.HashMap<>();
        if (ids.isEmpty() || count() == 0) {
            return out;
        }
        final int chunk = 500;
        try {
            for (int from = 0; from < ids.size(); from += chunk) {
                List<String> part = ids.subList(from, Math.min(ids.size(), from + chunk));
                String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
                try (PreparedStatement p = c.prepareStatement("SELECT json FROM entries WHERE id IN (" + marks + ")")) {
                    for (int i = 0; i < part.size(); i++) {
                        p.setString(i + 1, part.get(i));
                    }
                    for (Entry e : all(p)) {
                        out.put(e.id(), e);
                    }
                }
            }
            return out;
        } catch (SQLException ex) {
            throw sql.translate("read", ex);
        }
    }

    /** Streams every current entry (for index rebuilds) without holding them all in memory. */
    void forEachCurrent(Consumer<Entry> action) {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT json FROM entries")) {
            while (r.next()) {
                action.accept(codec.fromStored(r.getString(1)));
            }
        } catch (SQLException ex) {
            throw sql.translate("read", ex);
        }
    }

    /** Current entries written by a transaction after {@code seq}. */
    List<Entry> changedSince(long seq) {
        try (PreparedStatement p = c.prepareStatement("SELECT json FROM entries WHERE seq > ?")) {
            p.setLong(1, seq);
            return all(p);
        } catch (SQLException ex) {
            throw sql.translate("read", ex);
        }
    }

    private Optional<Entry> one(String q, String arg) {
        try (PreparedStatement p = c.prepareStatement(q)) {
            p.setString(1, arg);
            return first(p);
        } catch (SQLException ex) {
            throw sql.translate("read", ex);
        }
    }

    private List<Entry> many(String q, List<String> args) {
        try (PreparedStatement p = c.prepareStatement(q)) {
            for (int i = 0; i < args.size(); i++) {
                p.setString(i + 1, args.get(i));
            }
            return all(p);
        } catch (SQLException ex) {
            throw sql.translate("read", ex);
        }
    }

    private Optional<Entry> first(PreparedStatement p) throws SQLException {
        try (ResultSet r = p.executeQuery()) {
            return r.next() ? Optional.of(codec.fromStored(r.getString(1))) : Optional.empty();
        }
    }

    private List<Entry> all(PreparedStatement p) throws SQLException {
        List<Entry> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(codec.fromStored(r.getString(1)));
            }
        }
        return out;
    }
}
