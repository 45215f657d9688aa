package com.replyguard.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChatExecutorTest {
    @Test
    void oneChatRunsInOrderWhileASlowChatDoesNotBlockAnother() {
        assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
            ChatExecutor ex = new ChatExecutor(2);
            CountDownLatch slowRelease = new CountDownLatch(1);
            CountDownLatch fastDone = new CountDownLatch(1);
            List<String> order = new CopyOnWriteArrayList<>();
            ex.submit(1, () -> {
                try {
                    slowRelease.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                order.add("1a");
            });
            ex.submit(1, () -> order.add("1b"));
            ex.submit(2, () -> {
                order.add("2");
                fastDone.countDown();
            });
            assertTrue(fastDone.await(30, TimeUnit.SECONDS), "chat 2 ran while chat 1 was busy");
            ex.submit(1, () -> {
                throw new IllegalStateException("a failing task");
            });
            ex.submit(1, () -> order.add("1c"));
            slowRelease.countDown();
            assertTrue(ex.drain(30_000));
            assertEquals(List.of("2", "1a", "1b", "1c"), order);
        });
    }
}
