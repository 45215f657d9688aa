package com.replyguard.bot.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.replyguard.bot.access.Role;
import com.replyguard.drafting.BengaliReplies;
import com.replyguard.knowledge.text.Notice;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the bot configuration: {@code --config FILE}, else {@code <data>/config.yaml} when it exists, then applies
 * {@code TELEGRAM_BOT_TOKEN}, {@code TELEGRAM_API_URL} and {@code REPLYGUARD_USERS} over it. Mistakes are reported
 * as {@link ConfigException} naming the file and line, or the variable.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = "config.yaml";
    private final Map<String, String> env;

    public ConfigLoader(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    public BotConfig load(Path explicitFile, Path dataDir) {
        Path file = explicitFile;
        if (file == null) {
            Path candidate = dataDir.resolve(FILE_NAME);
            file = Files.isRegularFile(candidate) ? candidate : null;
        } else if (!Files.isRegularFile(file)) {
            throw new ConfigException(Notice.of("operator.config_missing", file));
        }
        BotConfig config = file == null ? BotConfig.defaults() : fromFile(file);
        return applyEnv(config);
    }

    static BotConfig fromFile(Path file) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        ConfigFile raw;
        try {
            raw = yaml.readValue(file.toFile(), ConfigFile.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = keyLine(file, e);
            String where = file + (line > 0 ? ":" + line : at == null ? "" : ":" + at.getLineNr());
            throw new ConfigException(Notice.of("operator.config_invalid", where,
                    e.getOriginalMessage().lines().findFirst().orElse("invalid")), e);
        } catch (IOException e) {
            throw new ConfigException(Notice.of("operator.config_unreadable", file, e.getMessage()), e);
        }
        if (raw == null) {
            return BotConfig.defaults();
        }
        try {
            return convert(raw);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(Notice.of("operator.config_value", file, e.getMessage()), e);
        }
    }

    /**
     * The line of the key a mapping error is about. The YAML parser reports where it stopped reading, which can
     * be lines after the offending key, so the key itself is looked up in the file.
     */
    private static int keyLine(Path file, JsonProcessingException e) {
        if (!(e instanceof com.fasterxml.jackson.databind.JsonMappingException m) || m.getPath().isEmpty()) {
            return -1;
        }
        String key = m.getPath().get(m.getPath().size() - 1).getFieldName();
        if (key == null) {
            return -1;
        }
        try {
            java.util.List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i).strip();
                if (l.startsWith(key + ":") || l.startsWith("\"" + key + "\":") || l.startsWith("'" + key + "':")) {
                    return i + 1;
                }
            }
        } catch (IOException ignored) {
            // fall back to the parser's position
        }
        return -1;
    }

    private static BotConfig convert(ConfigFile raw) {
        BotConfig d = BotConfig.defaults();
        ConfigFile.Telegram t = raw.telegram();
        Map<Long, Role> users = new LinkedHashMap<>();
        if (raw.users() != null) {
            raw.users().forEach((id, role) -> users.put(parseUserId(id, "users"), Role.parse(role)));
        }
        ConfigFile.Defaults defs = raw.defaults();
        ConfigFile.RateLimit rl = raw.rateLimit();
        Marketplace market = defs == null || defs.marketplace() == null ? d.defaultMarketplace()
                : Marketplace.parse(defs.marketplace());
        if (market == Marketplace.ALL) {
            throw new IllegalArgumentException("defaults.marketplace must be a real marketplace, not 'all'");
        }
        Language lang = defs == null || defs.language() == null ? d.defaultLanguage() : Language.parse(defs.language());
        if (lang == Language.OTHER) {
            throw new IllegalArgumentException("defaults.language must be en, bn or ms");
        }
        int perMinute = rl == null || rl.perMinute() == null ? d.ratePerMinute() : rl.perMinute();
        int burst = rl == null || rl.burst() == null ? d.rateBurst() : rl.burst();
        if (perMinute < 1 || burst < 1) {
            throw new IllegalArgumentException("rate_limit.per_minute and burst must be >= 1");
        }
        BotConfig.Builder b = BotConfig.builder().users(users).openAsk(Boolean.TRUE.equals(raw.openAsk()))
                .defaultMarketplace(market).defaultLanguage(lang).rateLimit(perMinute, burst);
        if (t != null) {
            b.token(t.token()).allowGroups(Boolean.TRUE.equals(t.allowGroups()));
            if (t.apiUrl() != null) {
                b.apiUrl(parseUrl(t.apiUrl(), "telegram.api_url"));
            }
            if (t.pollTimeoutSeconds() != null) {
                b.pollTimeout(Duration.ofSeconds(t.pollTimeoutSeconds()));
            }
        }
        if (raw.workers() != null) {
            b.workers(raw.workers());
        }
        if (raw.maxInputChars() != null) {
            b.maxInputChars(raw.maxInputChars());
        }
        if (raw.noArgs() != null) {
            b.noArgs(NoArgsMode.parse(raw.noArgs()));
        }
        if (raw.chatMemoryMinutes() != null) {
            b.chatMemory(Duration.ofMinutes(raw.chatMemoryMinutes()));
        }
        if (raw.language() != null && Language.parse(raw.language()) == Language.OTHER) {
            throw new IllegalArgumentException("language: en, bn or ms, not '" + raw.language() + "'");
        }
        if (raw.bengaliReplies() != null) {
            b.bengaliReplies(BengaliReplies.parse(raw.bengaliReplies()));
        }
        return b.build();
    }

    private BotConfig applyEnv(BotConfig config) {
        String token = env.get("TELEGRAM_BOT_TOKEN");
        if (token != null && !token.isBlank()) {
            config = config.with(b -> b.token(token.strip()));
        }
        String url = env.get("TELEGRAM_API_URL");
        if (url != null && !url.isBlank()) {
            URI api = parseUrl(url.strip(), "TELEGRAM_API_URL");
            config = config.with(b -> b.apiUrl(api));
        }
        String users = env.get("REPLYGUARD_USERS");
        if (users != null && !users.isBlank()) {
            Map<Long, Role> merged = new LinkedHashMap<>(config.users());
            merged.putAll(parseUsers(users));
            config = config.with(b -> b.users(merged));
        }
        return config;
    }

    /** Parses {@code "1001:admin,1002:lead"}. */
    static Map<Long, Role> parseUsers(String spec) {
        Map<Long, Role> out = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int colon = p.indexOf(':');
            if (colon < 0) {
                throw new ConfigException(Notice.of("operator.users_format", "REPLYGUARD_USERS", p));
            }
            try {
                out.put(parseUserId(p.substring(0, colon).strip(), "REPLYGUARD_USERS"),
                        Role.parse(p.substring(colon + 1)));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(Notice.of("operator.env_invalid", "REPLYGUARD_USERS", e.getMessage()));
            }
        }
        return out;
    }

    private static long parseUserId(String s, String where) {
        try {
            long id = Long.parseLong(s.strip());
            if (id <= 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": '" + s + "' is not a Telegram user id (a positive number)");
        }
    }

    private static URI parseUrl(String s, String where) {
        try {
            URI u = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
            if (u.getScheme() == null || u.getHost() == null
                    || !(u.getScheme().equals("http") || u.getScheme().equals("https"))) {
                throw new IllegalArgumentException();
            }
            return u;
        } catch (IllegalArgumentException e) {
            throw new ConfigException(Notice.of("operator.url_invalid", where, s));
        }
    }
}
