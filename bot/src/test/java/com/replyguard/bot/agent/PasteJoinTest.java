package com.replyguard.bot.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import com.replyguard.bot.access.AccessList;
import com.replyguard.bot.access.RateLimiter;
import com.replyguard.bot.access.Role;
import com.replyguard.bot.core.Button;
import com.replyguard.bot.core.Conversation;
import com.replyguard.bot.core.FeedbackSink;
import com.replyguard.bot.core.FileFetcher;
import com.replyguard.bot.core.HandlerRegistry;
import com.replyguard.bot.core.Input;
import com.replyguard.bot.core.MemoryChatMemory;
import com.replyguard.bot.core.Messages;
import com.replyguard.bot.core.Reply;
import com.replyguard.bot.testing.MemorySettingsStore;
import com.replyguard.bot.testing.StubChecker;
import com.replyguard.bot.testing.StubKnowledge;
import com.replyguard.drafting.DraftResult;
import com.replyguard.drafting.Drafter;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A paste Telegram delivers as two messages is drafted once, as one buyer message. */
class PasteJoinTest {
    static final long AGENT = 7;

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-12-04T05:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final List<String> drafted = new ArrayList<>();
    private final StubChecker checker = new StubChecker();
    private final StubKnowledge knowledge = new StubKnowledge(checker);
    private final Drafter recording = new Drafter() {
        @Override
        public DraftResult draft(String message, Marketplace marketplace) {
            drafted.add(message);
            return knowledge.draft(message, marketplace);
        }
    };
    private final FeedbackSink sink = new FeedbackSink() {
        @Override
        public void record(com.replyguard.bot.core.Feedback f) {
        }

        @Override
        public void served(String actor, String entryId, com.replyguard.knowledge.entry.Intent intent,
                           Marketplace marketplace) {
        }
    };
    private final Conversation conversation = new Conversation(
            AgentFeatures.register(new HandlerRegistry(), recording, knowledge, checker, sink, false),
            new AccessList(Map.of(AGENT, Role.AGENT), id -> java.util.Optional.empty(), false),
            new RateLimiter(600, 600, Ticker.systemTicker()), new MemorySettingsStore(),
            new MemoryChatMemory(Duration.ofMinutes(5)), new Messages(),
            new Conversation.Defaults(Marketplace.AMAZON, Language.EN, 5000), clock);

    private List<Reply> say(String text) {
        return conversation.handle(new Input.Text(AGENT, AGENT, text), FileFetcher.NONE);
    }

    private static String firstPart() {
        StringBuilder b = new StringBuilder("Hello, I am writing about my order and the long story behind it. ");
        while (b.length() < 4090) {
            b.append("The parcel went to the wrong depot again. ");
        }
        return b.substring(0, 4096);
    }

    private static String visible(List<Reply> replies) {
        StringBuilder sb = new StringBuilder();
        for (Reply r : replies) {
            if (r instanceof Reply.Message m) {
                sb.append(m.text().visibleText()).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void twoPartsWithinTwoSecondsAreDraftedOnceAsOneMessage() {
        String held = visible(say(firstPart()));
        assertTrue(held.contains("long message (4096 characters)"), held);
        assertEquals(List.of(), drafted, "the first part waits for the rest");
        clock.now = clock.now.plusMillis(900);
        String joined = visible(say("Where is it now? Thanks, Maria"));
        assertTrue(joined.contains("arrived in two parts"), joined);
        assertEquals(1, drafted.size(), "one draft for the whole paste");
        assertTrue(drafted.get(0).startsWith(firstPart()) && drafted.get(0).endsWith("Where is it now? Thanks, Maria"));
    }

    @Test
    void aLongMessageWithNoSecondPartIsDraftedWithOneTapAndALateMessageIsNotJoined() {
        List<Reply> held = say(firstPart());
        clock.now = clock.now.plusSeconds(30);
        say("Where is my order?");
        assertEquals(List.of("Where is my order?"), drafted, "a message after the window is its own");
        String data = ((Reply.Message) held.get(0)).buttons().get(0).stream()
                .map(b -> ((Button.Callback) b.action()).data()).findFirst().orElseThrow();
        conversation.handle(new Input.ButtonPress(AGENT, AGENT, data), FileFetcher.NONE);
        assertEquals(2, drafted.size(), "the held message is drafted on tap, never lost");
        assertEquals(firstPart(), drafted.get(1));
    }

    @Test
    void shortMessagesAreDraftedAtOnce() {
        say("Where is my order?");
        clock.now = clock.now.plusMillis(500);
        say("And can I change the address?");
        assertEquals(List.of("Where is my order?", "And can I change the address?"), drafted);
    }
}
