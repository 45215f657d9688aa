package com.replyguard.bot.app;

import com.github.benmanes.caffeine.cache.Ticker;
import com.replyguard.bot.access.AccessList;
import com.replyguard.bot.access.RateLimiter;
import com.replyguard.bot.access.Role;
import com.replyguard.bot.agent.AgentFeatures;
import com.replyguard.bot.config.BotConfig;
import com.replyguard.bot.core.ChatMemory;
import com.replyguard.bot.core.GuestNotices;
import com.replyguard.bot.core.MemoryChatMemory;
import com.replyguard.bot.state.SqliteGuestNotices;
import com.replyguard.bot.state.SqliteRoleGrants;
import com.replyguard.bot.state.SqliteSettingsStore;
import com.replyguard.bot.admin.UsersHandler;
import com.replyguard.bot.state.SqliteChatMemory;
import com.replyguard.bot.curation.Curation;
import com.replyguard.bot.core.Conversation;
import com.replyguard.bot.core.HandlerRegistry;
import com.replyguard.bot.core.Messages;
import com.replyguard.bot.reports.ReportFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the conversation for an adapter: the registry with every feature, access from the config, the per-user
 * rate limit, per-chat memory and the message bundles.
 */
public final class ConversationFactory {
    private ConversationFactory() {
    }

    /** The features every conversation has; the curation features are added here when they land. */
    public static List<BotFeature> standardFeatures() {
        List<BotFeature> features = new ArrayList<>();
        features.add((registry, parts, config) -> AgentFeatures.register(registry, parts.drafter(), parts.asker(),
                parts.checker(), parts.feedback(), config.openAsk()));
        features.add(ConversationFactory::curation);
        features.add(ConversationFactory::reports);
        features.add(ConversationFactory::admin);
        return features;
    }

    /** The admins' /users, when roles can be kept in the state file beside the config's users. */
    static void admin(HandlerRegistry registry, BotParts parts, BotConfig config) {
        if (parts.state() != null && parts.settings() instanceof SqliteSettingsStore) {
            new UsersHandler(config.users(), new SqliteRoleGrants(parts.state(), parts.settings()))
                    .register(registry);
        }
    }

    /** The team leads' curation features, when the parts come with the knowledge base (not in stub-only tests). */
    static void curation(HandlerRegistry registry, BotParts parts, BotConfig config) {
        BotParts.Team team = parts.team();
        if (team != null) {
            Curation.register(registry, team.knowledge(), parts.checker(), team.intentGuesser(), team.detector());
        }
    }

    /** Reports from the team about the checker (after curation: it adds the reports to /review and /stats). */
    static void reports(HandlerRegistry registry, BotParts parts, BotConfig config) {
        BotParts.Team team = parts.team();
        if (team != null) {
            ReportFeature.register(registry, () -> team.knowledge().reports(), team.retrainer());
        }
    }

    /** The conversation for Telegram users: access comes from the config and granted roles. */
    public static Conversation forTelegram(BotConfig config, BotParts parts, List<BotFeature> features) {
        AccessList access = new AccessList(config.users(), parts.settings()::grantedRole, config.openAsk());
        return build(config, parts, features, access);
    }

    /** The conversation for the terminal: the one local user is an admin. */
    public static Conversation forTerminal(BotConfig config, BotParts parts, List<BotFeature> features,
                                           long localUser) {
        AccessList access = new AccessList(Map.of(localUser, Role.ADMIN), id -> java.util.Optional.empty(), false);
        return build(config.with(b -> b.rateLimit(600, 600)), parts, features, access);
    }

    /** Durable in the state file when there is one, so buttons outlive a restart for chat_memory_minutes. */
    private static ChatMemory chatMemory(BotConfig config, BotParts parts) {
        return parts.state() != null ? new SqliteChatMemory(parts.state(), config.chatMemory(), parts.clock())
                : new MemoryChatMemory(config.chatMemory(), parts.clock());
    }

    private static Conversation build(BotConfig config, BotParts parts, List<BotFeature> features,
                                      AccessList access) {
        HandlerRegistry registry = new HandlerRegistry();
        for (BotFeature f : features) {
            f.register(registry, parts, config);
        }
        return new Conversation(registry, access,
                new RateLimiter(config.ratePerMinute(), config.rateBurst(), Ticker.systemTicker()),
                parts.settings(), chatMemory(config, parts), new Messages(),
                new Conversation.Defaults(config.defaultMarketplace(), config.defaultLanguage(),
                        config.maxInputChars()),
                parts.clock(), parts.state() != null ? new SqliteGuestNotices(parts.state())
                        : GuestNotices.inMemory());
    }
}
