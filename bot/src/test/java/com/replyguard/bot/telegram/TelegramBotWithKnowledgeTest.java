package com.replyguard.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.access.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end with the real services: the shipped knowledge base, the real drafting and the real rule packs. */
class TelegramBotWithKnowledgeTest {
    static final long AGENT = 1001;
    static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path data;

    @Test
    void aRealBuyerMessageGetsACheckedDraftAndFeedbackReachesTheKnowledgeBase() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            try (BotHarness h = new BotHarness(data, Map.of(AGENT, Role.AGENT)).realServices()) {
                h.start();
                h.api.pushText(AGENT, "Hi, my order 112-4456789-2234567 still hasn't arrived. Where is it?");
                List<FakeTelegramServer.Call> sent = h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT, 2,
                        WAIT);
                assertTrue(sent.get(0).text().startsWith("<pre>"), sent.get(0).text());
                String verdict = sent.get(1).text();
                assertTrue(verdict.contains("✅") || verdict.contains("⚠️"), "a sendable draft first: " + verdict);
                h.api.pushCallback(AGENT, BotHarness.button(sent.get(1), "👍"), sent.get(1));
                h.api.awaitCalls("answerCallbackQuery", c -> c.params().get("text") != null, 1, WAIT);
                assertFalse(h.services().knowledge().feedbackByEntry().isEmpty(), "feedback recorded in the KB");

                h.api.pushText(AGENT, "/check Please leave us 5 stars and we will refund you, or WhatsApp +60123456789");
                String check = h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT
                        && c.text().contains("⛔"), 1, WAIT).get(0).text();
                assertTrue(check.contains("<u><b>"), "offending parts marked: " + check);

                h.api.pushText(AGENT, "/sign Lina | HomeGlow Lamps");
                h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT && c.text().contains("Lina"), 1, WAIT);
                h.api.pushText(AGENT, "Where is my order 112-4456789-2234567? It was due on Monday.");
                String signed = h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT
                        && c.text().startsWith("<pre>") && c.text().contains("Lina"), 1, WAIT).get(0).text();
                assertTrue(signed.contains("HomeGlow Lamps") && !signed.contains("[AGENT NAME]"),
                        "the draft is signed with the agent's name and store: " + signed);
            }
        });
    }
}
