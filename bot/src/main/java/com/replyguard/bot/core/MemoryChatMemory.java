package com.replyguard.bot.core;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link ChatMemory} in this process only (lost when it ends): for tests and adapters without a state file.
 * Thread-safe.
 */
public final class MemoryChatMemory implements ChatMemory {
    private record Stamped(Object value, long atMillis) {
    }

    private record Key(long chatId, String name) {
    }

    private record ChatUser(long chatId, long userId) {
    }

    private final Duration lifetime;
    private final Clock clock;
    private final AtomicLong nextId;
    private final Map<Long, Remembered> refs = new ConcurrentHashMap<>();
    private final Map<Key, Stamped> values = new ConcurrentHashMap<>();
    private final Map<ChatUser, Stamped> awaiting = new ConcurrentHashMap<>();

    public MemoryChatMemory(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
        this.nextId = new AtomicLong(ChatMemory.firstId(clock.millis(), 0));
    }

    public MemoryChatMemory(Duration lifetime) {
        this(lifetime, Clock.systemUTC());
    }

    @Override
    public String remember(long chatId, Object value) {
        long id = nextId.getAndIncrement();
        if (id % 256 == 0) {
            long now = clock.millis();
            refs.values().removeIf(r -> !r.fresh(now, lifetime));
            values.values().removeIf(s -> now - s.atMillis() >= lifetime.toMillis());
        }
        refs.put(id, new Remembered(chatId, value, clock.millis(), java.util.Set.of()));
        return Long.toString(id);
    }

    @Override
    public Optional<Object> recall(long chatId, String id, long messageId) {
        Long key = parse(id);
        Remembered r = key == null ? null : refs.get(key);
        return r != null && r.fresh(clock.millis(), lifetime) && r.fits(chatId, messageId)
                ? Optional.of(r.value()) : Optional.empty();
    }

    @Override
    public void attach(long chatId, String id, long messageId) {
        Long key = parse(id);
        if (key != null) {
            refs.computeIfPresent(key, (k, r) -> r.chatId() == chatId ? r.attach(messageId) : r);
        }
    }

    @Override
    public void put(long chatId, String key, Object value) {
        if (value == null) {
            values.remove(new Key(chatId, key));
        } else {
            values.put(new Key(chatId, key), new Stamped(value, clock.millis()));
        }
    }

    @Override
    public Optional<Object> get(long chatId, String key) {
        Stamped s = values.get(new Key(chatId, key));
        return s != null && clock.millis() - s.atMillis() < lifetime.toMillis() ? Optional.of(s.value())
                : Optional.empty();
    }

    @Override
    public void awaitText(long chatId, long userId, ChatState.Awaited awaited) {
        if (awaited == null) {
            awaiting.remove(new ChatUser(chatId, userId));
        } else {
            awaiting.put(new ChatUser(chatId, userId), new Stamped(awaited, clock.millis()));
        }
    }

    @Override
    public Optional<ChatState.Awaited> takeAwaited(long chatId, long userId) {
        Stamped s = awaiting.remove(new ChatUser(chatId, userId));
        return s != null && clock.millis() - s.atMillis() < lifetime.toMillis()
                ? Optional.of((ChatState.Awaited) s.value()) : Optional.empty();
    }

    private static Long parse(String id) {
        return ChatMemory.parseId(id);
    }
}
