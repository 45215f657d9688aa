package com.replyguard.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import com.replyguard.bot.access.AccessList;
import com.replyguard.bot.access.RateLimiter;
import com.replyguard.bot.access.Role;
import com.replyguard.bot.agent.AgentFeatures;
import com.replyguard.bot.core.Button;
import com.replyguard.bot.core.Conversation;
import com.replyguard.bot.core.FileFetcher;
import com.replyguard.bot.core.HandlerRegistry;
import com.replyguard.bot.core.Input;
import com.replyguard.bot.core.MemoryChatMemory;
import com.replyguard.bot.core.Messages;
import com.replyguard.bot.core.Reply;
import com.replyguard.bot.core.RichText;
import com.replyguard.bot.terminal.TextRenderer;
import com.replyguard.bot.testing.Golden;
import com.replyguard.bot.testing.MemoryFeedbackSink;
import com.replyguard.bot.testing.MemorySettingsStore;
import com.replyguard.bot.testing.StubKnowledge;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.rules.RuleChecker;
import com.replyguard.policy.rules.RulePacks;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The /check report as Telegram receives it (HTML, split into messages as the sender splits them) and as the terminal
 * chat prints it, for the golden drafts (see {@link Golden}), each in the language of its draft chosen with /lang.
 */
class CheckReportRenderingGoldenTest {
    private static final long AGENT = 7;
    private static final RuleChecker CHECKER = RulePacks.loadChecker(new TextAnalysis(), List.of());
    private final StubKnowledge knowledge = new StubKnowledge(CHECKER);
    private final Conversation conversation = new Conversation(
            AgentFeatures.register(new HandlerRegistry(), knowledge, knowledge, CHECKER, new MemoryFeedbackSink(),
                    false),
            new AccessList(Map.of(AGENT, Role.AGENT), id -> java.util.Optional.empty(), false),
            new RateLimiter(600, 600, Ticker.systemTicker()), new MemorySettingsStore(),
            new MemoryChatMemory(Duration.ofMinutes(5)), new Messages(),
            new Conversation.Defaults(Marketplace.AMAZON, Language.EN, 5000), Clock.systemUTC());

    static Stream<String> drafts() {
        return Golden.DRAFTS.stream();
    }

    private List<Reply.Message> check(String name) {
        conversation.handle(new Input.Text(AGENT, AGENT, "/lang " + name.substring(0, 2)), FileFetcher.NONE);
        return messages(conversation.handle(new Input.Text(AGENT, AGENT, "/check " + Golden.draft(name)),
                FileFetcher.NONE));
    }

    private static List<Reply.Message> messages(List<Reply> replies) {
        return replies.stream().filter(r -> r instanceof Reply.Message).map(r -> (Reply.Message) r).toList();
    }

    /** The Telegram messages the sender would send for these replies (each reply split at Telegram's limit). */
    private static List<String> telegram(List<Reply.Message> replies) {
        List<String> out = new ArrayList<>();
        for (Reply.Message m : replies) {
            for (RichText part : HtmlRenderer.split(m.text(), HtmlRenderer.TELEGRAM_LIMIT)) {
                out.add(HtmlRenderer.render(part));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drafts")
    void telegramReport(String name) {
        List<Reply.Message> replies = check(name);
        List<String> sent = telegram(replies);
        StringBuilder golden = new StringBuilder();
        for (int i = 0; i < sent.size(); i++) {
            golden.append("=== message ").append(i + 1).append(" ===\n").append(sent.get(i)).append('\n');
        }
        for (Reply.Message m : replies) {
            for (List<Button> row : m.buttons()) {
                golden.append("[buttons] ").append(row.stream().map(Button::label).toList()).append('\n');
            }
        }
        Golden.assertMatches(name, "telegram", golden.toString());
        assertTrue(sent.size() <= 2, name + " took " + sent.size() + " messages");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drafts")
    void terminalReportMarksTheOffendingParts(String name) {
        TextRenderer plain = new TextRenderer(false);
        StringBuilder out = new StringBuilder();
        for (Reply.Message m : check(name)) {
            out.append(plain.render(m.text())).append("\n---\n");
        }
        Golden.assertMatches(name, "terminal", out.toString());
        assertTrue(out.toString().contains("[["), "the offending parts are marked: " + out);
        assertFalse(out.toString().contains("\u001b["), "no colour codes without colour");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drafts")
    void terminalColourMarksExactlyWhatTheBracketsMark(String name) {
        for (Reply.Message m : check(name)) {
            String plain = new TextRenderer(false).render(m.text());
            String coloured = new TextRenderer(true).render(m.text());
            int marks = plain.split("\\[\\[", -1).length - 1;
            assertEquals(marks, coloured.split("\u001b\\[4;31m", -1).length - 1, coloured);
            assertFalse(coloured.contains("[[") || coloured.contains("]]"), coloured);
            assertEquals(plain.replace("[[", "").replace("]]", ""), coloured.replaceAll("\u001b\\[[0-9;]*m", ""),
                    "the same report, only marked differently");
        }
    }

    static Stream<String> longDrafts() {
        return Golden.LONG.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("longDrafts")
    void aLongDraftWithManyProblemsFitsTwoMessagesAndShowAllListsTheRest(String name) {
        String text = Golden.draft(name);
        assertTrue(text.length() >= 4000, "a 4,000-character draft: " + text.length());
        List<Reply.Message> replies = check(name);
        assertTrue(telegram(replies).size() <= 2, "at most two Telegram messages");
        int groups = CHECKER.check(text, Marketplace.AMAZON).groups(text).size();
        assertTrue(groups > 10, "many problems: " + groups);
        String data = replies.get(0).buttons().stream().flatMap(List::stream)
                .filter(b -> b.label().contains(String.valueOf(groups)))
                .map(b -> ((Button.Callback) b.action()).data()).findFirst().orElseThrow();
        List<Reply.Message> all = messages(conversation.handle(new Input.ButtonPress(AGENT, AGENT, data),
                FileFetcher.NONE));
        String listed = all.stream().map(m -> m.text().visibleText()).reduce("", String::concat);
        assertEquals(groups, listed.split("\u26d4|\u26a0\ufe0f", -1).length - 1, listed);
    }
}
