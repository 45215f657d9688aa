package com.replyguard.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.replyguard.bot.access.Role;
import com.replyguard.bot.app.BotParts;
import com.replyguard.bot.app.ConversationFactory;
import com.replyguard.bot.config.BotConfig;
import com.replyguard.bot.core.Conversation;
import com.replyguard.bot.state.BotStateDb;
import com.replyguard.bot.state.HandledUpdates;
import com.replyguard.bot.state.SqliteFeedbackSink;
import com.replyguard.bot.state.SqliteSettingsStore;
import com.replyguard.bot.testing.StubChecker;
import com.replyguard.bot.testing.StubKnowledge;
import com.replyguard.drafting.Asker;
import com.replyguard.drafting.Drafter;
import com.replyguard.policy.ComplianceChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the real Telegram bot (real client, real loop, real SQLite state) against {@link FakeTelegramServer}, with
 * stub drafting so tests do not depend on the knowledge base's content. Reusable by other bot features' tests.
 */
public final class BotHarness implements AutoCloseable {
    public static final String TOKEN = "123456:TEST-token_abc";
    private static final ObjectMapper JSON = new ObjectMapper();

    public final FakeTelegramServer api;
    public final Path dataDir;
    private final List<TelegramBot> bots = new ArrayList<>();
    private final List<BotStateDb> dbs = new ArrayList<>();
    private BotConfig config;
    private Drafter drafter;
    private Asker asker;
    private ComplianceChecker checker;
    private double perChatPerSecond = 100;
    private double globalPerSecond = 10_000;
    private com.replyguard.bot.testing.RealParts services;
    private final List<com.replyguard.bot.app.BotFeature> extraFeatures = new ArrayList<>();

    public BotHarness(Path dataDir, Map<Long, Role> users) throws IOException {
        this.api = FakeTelegramServer.start(TOKEN);
        this.dataDir = dataDir;
        this.config = BotConfig.builder().token(TOKEN).apiUrl(api.baseUrl()).users(users)
                .pollTimeout(Duration.ofSeconds(2)).build();
        this.checker = new StubChecker();
        StubKnowledge k = new StubKnowledge(checker);
        this.drafter = k;
        this.asker = k;
    }

    public BotHarness config(java.util.function.UnaryOperator<BotConfig> change) {
        this.config = change.apply(config);
        return this;
    }

    public BotHarness drafter(Drafter d) {
        this.drafter = d;
        return this;
    }

    /** Adds a feature after the standard ones (for testing new handlers through the real bot). */
    public BotHarness feature(com.replyguard.bot.app.BotFeature feature) {
        extraFeatures.add(feature);
        return this;
    }

    /** Uses the real parts (knowledge base, drafting, checker) on the harness's data directory. */
    public BotHarness realServices() {
        this.services = new com.replyguard.bot.testing.RealParts(dataDir);
        return this;
    }

    public com.replyguard.bot.testing.RealParts services() {
        return services;
    }

    /** Paces sends at Telegram's real limits (about one a second per chat, 30 a second overall). */
    public BotHarness realPacing() {
        this.perChatPerSecond = 1.0;
        this.globalPerSecond = 30;
        return this;
    }

    public BotConfig config() {
        return config;
    }

    /** Starts a new bot instance on the data directory, as a fresh process would. */
    public TelegramBot start() {
        TelegramBot bot = build();
        bot.start();
        return bot;
    }

    /** A bot wired like {@link #start()}'s but not started (for tests that call {@link TelegramBot#run()}). */
    public TelegramBot build() {
        BotStateDb db = services != null ? services.state() : BotStateDb.open(dataDir);
        if (services == null) {
            dbs.add(db);
        }
        BotParts parts = services != null ? services.botParts(Clock.systemUTC())
                : new BotParts(drafter, asker, checker, new SqliteSettingsStore(db), new SqliteFeedbackSink(db),
                Clock.systemUTC(), null, db);
        List<com.replyguard.bot.app.BotFeature> features = new ArrayList<>(ConversationFactory.standardFeatures());
        features.addAll(extraFeatures);
        Conversation conversation = ConversationFactory.forTelegram(config, parts, features);
        DeliveryWatch deliveries = new DeliveryWatch();
        TelegramSender sender = new TelegramSender(TelegramClients.create(config, deliveries), deliveries,
                new Pacer(perChatPerSecond, 3, globalPerSecond), Thread::sleep, 50);
        TelegramBot bot = new TelegramBot(config, conversation, sender, new HandledUpdates(db, Clock.systemUTC()));
        bots.add(bot);
        return bot;
    }

    /** The state file of the last bot started. */
    public BotStateDb stateDb() {
        return services != null ? services.state() : dbs.get(dbs.size() - 1);
    }

    /** The inline keyboard of a sent message as rows of [label, callback_data or "copy:"+text]. */
    public static List<List<String[]>> keyboard(FakeTelegramServer.Call call) {
        Object markup = call.params().get("reply_markup");
        List<List<String[]>> rows = new ArrayList<>();
        if (markup == null) {
            return rows;
        }
        try {
            JsonNode root = JSON.readTree(markup.toString());
            for (JsonNode row : root.path("inline_keyboard")) {
                List<String[]> r = new ArrayList<>();
                for (JsonNode b : row) {
                    String action = b.has("callback_data") ? b.get("callback_data").asText()
                            : "copy:" + b.path("copy_text").path("text").asText();
                    r.add(new String[] {b.path("text").asText(), action});
                }
                rows.add(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The callback data of the button whose label contains {@code labelPart}. */
    public static String button(FakeTelegramServer.Call call, String labelPart) {
        for (List<String[]> row : keyboard(call)) {
            for (String[] b : row) {
                if (b[0].contains(labelPart)) {
                    return b[1];
                }
            }
        }
        throw new AssertionError("no button with '" + labelPart + "' in " + call.params().get("reply_markup"));
    }

    @Override
    public void close() {
        for (TelegramBot b : bots) {
            b.stop();
        }
        api.close();
        for (BotStateDb db : dbs) {
            db.close();
        }
        if (services != null) {
            services.close();
        }
    }
}
