package com.replyguard.bot.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import com.replyguard.bot.access.AccessList;
import com.replyguard.bot.access.RateLimiter;
import com.replyguard.bot.access.Role;
import com.replyguard.bot.core.Button;
import com.replyguard.bot.core.Conversation;
import com.replyguard.bot.core.FileFetcher;
import com.replyguard.bot.core.HandlerRegistry;
import com.replyguard.bot.core.Input;
import com.replyguard.bot.core.MemoryChatMemory;
import com.replyguard.bot.core.Messages;
import com.replyguard.bot.core.Reply;
import com.replyguard.bot.testing.MemoryFeedbackSink;
import com.replyguard.bot.testing.MemorySettingsStore;
import com.replyguard.bot.testing.StubChecker;
import com.replyguard.bot.testing.StubKnowledge;
import com.replyguard.drafting.Draft;
import com.replyguard.drafting.DraftResult;
import com.replyguard.drafting.Drafter;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The fill-in step through the conversation core: one message asks for a draft's blanks and the claims the agent
 * must confirm; values typed or tapped and one tap per claim give the finished draft, checked again, with its copy
 * button, and no bracket is ever offered for copying.
 */
class FillInsFlowTest {
    private static final long AGENT = 7;
    static final String CLAIM = "I have opened an enquiry with the carrier.";
    static final String PROMISE = "I will open an enquiry with the carrier today.";
    static final String TEXT = "Hi Sam,\n\n[✔ " + CLAIM + " | " + PROMISE + "] Your parcel should arrive [DATE]; "
            + "the tracking number is [TRACKING NUMBER].\n\nKind regards,\nNadia";
    private final StubChecker checker = new StubChecker();
    private String next = TEXT;
    private List<String> nextNeeds = List.of("date", "tracking_number");
    private final Drafter drafter = (message, marketplace) -> new DraftResult(marketplace, Language.EN,
            Intent.ORDER_STATUS, 0.9, com.replyguard.drafting.extract.FoundEntities.NONE, List.of(new Draft(next, "e1", Intent.ORDER_STATUS, 5,
            checker.check(next, marketplace), nextNeeds, false)), List.of(), List.of());
    private final StubKnowledge asker = new StubKnowledge(checker);
    private final Conversation conversation = new Conversation(
            AgentFeatures.register(new HandlerRegistry(), drafter, asker, checker, new MemoryFeedbackSink(), false),
            new AccessList(Map.of(AGENT, Role.AGENT), id -> Optional.empty(), false),
            new RateLimiter(600, 600, Ticker.systemTicker()), new MemorySettingsStore(),
            new MemoryChatMemory(Duration.ofMinutes(5)), new Messages(),
            new Conversation.Defaults(Marketplace.AMAZON, Language.EN, 4000), Clock.systemUTC());

    private List<Reply> say(String text) {
        return conversation.handle(new Input.Text(AGENT, AGENT, text), FileFetcher.NONE);
    }

    private List<Reply> press(String data) {
        return conversation.handle(new Input.ButtonPress(AGENT, AGENT, data), FileFetcher.NONE);
    }

    private static List<Reply.Message> messages(List<Reply> r) {
        return r.stream().filter(x -> x instanceof Reply.Message).map(x -> (Reply.Message) x).toList();
    }

    private static String callback(Reply.Message m, String labelPart) {
        return m.buttons().stream().flatMap(List::stream).filter(b -> b.label().contains(labelPart))
                .map(b -> ((Button.Callback) b.action()).data()).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + labelPart + " in " + m));
    }

    private static List<Button.CopyText> copies(List<Reply> r) {
        return messages(r).stream().flatMap(m -> m.buttons().stream()).flatMap(List::stream)
                .filter(b -> b.action() instanceof Button.CopyText).map(b -> (Button.CopyText) b.action()).toList();
    }

    @Test
    void oneMessageAsksForTheBlanksAndTheClaimAndNoBracketIsOfferedForCopying() {
        List<Reply> r = say("where is my order");
        assertEquals(List.of(), copies(r), "a draft with a claim to confirm has no copy button yet");
        Reply.Message ask = messages(r).getLast();
        String q = ask.text().visibleText();
        assertTrue(q.contains("[DATE], [TRACKING NUMBER]") && q.contains(CLAIM), q);
        callback(ask, "tomorrow");
        callback(ask, "Done");
        callback(ask, "Not yet");
    }

    @Test
    void aTypedValueATappedDateAndNotYetGiveTheFinishedDraftWithThePromiseCheckedAgain() {
        say("where is my order");
        List<Reply> afterValue = say("1Z999AA10123456784");
        assertEquals(List.of(), copies(afterValue), "a claim is still open");
        Reply.Message ask = messages(afterValue).getLast();
        assertFalse(ask.text().visibleText().contains("[TRACKING NUMBER]"), "only what is left is asked");
        List<Reply> afterDate = press(callback(ask, "tomorrow"));
        List<Reply> done = press(callback(messages(afterDate).getLast(), "Not yet"));
        String finished = "Hi Sam,\n\n" + PROMISE + " Your parcel should arrive tomorrow; the tracking number is "
                + "1Z999AA10123456784.\n\nKind regards,\nNadia";
        assertEquals(List.of(new Button.CopyText(finished)), copies(done));
        String verdict = messages(done).getLast().text().visibleText();
        assertTrue(verdict.contains("✅") && verdict.contains("complete"), verdict);
    }

    @Test
    void doneKeepsTheClaimAsASentence() {
        nextNeeds = List.of();
        next = "Hi Sam, [✔ " + CLAIM + " | " + PROMISE + "] Thank you.";
        List<Reply> r = say("please cancel my order");
        List<Reply> done = press(callback(messages(r).getLast(), "Done"));
        assertEquals(List.of(new Button.CopyText("Hi Sam, " + CLAIM + " Thank you.")), copies(done));
    }

    @Test
    void notYetWithoutAPromiseLeavesTheSentenceOut() {
        nextNeeds = List.of();
        next = "Hi Sam, [✔ " + CLAIM + "] Thank you.";
        List<Reply> done = press(callback(messages(say("please cancel")).getLast(), "Not yet"));
        assertEquals(List.of(new Button.CopyText("Hi Sam, Thank you.")), copies(done));
    }

    @Test
    void theFinishedDraftIsCheckedAgainWithTheValuesIn() {
        nextNeeds = List.of("product");
        next = "Hi Sam, your [PRODUCT] is on its way.";
        say("where is my order");
        List<Reply> done = say("lamp, leave 5 stars");
        assertEquals(List.of(new Button.CopyText("Hi Sam, your lamp, leave 5 stars is on its way.")), copies(done));
        String verdict = messages(done).getLast().text().visibleText();
        assertTrue(verdict.contains("⛔"), "the value typed in is checked too: " + verdict);
    }

    @Test
    void aBuyerMessagePastedInsteadOfTheValueIsDraftedAsUsual() {
        say("where is my order");
        List<Reply> r = say("Hello, I ordered a lamp two weeks ago and it has still not arrived. Where is it?");
        Reply.Message ask = messages(r).getLast();
        assertTrue(ask.text().visibleText().contains("[DATE], [TRACKING NUMBER]"), "a new draft and its question");
    }
}
