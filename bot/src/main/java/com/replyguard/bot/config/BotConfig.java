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
import java.util.function.UnaryOperator;

/**
 * The bot's resolved settings: the configuration file with the environment variables applied over it.
 * {@link #toString()} never shows the token. Build one with {@link #builder()} (which starts from the defaults) and
 * change one with {@link #with}.
 */
public record BotConfig(Optional<String> token, URI apiUrl, Duration pollTimeout, boolean allowGroups,
                        Map<Long, Role> users, boolean openAsk, Marketplace defaultMarketplace,
                        Language defaultLanguage, int ratePerMinute, int rateBurst, int workers, int maxInputChars,
                        NoArgsMode noArgs, Duration chatMemory, BengaliReplies bengaliReplies) {
    public static final URI DEFAULT_API_URL = URI.create("https://api.telegram.org");

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
        return builder().build();
    }

    /** A builder holding the defaults; set what differs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** These settings with {@code change} applied: {@code config.with(b -> b.token(t).pollTimeout(d))}. */
    public BotConfig with(UnaryOperator<Builder> change) {
        return change.apply(toBuilder()).build();
    }

    /** Collects settings, starting from the defaults; {@link #build()} validates them. Not thread-safe. */
    public static final class Builder {
        private Optional<String> token = Optional.empty();
        private URI apiUrl = DEFAULT_API_URL;
        private Duration pollTimeout = Duration.ofSeconds(30);
        private boolean allowGroups;
        private Map<Long, Role> users = Map.of();
        private boolean openAsk;
        private Marketplace defaultMarketplace = Marketplace.AMAZON;
        private Language defaultLanguage = Language.EN;
        private int ratePerMinute = 30;
        private int rateBurst = 10;
        private int workers = 8;
        private int maxInputChars = 5000;
        private NoArgsMode noArgs = NoArgsMode.CHAT;
        private Duration chatMemory = Duration.ofHours(2);
        private BengaliReplies bengaliReplies = BengaliReplies.SCRIPT;

        private Builder() {
        }

        private Builder(BotConfig c) {
            token = c.token;
            apiUrl = c.apiUrl;
            pollTimeout = c.pollTimeout;
            allowGroups = c.allowGroups;
            users = c.users;
            openAsk = c.openAsk;
            defaultMarketplace = c.defaultMarketplace;
            defaultLanguage = c.defaultLanguage;
            ratePerMinute = c.ratePerMinute;
            rateBurst = c.rateBurst;
            workers = c.workers;
            maxInputChars = c.maxInputChars;
            noArgs = c.noArgs;
            chatMemory = c.chatMemory;
            bengaliReplies = c.bengaliReplies;
        }

        /** The bot token; null or blank means none. */
        public Builder token(String t) {
            this.token = Optional.ofNullable(t).filter(s -> !s.isBlank());
            return this;
        }

        public Builder apiUrl(URI u) {
            this.apiUrl = u;
            return this;
        }

        public Builder pollTimeout(Duration d) {
            this.pollTimeout = d;
            return this;
        }

        public Builder allowGroups(boolean allow) {
            this.allowGroups = allow;
            return this;
        }

        public Builder users(Map<Long, Role> u) {
            this.users = u;
            return this;
        }

        public Builder openAsk(boolean open) {
            this.openAsk = open;
            return this;
        }

        public Builder defaultMarketplace(Marketplace m) {
            this.defaultMarketplace = m;
            return this;
        }

        public Builder defaultLanguage(Language l) {
            this.defaultLanguage = l;
            return this;
        }

        /** The per-user rate limit: {@code perMinute} sustained, {@code burst} at once. */
        public Builder rateLimit(int perMinute, int burst) {
            this.ratePerMinute = perMinute;
            this.rateBurst = burst;
            return this;
        }

        public Builder workers(int n) {
            this.workers = n;
            return this;
        }

        public Builder maxInputChars(int n) {
            this.maxInputChars = n;
            return this;
        }

        public Builder noArgs(NoArgsMode mode) {
            this.noArgs = mode;
            return this;
        }

        public Builder chatMemory(Duration d) {
            this.chatMemory = d;
            return this;
        }

        public Builder bengaliReplies(BengaliReplies b) {
            this.bengaliReplies = b;
            return this;
        }

        public BotConfig build() {
            return new BotConfig(token, apiUrl, pollTimeout, allowGroups, users, openAsk, defaultMarketplace,
                    defaultLanguage, ratePerMinute, rateBurst, workers, maxInputChars, noArgs, chatMemory,
                    bengaliReplies);
        }
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
