package com.replyguard.bot.config;

import com.replyguard.bot.access.Role;
import com.replyguard.drafting.BengaliReplies;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The bot's resolved settings: the configuration file with the environment variables applied over it.
 * {@link #toString()} never shows the token.
 */
public record BotConfig(Optional<String> token, URI apiUrl, Duration pollTimeout, boolean allowGroups,
                        Map<Long, Role> users, boolean openAsk, Marketplace defaultMarketplace,
                        Language defaultLanguage, int ratePerMinute, int rateBurst, int workers, int maxInputChars,
                        NoArgsMode noArgs, Duration chatMemory, BengaliReplies bengaliReplies) {
    public static final URI DEFAULT_API_URL = URI.create("https://api.telegram.org");

    /** With Bengali-script replies to romanized Bengali (the default {@code bengali_replies: script}). */
    public BotConfig(Optional<String> token, URI apiUrl, Duration pollTimeout, boolean allowGroups,
                     Map<Long, Role> users, boolean openAsk, Marketplace defaultMarketplace, Language defaultLanguage,
                     int ratePerMinute, int rateBurst, int workers, int maxInputChars, NoArgsMode noArgs,
                     Duration chatMemory) {
        this(token, apiUrl, pollTimeout, allowGroups, users, openAsk, defaultMarketplace, defaultLanguage,
                ratePerMinute, rateBurst, workers, maxInputChars, noArgs, chatMemory, BengaliReplies.SCRIPT);
    }

    public BotConfig {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(bengaliReplies, "bengaliReplies");
        Objects.requireNonNull(apiUrl, "apiUrl");
        users = Map.copyOf(users);
        if (pollTimeout.isNegative() || pollTimeout.toSeconds() > 50) {
            throw new IllegalArgumentException("poll timeout must be 0..50 seconds: " + pollTimeout.toSeconds());
        }
        if (workers < 1 || workers > 256) {
            throw new IllegalArgumentException("workers must be 1..256: " + workers);
        }
        if (maxInputChars < 100) {
            throw new IllegalArgumentException("max_input_chars must be >= 100: " + maxInputChars);
        }
    }

    /** The defaults with no file and no environment. */
    public static BotConfig defaults() {
        return new BotConfig(Optional.empty(), DEFAULT_API_URL, Duration.ofSeconds(30), false, Map.of(), false,
                Marketplace.AMAZON, Language.EN, 30, 10, 8, 5000, NoArgsMode.CHAT, Duration.ofHours(2),
                BengaliReplies.SCRIPT);
    }

    public BotConfig withToken(String t) {
        return new BotConfig(Optional.ofNullable(t), apiUrl, pollTimeout, allowGroups, users, openAsk,
                defaultMarketplace, defaultLanguage, ratePerMinute, rateBurst, workers, maxInputChars, noArgs,
                chatMemory, bengaliReplies);
    }

    public BotConfig withApiUrl(URI u) {
        return new BotConfig(token, u, pollTimeout, allowGroups, users, openAsk, defaultMarketplace,
                defaultLanguage, ratePerMinute, rateBurst, workers, maxInputChars, noArgs, chatMemory,
                bengaliReplies);
    }

    public BotConfig withUsers(Map<Long, Role> u) {
        return new BotConfig(token, apiUrl, pollTimeout, allowGroups, u, openAsk, defaultMarketplace,
                defaultLanguage, ratePerMinute, rateBurst, workers, maxInputChars, noArgs, chatMemory,
                bengaliReplies);
    }

    public BotConfig withPollTimeout(Duration d) {
        return new BotConfig(token, apiUrl, d, allowGroups, users, openAsk, defaultMarketplace,
                defaultLanguage, ratePerMinute, rateBurst, workers, maxInputChars, noArgs, chatMemory,
                bengaliReplies);
    }

    public BotConfig withRateLimit(int perMinute, int burst) {
        return new BotConfig(token, apiUrl, pollTimeout, allowGroups, users, openAsk, defaultMarketplace,
                defaultLanguage, perMinute, burst, workers, maxInputChars, noArgs, chatMemory,
                bengaliReplies);
    }

    public BotConfig withOpenAsk(boolean open) {
        return new BotConfig(token, apiUrl, pollTimeout, allowGroups, users, open, defaultMarketplace,
                defaultLanguage, ratePerMinute, rateBurst, workers, maxInputChars, noArgs, chatMemory,
                bengaliReplies);
    }

    public BotConfig withAllowGroups(boolean allow) {
        return new BotConfig(token, apiUrl, pollTimeout, allow, users, openAsk, defaultMarketplace,
                defaultLanguage, ratePerMinute, rateBurst, workers, maxInputChars, noArgs, chatMemory,
                bengaliReplies);
    }

    public boolean hasToken() {
        return token.isPresent() && !token.get().isBlank();
    }

    @Override
    public String toString() {
        return "BotConfig[token=" + (hasToken() ? "(set)" : "(none)") + ", apiUrl=" + apiUrl + ", pollTimeout="
                + pollTimeout + ", allowGroups=" + allowGroups + ", users=" + users + ", openAsk=" + openAsk
                + ", defaultMarketplace=" + defaultMarketplace + ", defaultLanguage=" + defaultLanguage
                + ", rate=" + ratePerMinute + "/min burst " + rateBurst + ", workers=" + workers
                + ", maxInputChars=" + maxInputChars + ", noArgs=" + noArgs.id() + ", chatMemory=" + chatMemory + "]";
    }
}
