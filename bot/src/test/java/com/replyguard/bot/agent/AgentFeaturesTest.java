package com.replyguard.bot.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import com.replyguard.bot.access.AccessList;
import com.replyguard.bot.access.RateLimiter;
import com.replyguard.bot.access.Role;
import com.replyguard.bot.core.Button;
import com.replyguard.bot.core.MemoryChatMemory;
import com.replyguard.bot.core.Conversation;
import com.replyguard.bot.core.Feedback;
import com.replyguard.bot.core.FeedbackSink;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.bot.core.FileFetcher;
import com.replyguard.bot.core.HandlerRegistry;
import com.replyguard.bot.core.Input;
import com.replyguard.bot.core.Messages;
import com.replyguard.bot.core.Reply;
import com.replyguard.bot.core.RichText;
import com.replyguard.bot.testing.MemorySettingsStore;
import com.replyguard.bot.testing.StubChecker;
import com.replyguard.bot.testing.StubKnowledge;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The agent features through the conversation core, with stub drafting and checking. */
class AgentFeaturesTest {
    static final long AGENT = 7;
    private final MemorySettingsStore store = new MemorySettingsStore();
    private final List<Feedback> feedback = new ArrayList<>();
    private final List<String> served = new ArrayList<>();
    private final FeedbackSink sink = new FeedbackSink() {
        @Override
        public void record(Feedback f) {
            feedback.add(f);
        }

        @Override
        public void served(String actor, String entryId, Intent intent, Marketplace marketplace) {
            served.add(actor + " " + entryId);
        }
    };
    private final StubChecker checker = new StubChecker();
    private final StubKnowledge knowledge = new StubKnowledge(checker);
    private final Conversation conversation = new Conversation(
            AgentFeatures.register(new HandlerRegistry(), knowledge, knowledge, checker, sink, false),
            new AccessList(Map.of(AGENT, Role.AGENT), id -> java.util.Optional.empty(), false),
            new RateLimiter(600, 600, Ticker.systemTicker()), store, new MemoryChatMemory(Duration.ofMinutes(5)),
            new Messages(), new Conversation.Defaults(Marketplace.AMAZON, Language.EN, 4000), Clock.systemUTC());

    private List<Reply> say(String text) {
        return conversation.handle(new Input.Text(AGENT, AGENT, text), FileFetcher.NONE);
    }

    private List<Reply> press(String data) {
        return conversation.handle(new Input.ButtonPress(AGENT, AGENT, data), FileFetcher.NONE);
    }

    private static Reply.Message msg(List<Reply> r, int i) {
        return (Reply.Message) r.stream().filter(x -> x instanceof Reply.Message).toList().get(i);
    }

    private static String callback(Reply.Message m, String labelPart) {
        return m.buttons().stream().flatMap(List::stream).filter(b -> b.label().contains(labelPart))
                .map(b -> ((Button.Callback) b.action()).data()).findFirst().orElseThrow();
    }

    @Test
    void aPasteGivesTheDraftAsACopyableBlockThenVerdictFillInsAndFiveButtons() {
        List<Reply> r = say("Where is my order?");
        Reply.Message draft = msg(r, 0);
        assertEquals(List.of(new RichText.Pre(StubKnowledge.FIRST)), draft.text().spans());
        assertEquals(new Button.CopyText(StubKnowledge.FIRST), draft.buttons().get(0).get(0).action());
        Reply.Message verdict = msg(r, 1);
        String v = verdict.text().visibleText();
        assertTrue(v.contains("Draft 1 of 3") && v.contains("✅") && v.contains("[TRACKING NUMBER]"), v);
        assertEquals(5, verdict.buttons().stream().mapToInt(List::size).sum());
    }

    @Test
    void signSetsTheNameAndStoreThatDraftsAreFilledWith() {
        assertTrue(msg(say("/sign"), 0).text().visibleText().contains("- | -"));
        assertTrue(msg(say("/sign Lina | HomeGlow Lamps"), 0).text().visibleText().contains("Lina | HomeGlow Lamps"));
        say("Where is my order?");
        assertEquals(Map.of("agent_name", "Lina", "store_name", "HomeGlow Lamps"), knowledge.lastKnown);
        say("/sign Sam");
        say("Where is my order?");
        assertEquals(Map.of("agent_name", "Sam"), knowledge.lastKnown, "a blank store is forgotten");
    }

    @Test
    void nextDraftCyclesThroughTheDraftsAndShowsBlockingReasons() {
        Reply.Message verdict = msg(say("order question"), 1);
        List<Reply> second = press(callback(verdict, "Next"));
        assertEquals(StubKnowledge.SECOND, msg(second, 0).text().visibleText());
        String v = msg(second, 1).text().visibleText();
        assertTrue(v.contains("⛔") && v.contains("Rewards tied to ratings"), v);
        List<Reply> third = press(callback(msg(second, 1), "Next"));
        List<Reply> wrapped = press(callback(msg(third, 1), "Next"));
        assertEquals(StubKnowledge.FIRST, msg(wrapped, 0).text().visibleText());
    }

    @Test
    void feedbackIsRecordedForTheDraftShownAndAcknowledgedOnTheButton() {
        Reply.Message verdict = msg(say("order question"), 1);
        List<Reply> second = press(callback(verdict, "Next"));
        List<Reply> r = press(callback(msg(second, 1), "👎"));
        assertInstanceOf(Reply.Toast.class, r.get(0));
        assertEquals(1, feedback.size());
        assertEquals("order-status-2", feedback.get(0).entryId());
        assertEquals("agent:7", feedback.get(0).actor());
        assertEquals(List.of("agent:7 order-status-1", "agent:7 order-status-2"), served);
        assertFalse(feedback.get(0).helpful());
        press(callback(verdict, "👍"));
        assertTrue(feedback.get(1).helpful());
        assertEquals("order-status-1", feedback.get(1).entryId());
    }

    @Test
    void checkMyEditThenAPasteChecksThatPasteInsteadOfDraftingIt() {
        Reply.Message verdict = msg(say("order question"), 1);
        press(callback(verdict, "Check my edit"));
        List<Reply> r = say("Hello, please give us 5 stars for a gift");
        String findings = msg(r, 0).text().visibleText();
        assertTrue(findings.contains("⛔"), findings);
        assertTrue(msg(r, 0).text().spans().contains(new RichText.Marked("5 stars")), msg(r, 0).text().toString());
        assertEquals("Hello, please give us for a gift", msg(r, 1).text().spans().stream()
                .filter(s -> s instanceof RichText.Pre).findFirst().orElseThrow().text());
    }

    @Test
    void checkWithAnOkTextSaysItIsSafeWithoutAFix() {
        List<Reply> r = say("/check Thanks for your patience, the parcel left today.");
        assertEquals(1, r.size());
        assertTrue(msg(r, 0).text().visibleText().contains("✅"));
    }

    @Test
    void policyNotesListTitleTextAndSource() {
        Reply.Message verdict = msg(say("order question"), 1);
        String notes = msg(press(callback(verdict, "Policy")), 0).text().visibleText();
        assertTrue(notes.contains("Keep shipping promises realistic") && notes.contains("Test handbook"), notes);
    }

    @Test
    void noDraftSaysSoPolitely() {
        String r = msg(say("Hello there"), 0).text().visibleText();
        assertTrue(r.contains("no good reply"), r);
    }

    @Test
    void marketAndLangAreRememberedAndOfferedAsButtons() {
        Reply.Message choose = msg(say("/market"), 0);
        assertEquals(3, choose.buttons().get(0).size());
        press(callback(choose, "ebay"));
        assertEquals(Marketplace.EBAY, store.find(AGENT).orElseThrow().marketplace());
        say("/lang bn");
        assertEquals(Language.BN, store.find(AGENT).orElseThrow().language());
        String help = msg(say("/help"), 0).text().visibleText();
        assertTrue(help.contains("ebay") && help.contains("বাংলা"), help);
        String bad = msg(say("/market mars"), 0).text().visibleText();
        assertTrue(bad.contains("mars"), bad);
    }

    @Test
    void askAnswersInTheQuestionsLanguage() {
        String r = msg(say("/ask আমি কি রিভিউ চাইতে পারি?"), 0).text().visibleText();
        assertTrue(r.contains("রিভিউ চাওয়ার নিয়ম") && r.contains("Test policy"), r);
        assertTrue(msg(say("/ask"), 0).text().visibleText().contains("/ask"));
    }

    @Test
    void theBotAsksForTheBlanksInOneStepAndReturnsTheFinishedDraftToCopy() {
        List<Reply> r = say("Where is my order?");
        String ask = msg(r, 2).text().visibleText();
        assertTrue(ask.contains("[TRACKING NUMBER]"), ask);
        List<Reply> done = say("1Z999AA10123456784");
        Reply.Message finished = msg(done, 0);
        String text = finished.text().visibleText();
        assertTrue(text.contains("tracking: 1Z999AA10123456784.") && !text.contains("[TRACKING NUMBER]"), text);
        assertTrue(finished.buttons().get(0).get(0).action() instanceof Button.CopyText c
                && c.text().equals(text.strip()), "copy button with the finished draft");
        assertTrue(msg(done, 1).text().visibleText().contains("complete"));
    }

    @Test
    void aNewBuyerMessageInsteadOfTheBlanksIsDraftedAsUsual() {
        say("Where is my order?");
        List<Reply> next = say("My order arrived broken, help");
        assertTrue(msg(next, 0).text().visibleText().contains(StubKnowledge.FIRST), "drafted, not taken as values");
    }

    @Test
    void askAlwaysSaysWhichMarketplaceItAnsweredFor() {
        String r = msg(say("/ask Can I ask for a review?"), 0).text().visibleText();
        assertTrue(r.contains("Answer for amazon") && r.contains("this chat"), r);
    }

    @Test
    void aButtonFromAForgottenMessageSaysItExpired() {
        List<Reply> r = press("nx:zzz");
        assertInstanceOf(Reply.Toast.class, r.get(0));
        assertTrue(msg(r, 0).text().visibleText().contains("older message"));
    }

    @Test
    void marksCoverOverlappingFindingsOnce() {
        RichText.Builder b = RichText.builder();
        new com.replyguard.bot.findings.CheckView(new com.replyguard.bot.core.Messages(), null).appendMarked(b, "abcdefghij", List.of(
                new com.replyguard.policy.Finding("r1", com.replyguard.policy.Category.MARKETING,
                        com.replyguard.policy.Severity.WARN, 2, 5, "cde", "m", null, null),
                new com.replyguard.policy.Finding("r2", com.replyguard.policy.Category.MARKETING,
                        com.replyguard.policy.Severity.WARN, 4, 7, "efg", "m", null, null),
                new com.replyguard.policy.Finding("r3", com.replyguard.policy.Category.MARKETING,
                        com.replyguard.policy.Severity.WARN, 8, 40, "ij", "m", null, null)), false);
        assertEquals(List.of(new RichText.Plain("ab"), new RichText.Marked("cdefg"), new RichText.Plain("h"),
                new RichText.Marked("ij")), b.build().spans());
    }
}
