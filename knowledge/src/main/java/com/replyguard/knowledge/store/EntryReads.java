package com.replyguard.knowledge.store;

import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.io.EntryCodec;
import com.replyguard.knowledge.search.EntryFilter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The store's queries for entries: current versions (one, some, all, filtered, changed since a sequence number) and
 * an entry's stored revisions. Thread safety: none of its own; {@link KnowledgeStore} calls it under its lock.
 */
final class EntryReads {
    private final Connection c;
    private final EntryCodec codec;
    private final Sql sql;

    EntryReads(Connection c, EntryCodec codec, Sql sql) {
        this.c = c;
        this.codec = codec;
        this.sql = sql;
    }

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
        if (f.kind() != null) {
            q.append(" AND kind = ?");
            args.add(f.kind().id());
        }
        if (f.status() != null) {
            q.append(" AND status = ?");
            args.add(f.status().id());
        }
        if (f.language() != null) {
            q.append(" AND language = ?");
            args.add(f.language().code());
        }
        if (f.intent() != null) {
            q.append(" AND intent = ?");
            args.add(f.intent().name());
        }
        if (f.topic() != null) {
            q.append(" AND topic = ?");
            args.add(f.topic().name());
        }
        if (f.group() != null) {
            q.append(" AND grp = ?");
            args.add(f.group());
        }
        if (f.marketplace() != null) {
            q.append(" AND (instr(marketplaces, ?) > 0 OR instr(marketplaces, '|all|') > 0)");
            args.add("|" + f.marketplace().id() + "|");
        }
        q.append(" ORDER BY id");
        return many(q.toString(), args);
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
