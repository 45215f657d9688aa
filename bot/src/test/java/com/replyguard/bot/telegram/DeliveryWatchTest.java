package com.replyguard.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.config.BotConfig;
import com.replyguard.bot.core.Reply;
import com.replyguard.bot.core.RichText;
import com.replyguard.bot.soak.Faults;
import com.replyguard.bot.soak.FaultyBotApi;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The sender learns from Telegram's answer itself whether a message was accepted, and only then. */
class DeliveryWatchTest {
    private static final String TOKEN = "5000000010:delivery-watch-test";

    private static TelegramSender sender(java.net.URI api, DeliveryWatch watch) {
        BotConfig config = BotConfig.builder().token(TOKEN).apiUrl(api).build();
        return new TelegramSender(TelegramClients.create(config, watch), watch, new Pacer(1000, 1000, 1000),
                millis -> { }, 1);
    }

    @Test
    void aMessageTelegramAcceptedIsNotSentAgainWhenItsAnswerCannotBeRead() {
        assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
            try (FakeTelegramServer api = FakeTelegramServer.start(TOKEN)) {
                DeliveryWatch watch = new DeliveryWatch();
                TelegramSender sender = sender(api.baseUrl(), watch);
                AtomicInteger delivered = new AtomicInteger();
                api.answerUnreadably("sendMessage", 1);
                sender.send(7, new Reply.Message(RichText.plain("your parcel left our warehouse")), null, delivered::incrementAndGet);
                assertEquals(1, api.calls("sendMessage").size(), "accepted once, not retried: " + api.summary());
                assertEquals(1, delivered.get());

                // Without anyone watching, the same unreadable answer looks like a failure and is retried: twice.
                api.answerUnreadably("sendMessage", 1);
                sender.send(8, new Reply.Message(RichText.plain("your refund is on its way")), null);
                assertEquals(2, api.sentTo(8).size());
            }
        });
    }

    @Test
    void refusedCutOffAndGarbledAnswersAreNotDeliveriesAndEachAcceptedMessageIsReportedOnce() {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            // A third of the calls fail: 5xx, a connection dropped mid-answer, or a garbled 200 answer. The fake
            // records a message only when it answers it properly.
            Faults faults = new Faults(0.12, 0, 0.1, 0, 0.1, 0, 0);
            try (FaultyBotApi api = new FaultyBotApi(TOKEN, faults, 20261123)) {
                DeliveryWatch watch = new DeliveryWatch();
                TelegramSender sender = sender(api.baseUrl(), watch);
                int messages = 40;
                AtomicInteger[] reported = new AtomicInteger[messages];
                int failedForGood = 0;
                for (int i = 0; i < messages; i++) {
                    AtomicInteger count = reported[i] = new AtomicInteger();
                    try {
                        sender.send(1000 + i, new Reply.Message(RichText.plain("message number " + i)), null, count::incrementAndGet);
                    } catch (SendFailedException e) {
                        failedForGood++;
                    }
                }
                assertTrue(api.requests() >= messages + 5, "the faults happened: " + api.injected());
                for (int i = 0; i < messages; i++) {
                    assertEquals(api.sentCount(1000 + i), reported[i].get(),
                            "message " + i + ": reported as delivered exactly when the server accepted it");
                    assertTrue(api.sentCount(1000 + i) <= 1, "message " + i + " accepted at most once");
                }
                assertTrue(failedForGood < messages / 4, failedForGood + " messages gave up");
            }
        });
    }
}
