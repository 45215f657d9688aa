package com.replyguard.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.access.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A token Telegram refuses while the bot runs (getUpdates answers 401): the operator is told once, told again when
 * Telegram accepts it, and the bot goes on answering without losing what came in meanwhile.
 */
class TelegramTokenRefusedTest {
    static final long AGENT = 1001;

    @TempDir
    Path data;

    @Test
    void aTokenRefusedWhileRunningIsToldOnceThenItsReturnAndNothingIsLost() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            try (BotHarness h = new BotHarness(data, Map.of(AGENT, Role.AGENT))) {
                LinkedBlockingQueue<String> told = new LinkedBlockingQueue<>();
                TelegramBot bot = h.build();
                bot.onToken(new TokenListener() {
                    @Override
                    public void rejected() {
                        told.add("rejected");
                    }

                    @Override
                    public void acceptedAgain() {
                        told.add("accepted");
                    }
                });
                bot.start();
                h.api.pushText(AGENT, "/help");
                h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT, 1, Duration.ofSeconds(20));
                assertEquals(List.of(), List.copyOf(told), "a token Telegram accepts is not reported");

                h.api.failNextWith("getUpdates", 401, "Unauthorized", 3); // revoked, then restored
                h.api.pushText(AGENT, "/market ebay");
                assertEquals("rejected", told.poll(30, TimeUnit.SECONDS));
                assertEquals("accepted", told.poll(30, TimeUnit.SECONDS));
                h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT && c.text().contains("ebay"), 1,
                        Duration.ofSeconds(20));
                assertTrue(told.isEmpty(), "three refusals in a row are told once: " + told);
            }
        });
    }
}
