package com.replyguard.bot.telegram;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks one at a time per chat, in order, on a bounded pool shared by all chats, so a slow chat never holds
 * up the others.
 *
 * <p>Thread safety: thread-safe.
 */
final class ChatExecutor {
    private final ExecutorService pool;
    private final ConcurrentHashMap<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, AtomicInteger> pending = new ConcurrentHashMap<>();

    ChatExecutor(int threads) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "replyguard-chat-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues {@code task} after the chat's earlier tasks; a failing task does not stop later ones. */
    void submit(long chatId, Runnable task) {
        pending.computeIfAbsent(chatId, k -> new AtomicInteger()).incrementAndGet();
        Runnable counted = () -> {
            try {
                task.run();
            } finally {
                pending.computeIfPresent(chatId, (k, n) -> n.decrementAndGet() <= 0 ? null : n);
            }
        };
        CompletableFuture<Void>[] created = new CompletableFuture[1];
        tails.compute(chatId, (k, prev) -> {
            CompletableFuture<Void> start = prev == null ? CompletableFuture.completedFuture(null)
                    : prev.exceptionally(e -> null);
            created[0] = start.thenRunAsync(counted, pool);
            return created[0];
        });
        created[0].whenComplete((v, e) -> tails.remove(chatId, created[0]));
    }

    /** How many of the chat's tasks are queued or running. */
    int pending(long chatId) {
        AtomicInteger n = pending.get(chatId);
        return n == null ? 0 : Math.max(0, n.get());
    }

    /** Waits for every queued task (including ones chained behind running tasks) to finish, up to {@code millis}. */
    boolean drain(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (!tails.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                CompletableFuture.allOf(tails.values().toArray(new CompletableFuture[0]))
                        .get(left, TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                // a failed task ends its chain like a finished one
            } catch (java.util.concurrent.TimeoutException e) {
                break;
            }
            Thread.sleep(1); // let completed chains remove themselves
        }
        pool.shutdown();
        return pool.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    /** Abandons everything at once (interrupting running tasks), as a crash would. */
    List<Runnable> halt() {
        return pool.shutdownNow();
    }
}
