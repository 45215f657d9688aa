package com.replyguard.bot.state;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.replyguard.bot.core.ChatMemory;
import com.replyguard.bot.core.ChatState;
import com.replyguard.bot.core.Remembered;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link ChatMemory} in {@code bot-state.db}, so buttons and pending text survive a restart or deploy for the whole
 * configured lifetime. Every change is written before the reply that depends on it goes out; reads come from a
 * cache in front (only this process writes these tables). Ids come from the table's AUTOINCREMENT sequence, raised
 * at every start to at least the clock's milliseconds, so they never repeat in the data directory, not even after
 * {@code bot-state.db} was restored from an older backup. Rows older than the lifetime are deleted once a minute.
 *
 * <p>Thread safety: thread-safe (statements run under the database's lock).
 */
public final class SqliteChatMemory implements ChatMemory {
    private static final long PURGE_EVERY_MILLIS = 60_000;

    private record Stamped(Object value, long atMillis) {
    }

    private record Key(long chatId, String name) {
    }

    private record ChatUser(long chatId, long userId) {
    }

    private final BotStateDb db;
    private final Duration lifetime;
    private final Clock clock;
    private final ChatValueCodec codec = new ChatValueCodec();
    private final Cache<Long, Optional<Remembered>> refs;
    private final Cache<Key, Optional<Stamped>> values;
    private final Cache<ChatUser, Optional<Stamped>> awaiting;
    private volatile long lastPurge;

    public SqliteChatMemory(BotStateDb db, Duration lifetime, Clock clock) {
        this.db = db;
        this.lifetime = lifetime;
        this.clock = clock;
        this.refs = cache(lifetime);
        this.values = cache(lifetime);
        this.awaiting = cache(lifetime);
        raiseIdsToTheClock();
        this.lastPurge = clock.millis();
        purge();
    }

    private static <K, V> Cache<K, V> cache(Duration lifetime) {
        return Caffeine.newBuilder().maximumSize(20_000).expireAfterAccess(lifetime).build();
    }

    private void raiseIdsToTheClock() {
        db.inTransaction(c -> {
            long issued = 0;
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT seq FROM sqlite_sequence WHERE name = 'chat_refs'")) {
                if (r.next()) {
                    issued = r.getLong(1);
                }
            }
            long floor = ChatMemory.firstId(clock.millis(), issued) - 1;
            try (PreparedStatement del = c.prepareStatement("DELETE FROM sqlite_sequence WHERE name = 'chat_refs'");
                 PreparedStatement ins = c.prepareStatement(
                         "INSERT INTO sqlite_sequence (name, seq) VALUES ('chat_refs', ?)")) {
                del.executeUpdate();
                ins.setLong(1, floor);
                ins.executeUpdate();
            }
        });
    }

    @Override
    public String remember(long chatId, Object value) {
        ChatValueCodec.Encoded e = codec.encode(value);
        long at = clock.millis();
        long[] id = new long[1];
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO chat_refs (chat_id, type, json, at_ms,"
                    + " messages) VALUES (?, ?, ?, ?, '')", Statement.RETURN_GENERATED_KEYS)) {
                p.setLong(1, chatId);
                p.setString(2, e.type());
                p.setString(3, e.json());
                p.setLong(4, at);
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    id[0] = keys.getLong(1);
                }
            }
        });
        refs.put(id[0], Optional.of(new Remembered(chatId, value, at, Set.of())));
        purgeIfDue();
        return Long.toString(id[0]);
    }

    @Override
    public Optional<Object> recall(long chatId, String id, long messageId) {
        Long key = parse(id);
        if (key == null) {
            return Optional.empty();
        }
        return refs.get(key, this::loadRef).filter(r -> r.fresh(clock.millis(), lifetime))
                .filter(r -> r.fits(chatId, messageId)).map(Remembered::value);
    }

    @Override
    public void attach(long chatId, String id, long messageId) {
        Long key = parse(id);
        if (key == null) {
            return;
        }
        Optional<Remembered> r = refs.get(key, this::loadRef);
        if (r.isEmpty() || r.get().chatId() != chatId || r.get().messages().contains(messageId)) {
            return;
        }
        Remembered bound = r.get().attach(messageId);
        String messages = bound.messages().stream().map(String::valueOf).collect(Collectors.joining(","));
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE chat_refs SET messages = ? WHERE id = ?")) {
                p.setString(1, messages);
                p.setLong(2, key);
                p.executeUpdate();
            }
        });
        refs.put(key, Optional.of(bound));
    }

    private Optional<Remembered> loadRef(long id) {
        Object[] row = new Object[4];
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT chat_id, type, json, at_ms, messages FROM chat_refs WHERE id = ?")) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) {
                        row[0] = r.getLong(1);
                        row[1] = codec.decode(r.getString(2), r.getString(3)).orElse(null);
                        row[2] = r.getLong(4);
                        row[3] = r.getString(5);
                    }
                }
            }
        });
        if (row[1] == null) {
            return Optional.empty();
        }
        Set<Long> messages = new LinkedHashSet<>();
        Arrays.stream(((String) row[3]).split(",")).filter(s -> !s.isBlank()).map(Long::parseLong)
                .forEach(messages::add);
        return Optional.of(new Remembered((Long) row[0], row[1], (Long) row[2], messages));
    }

    @Override
    public void put(long chatId, String key, Object value) {
        long at = clock.millis();
        if (value == null) {
            db.inTransaction(c -> {
                try (PreparedStatement p = c.prepareStatement(
                        "DELETE FROM chat_values WHERE chat_id = ? AND key = ?")) {
                    p.setLong(1, chatId);
                    p.setString(2, key);
                    p.executeUpdate();
                }
            });
            values.put(new Key(chatId, key), Optional.empty());
            return;
        }
        ChatValueCodec.Encoded e = codec.encode(value);
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO chat_values (chat_id, key, type, json, at_ms)"
                    + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (chat_id, key) DO UPDATE SET type = excluded.type,"
                    + " json = excluded.json, at_ms = excluded.at_ms")) {
                p.setLong(1, chatId);
                p.setString(2, key);
                p.setString(3, e.type());
                p.setString(4, e.json());
                p.setLong(5, at);
                p.executeUpdate();
            }
        });
        values.put(new Key(chatId, key), Optional.of(new Stamped(value, at)));
    }

    @Override
    public Optional<Object> get(long chatId, String key) {
        return values.get(new Key(chatId, key), this::loadValue).filter(this::fresh).map(Stamped::value);
    }

    private Optional<Stamped> loadValue(Key k) {
        Stamped[] found = new Stamped[1];
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT type, json, at_ms FROM chat_values WHERE chat_id = ? AND key = ?")) {
                p.setLong(1, k.chatId());
                p.setString(2, k.name());
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) {
                        long at = r.getLong(3);
                        found[0] = codec.decode(r.getString(1), r.getString(2)).map(v -> new Stamped(v, at))
                                .orElse(null);
                    }
                }
            }
        });
        return Optional.ofNullable(found[0]);
    }

    @Override
    public void awaitText(long chatId, long userId, ChatState.Awaited awaited) {
        long at = clock.millis();
        db.inTransaction(c -> {
            String sql = awaited == null ? "DELETE FROM chat_awaiting WHERE chat_id = ? AND user_id = ?"
                    : "INSERT INTO chat_awaiting (chat_id, user_id, mode, ref, at_ms) VALUES (?, ?, ?, ?, ?)"
                    + " ON CONFLICT (chat_id, user_id) DO UPDATE SET mode = excluded.mode, ref = excluded.ref,"
                    + " at_ms = excluded.at_ms";
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setLong(1, chatId);
                p.setLong(2, userId);
                if (awaited != null) {
                    p.setString(3, awaited.mode());
                    p.setString(4, awaited.ref());
                    p.setLong(5, at);
                }
                p.executeUpdate();
            }
        });
        awaiting.put(new ChatUser(chatId, userId), Optional.ofNullable(awaited).map(a -> new Stamped(a, at)));
    }

    @Override
    public Optional<ChatState.Awaited> takeAwaited(long chatId, long userId) {
        ChatUser k = new ChatUser(chatId, userId);
        Optional<Stamped> s = awaiting.get(k, this::loadAwaited);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        awaitText(chatId, userId, null);
        return s.filter(this::fresh).map(x -> (ChatState.Awaited) x.value());
    }

    private Optional<Stamped> loadAwaited(ChatUser k) {
        Stamped[] found = new Stamped[1];
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT mode, ref, at_ms FROM chat_awaiting WHERE chat_id = ? AND user_id = ?")) {
                p.setLong(1, k.chatId());
                p.setLong(2, k.userId());
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) {
                        found[0] = new Stamped(new ChatState.Awaited(r.getString(1), r.getString(2)), r.getLong(3));
                    }
                }
            }
        });
        return Optional.ofNullable(found[0]);
    }

    private boolean fresh(Stamped s) {
        return clock.millis() - s.atMillis() < lifetime.toMillis();
    }

    private void purgeIfDue() {
        if (clock.millis() - lastPurge >= PURGE_EVERY_MILLIS) {
            lastPurge = clock.millis();
            purge();
        }
    }

    /** Deletes what is older than the lifetime (the caches forget it on their own). */
    private void purge() {
        long cutoff = clock.millis() - lifetime.toMillis();
        db.inTransaction(c -> {
            for (String table : new String[] {"chat_refs", "chat_values", "chat_awaiting"}) {
                try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE at_ms < ?")) {
                    p.setLong(1, cutoff);
                    p.executeUpdate();
                }
            }
        });
    }

    private static Long parse(String id) {
        return ChatMemory.parseId(id);
    }
}
