package com.replyguard.bot.telegram;

import com.replyguard.bot.access.Role;
import com.replyguard.bot.app.BotFeature;
import com.replyguard.bot.app.BotParts;
import com.replyguard.bot.app.ConversationFactory;
import com.replyguard.bot.config.BotConfig;
import com.replyguard.bot.core.Conversation;
import com.replyguard.bot.curation.Curation;
import com.replyguard.bot.app.KnowledgeFeedbackSink;
import com.replyguard.bot.state.BotStateDb;
import com.replyguard.bot.state.HandledUpdates;
import com.replyguard.bot.state.SqliteSettingsStore;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.drafting.DraftingService;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.rules.RulePacks;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real Telegram bot with the real checker, knowledge base (started empty), drafting and curation features,
 * against {@link FakeTelegramServer}: for end-to-end tests of the team leads' features.
 */
final class CurationBot implements AutoCloseable {
    static final TextAnalysis ANALYSIS = new TextAnalysis();
    static final ComplianceChecker CHECKER = RulePacks.load(ANALYSIS, List.of());

    final FakeTelegramServer api;
    final KnowledgeBase kb;
    private final DraftingService drafting;
    private final BotStateDb db;
    private final TelegramBot bot;

    CurationBot(Path dir, Map<Long, Role> users) throws IOException {
        this(dir, users, c -> c);
    }

    CurationBot(Path dir, Map<Long, Role> users, java.util.function.UnaryOperator<BotConfig> change)
            throws IOException {
        this(dir, users, change, 49L * 1024 * 1024);
    }

    /** {@code uploadLimit}: the largest document the bot may send (Telegram's 50 MB, smaller to test exports). */
    CurationBot(Path dir, Map<Long, Role> users, java.util.function.UnaryOperator<BotConfig> change,
                long uploadLimit) throws IOException {
        api = FakeTelegramServer.start(BotHarness.TOKEN);
        kb = KnowledgeBase.open(dir.resolve("data"), ANALYSIS, CHECKER, KnowledgeBase.Options.empty());
        db = BotStateDb.open(dir.resolve("data"));
        BotConfig config = BotConfig.builder().token(BotHarness.TOKEN).apiUrl(api.baseUrl())
                .users(users).pollTimeout(Duration.ofSeconds(2)).build();
        config = change.apply(config);
        drafting = new DraftingService(kb, kb, CHECKER, ANALYSIS);
        BotParts parts = new BotParts(drafting, drafting, CHECKER, new SqliteSettingsStore(db),
                new KnowledgeFeedbackSink(kb), Clock.systemUTC(), null, db);
        List<BotFeature> features = new ArrayList<>(ConversationFactory.standardFeatures());
        features.add((registry, p, c) -> Curation.register(registry, kb, CHECKER, drafting::guessIntent,
                ANALYSIS.detector(), uploadLimit));
        Conversation conversation = ConversationFactory.forTelegram(config, parts, features);
        DeliveryWatch deliveries = new DeliveryWatch();
        TelegramSender sender = new TelegramSender(TelegramClients.create(config, deliveries), deliveries,
                new Pacer(100, 3, 30), Thread::sleep, 50);
        bot = new TelegramBot(config, conversation, sender, new HandledUpdates(db, Clock.systemUTC()));
        bot.start();
    }

    /** Queues a private text from {@code user} that replies to an earlier message with {@code repliedText}. */
    int pushReply(long user, String text, String repliedText) {
        Map<String, Object> replied = new LinkedHashMap<>();
        replied.put("message_id", 1);
        replied.put("from", Map.of("id", 42, "is_bot", true, "first_name", "ReplyGuard"));
        replied.put("chat", Map.of("id", user, "type", "private"));
        replied.put("date", 1);
        replied.put("text", repliedText);
        Map<String, Object> msg = new LinkedHashMap<>();
        msg.put("message_id", 100_000 + (int) (System.nanoTime() % 100_000));
        msg.put("from", Map.of("id", user, "is_bot", false, "first_name", "Agent"));
        msg.put("chat", Map.of("id", user, "type", "private"));
        msg.put("date", 2);
        msg.put("text", text);
        msg.put("reply_to_message", replied);
        try {
            return api.pushRaw(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                    Map.of("message", msg)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for a message to {@code chat} containing {@code part}; returns the latest such message. */
    FakeTelegramServer.Call await(long chat, String part) throws InterruptedException {
        return await(chat, part, 1);
    }

    /** Waits until {@code count} messages to {@code chat} contain {@code part}; returns the latest. */
    FakeTelegramServer.Call await(long chat, String part, int count) throws InterruptedException {
        List<FakeTelegramServer.Call> found = api.awaitCalls("sendMessage",
                c -> c.chatId() == chat && c.text() != null && c.text().contains(part), count,
                Duration.ofSeconds(30));
        return found.get(found.size() - 1);
    }

    /**
     * Waits until drafting offers a draft for {@code question}: after an approval, drafting rebuilds its index on a
     * background thread and keeps serving the previous one meanwhile (documented: within about a second).
     */
    void awaitDraftingCaughtUp(String question) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (drafting.draft(question, com.replyguard.policy.Marketplace.AMAZON).drafts().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("drafting never offered a draft for: " + question);
            }
            Thread.sleep(100);
        }
    }

    /** Presses the button labelled with {@code labelPart} under {@code message}, as {@code user}. */
    void press(long user, FakeTelegramServer.Call message, String labelPart) {
        api.pushCallback(user, BotHarness.button(message, labelPart), message);
    }

    @Override
    public void close() {
        bot.stop();
        api.close();
        db.close();
        kb.close();
    }
}
