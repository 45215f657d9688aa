package com.replyguard.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import com.replyguard.bot.access.AccessList;
import com.replyguard.bot.access.RateLimiter;
import com.replyguard.bot.access.Role;
import com.replyguard.bot.testing.MemorySettingsStore;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConversationTest {
    static final long AGENT = 1;
    static final long LEAD = 2;
    static final long STRANGER = 99;

    private final HandlerRegistry registry = new HandlerRegistry();
    private final MemorySettingsStore store = new MemorySettingsStore();

    private Conversation conversation(boolean openAsk, int perMinute, int burst) {
        AccessList access = new AccessList(Map.of(AGENT, Role.AGENT, LEAD, Role.LEAD), store::grantedRole, openAsk);
        return new Conversation(registry, access, new RateLimiter(perMinute, burst, Ticker.systemTicker()), store,
                new MemoryChatMemory(Duration.ofMinutes(5)), new Messages(),
                new Conversation.Defaults(Marketplace.AMAZON, Language.EN, 1000), Clock.systemUTC());
    }

    private Conversation conversation() {
        return conversation(false, 600, 100);
    }

    private static String text(List<Reply> replies, int i) {
        return ((Reply.Message) replies.get(i)).text().visibleText();
    }

    @Test
    void anUnknownUserGetsOneSentenceWithTheirOwnIdAndNoHandlerRuns() {
        registry.defaultText((ctx, t, ref) -> {
            throw new AssertionError("must not run");
        });
        List<Reply> r = conversation().handle(new Input.Text(STRANGER, STRANGER, "hello"), FileFetcher.NONE);
        assertEquals(1, r.size());
        assertTrue(text(r, 0).contains("99"), text(r, 0));
    }

    @Test
    void anUnknownUserIsToldOnceADayAndNeverInAGroup() {
        java.time.Instant[] now = {java.time.Instant.parse("2026-01-01T10:00:00Z")};
        GuestNotices notices = GuestNotices.inMemory();
        Conversation c = new Conversation(registry, new AccessList(Map.of(AGENT, Role.AGENT), id -> Optional.empty(),
                false), new RateLimiter(600, 600, Ticker.systemTicker()), new MemorySettingsStore(),
                new MemoryChatMemory(Duration.ofMinutes(5)), new Messages(),
                new Conversation.Defaults(Marketplace.AMAZON, Language.EN, 4000),
                Clock.offset(Clock.fixed(now[0], java.time.ZoneOffset.UTC), Duration.ZERO), notices);
        assertTrue(c.handle(new Input.Text(STRANGER, -5, "hello all"), FileFetcher.NONE).isEmpty(), "group");
        assertEquals(1, c.handle(new Input.Text(STRANGER, STRANGER, "hello"), FileFetcher.NONE).size());
        assertTrue(c.handle(new Input.Text(STRANGER, STRANGER, "hello?"), FileFetcher.NONE).isEmpty());
        assertTrue(c.handle(new Input.ButtonPress(STRANGER, STRANGER, "x:1"), FileFetcher.NONE).isEmpty());
        assertTrue(notices.claim(STRANGER, now[0].plus(GuestNotices.PERIOD)), "told again a day later");
    }

    @Test
    void guestsMayAskOnlyWhenAskIsOpen() {
        registry.command("ask", Role.GUEST, "cmd.ask", true, (ctx, args) -> List.of(Reply.text("answer " + args)));
        assertTrue(text(conversation(true, 600, 100).handle(new Input.Text(STRANGER, STRANGER, "/ask refunds?"),
                FileFetcher.NONE), 0).startsWith("answer refunds?"));
        assertTrue(text(conversation(true, 600, 100).handle(new Input.Text(STRANGER, STRANGER, "/help"),
                FileFetcher.NONE), 0).contains("99"));
        assertTrue(text(conversation(false, 600, 100).handle(new Input.Text(STRANGER, STRANGER, "/ask refunds?"),
                FileFetcher.NONE), 0).contains("99"));
    }

    @Test
    void commandsAreMatchedCaseInsensitivelyWithTheBotNameAndArguments() {
        registry.command("echo", Role.AGENT, "cmd.help", true, (ctx, args) -> List.of(Reply.text("[" + args + "]")));
        List<Reply> r = conversation().handle(new Input.Text(AGENT, AGENT, "/ECHO@ReplyGuardBot  a b "),
                FileFetcher.NONE);
        assertEquals("[a b]", text(r, 0));
    }

    @Test
    void aCommandAboveTheUsersRoleIsRefusedAndAGrantedRoleIsHonoured() {
        registry.command("review", Role.LEAD, "cmd.help", true, (ctx, args) -> List.of(Reply.text("queue")));
        assertTrue(text(conversation().handle(new Input.Text(AGENT, AGENT, "/review"), FileFetcher.NONE), 0)
                .contains("/review"));
        assertEquals("queue", text(conversation().handle(new Input.Text(LEAD, LEAD, "/review"), FileFetcher.NONE), 0));
        store.grantRole(50, Role.LEAD);
        assertEquals("queue", text(conversation().handle(new Input.Text(50, 50, "/review"), FileFetcher.NONE), 0));
    }

    @Test
    void anUnknownCommandPointsToHelp() {
        assertTrue(text(conversation().handle(new Input.Text(AGENT, AGENT, "/nope"), FileFetcher.NONE), 0)
                .contains("/help"));
    }

    @Test
    void anAwaitedTextModeTakesTheNextTextOnceAndACommandCancelsIt() {
        registry.textMode("edit", (ctx, t, ref) -> List.of(Reply.text("checked " + t + " for " + ref)));
        registry.defaultText((ctx, t, ref) -> List.of(Reply.text("drafted " + t)));
        registry.command("wait", Role.AGENT, "cmd.help", true, (ctx, a) -> {
            ctx.chat().awaitText("edit", "r1");
            return List.of(Reply.text("paste it"));
        });
        registry.command("noop", Role.AGENT, "cmd.help", true, (ctx, a) -> List.of(Reply.text("ok")));
        Conversation c = conversation();
        c.handle(new Input.Text(AGENT, AGENT, "/wait"), FileFetcher.NONE);
        assertEquals("checked hello for r1", text(c.handle(new Input.Text(AGENT, AGENT, "hello"), FileFetcher.NONE), 0));
        assertEquals("drafted again", text(c.handle(new Input.Text(AGENT, AGENT, "again"), FileFetcher.NONE), 0));
        c.handle(new Input.Text(AGENT, AGENT, "/wait"), FileFetcher.NONE);
        c.handle(new Input.Text(AGENT, AGENT, "/noop"), FileFetcher.NONE);
        assertEquals("drafted x", text(c.handle(new Input.Text(AGENT, AGENT, "x"), FileFetcher.NONE), 0));
    }

    @Test
    void inAGroupTheAwaitedTextIsTakenOnlyFromTheUserWhoStartedIt() {
        long group = -100;
        registry.textMode("edit", Role.LEAD, (ctx, t, ref) -> List.of(Reply.text("saved " + t)));
        registry.defaultText((ctx, t, ref) -> List.of(Reply.text("drafted " + t)));
        registry.command("edit", Role.LEAD, "cmd.help", true, (ctx, a) -> {
            ctx.chat().awaitText("edit", "r1");
            return List.of(Reply.text("send the text"));
        });
        Conversation c = conversation();
        c.handle(new Input.Text(LEAD, group, "/edit"), FileFetcher.NONE);
        assertEquals("drafted agent words", text(c.handle(new Input.Text(AGENT, group, "agent words"),
                FileFetcher.NONE), 0), "another member's text is not the lead's edit");
        assertEquals("saved lead words", text(c.handle(new Input.Text(LEAD, group, "lead words"),
                FileFetcher.NONE), 0));
    }

    @Test
    void theRoleIsCheckedAgainWhenTheAwaitedTextArrives() {
        long granted = 3;
        store.grantRole(granted, Role.LEAD);
        registry.textMode("edit", Role.LEAD, (ctx, t, ref) -> {
            throw new AssertionError("must not run for an agent");
        });
        registry.command("edit", Role.LEAD, "cmd.help", true, (ctx, a) -> {
            ctx.chat().awaitText("edit", "r1");
            return List.of(Reply.text("send the text"));
        });
        Conversation c = conversation();
        c.handle(new Input.Text(granted, granted, "/edit"), FileFetcher.NONE);
        store.grantRole(granted, Role.AGENT); // demoted between the press and the text
        List<Reply> r = c.handle(new Input.Text(granted, granted, "new body"), FileFetcher.NONE);
        assertEquals(1, r.size());
        assertTrue(text(r, 0).contains("no longer allows"), text(r, 0));
    }

    @Test
    void buttonsRouteByActionAndUnknownOrForgedOnesSayTheyExpired() {
        registry.callback(ButtonAction.NEXT_DRAFT, Role.AGENT, (ctx, payload) -> List.of(Reply.text("next " + payload)));
        Conversation c = conversation();
        assertEquals("next 7", text(c.handle(new Input.ButtonPress(AGENT, AGENT, "nx:7"), FileFetcher.NONE), 0));
        // an unknown action, a known one no feature registered, no payload, a control character: no handler runs
        for (String forged : List.of("zz:1", "kb:1:s", "nx", "nx:", "nx:7\n/users", "")) {
            List<Reply> r = c.handle(new Input.ButtonPress(AGENT, AGENT, forged), FileFetcher.NONE);
            assertEquals(1, r.size(), forged);
            assertInstanceOf(Reply.Toast.class, r.get(0), forged);
        }
    }

    @Test
    void aFailingHandlerBecomesAPoliteSentenceAndAUserErrorIsShownAsIs() {
        registry.command("boom", Role.AGENT, "cmd.help", true, (ctx, a) -> {
            throw new IllegalStateException("secret internals");
        });
        registry.command("bad", Role.AGENT, "cmd.help", true, (ctx, a) -> {
            throw new UserError("That marketplace does not exist.");
        });
        Conversation c = conversation();
        String boom = text(c.handle(new Input.Text(AGENT, AGENT, "/boom"), FileFetcher.NONE), 0);
        assertTrue(boom.contains("went wrong") && !boom.contains("secret"), boom);
        assertEquals("That marketplace does not exist.",
                text(c.handle(new Input.Text(AGENT, AGENT, "/bad"), FileFetcher.NONE), 0));
    }

    @Test
    void aTooLongPasteGetsItsLengthAndTheLimit() {
        registry.defaultText((ctx, t, ref) -> {
            throw new AssertionError("must not draft");
        });
        String r = text(conversation().handle(new Input.Text(AGENT, AGENT, "x".repeat(20_000)), FileFetcher.NONE), 0);
        assertTrue(r.contains("20000") && r.contains("1000"), r);
    }

    @Test
    void aFloodIsToldOnceThenIgnored() {
        registry.defaultText((ctx, t, ref) -> List.of(Reply.text("ok")));
        Conversation c = conversation(false, 1, 2);
        assertEquals("ok", text(c.handle(new Input.Text(AGENT, AGENT, "a"), FileFetcher.NONE), 0));
        assertEquals("ok", text(c.handle(new Input.Text(AGENT, AGENT, "b"), FileFetcher.NONE), 0));
        assertTrue(text(c.handle(new Input.Text(AGENT, AGENT, "c"), FileFetcher.NONE), 0).contains("wait"));
        assertEquals(List.of(), c.handle(new Input.Text(AGENT, AGENT, "d"), FileFetcher.NONE));
    }

    @Test
    void mediaWithoutAHandlerGetsAShortAnswer() {
        List<Reply> r = conversation().handle(new Input.Media(AGENT, AGENT, Input.MediaKind.OTHER, null, null),
                FileFetcher.NONE);
        assertTrue(text(r, 0).contains("text"), text(r, 0));
    }

    @Test
    void theBotSpeaksTheUsersChosenLanguage() {
        store.save(new UserSettings(AGENT, Marketplace.EBAY, Language.MS));
        String r = text(conversation().handle(new Input.Text(AGENT, AGENT, "/nope"), FileFetcher.NONE), 0);
        assertTrue(r.contains("Saya tidak kenal"), r);
        assertEquals(Optional.of(new UserSettings(AGENT, Marketplace.EBAY, Language.MS)), store.find(AGENT));
    }
}
