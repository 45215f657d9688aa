package com.replyguard.app.cli.serve;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.replyguard.bot.config.ConfigException;
import com.replyguard.knowledge.text.Notice;
import com.replyguard.bot.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The HTTP server's settings: the {@code serve:} section of {@code config.yaml} with {@code REPLYGUARD_API_TOKENS}
 * (comma-separated) added over it.
 *
 * @param tokens        bearer tokens accepted on {@code /v1/*} and {@code /metrics}; empty: no token asked, and
 *                      the server only binds to a loopback address
 * @param maxBodyBytes  the largest request body read (413 beyond)
 * @param corsOrigins   origins allowed to call the API from a web page; empty (the default): CORS off
 */
public record ServeSettings(List<String> tokens, int maxBodyBytes, List<String> corsOrigins) {
    public static final int DEFAULT_MAX_BODY = 1 << 20;
    public static final int MIN_TOKEN_LENGTH = 16;

    public ServeSettings {
        tokens = List.copyOf(tokens);
        corsOrigins = List.copyOf(corsOrigins);
        if (maxBodyBytes < 1024 || maxBodyBytes > 256 << 20) {
            throw new IllegalArgumentException("serve.max_body_bytes must be 1024..268435456: " + maxBodyBytes);
        }
        for (String t : tokens) {
            if (t.length() < MIN_TOKEN_LENGTH || t.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("an API token must be at least " + MIN_TOKEN_LENGTH
                        + " characters without spaces (generate one with: openssl rand -hex 24)");
            }
        }
        for (String o : corsOrigins) {
            if (!o.matches("https?://[^/\\s]+")) {
                throw new IllegalArgumentException("serve.cors_origins: '" + o
                        + "' is not an origin such as https://sellercentral.amazon.com");
            }
        }
    }

    public static ServeSettings defaults() {
        return new ServeSettings(List.of(), DEFAULT_MAX_BODY, List.of());
    }

    /** The {@code serve:} section as written. */
    record File(List<String> tokens, @JsonProperty("max_body_bytes") Integer maxBodyBytes,
                @JsonProperty("cors_origins") List<String> corsOrigins) {
    }

    /** Reads {@code --config FILE} or {@code <data>/config.yaml} (when present) and the environment. */
    public static ServeSettings load(Path explicitFile, Path dataDir, Map<String, String> env) {
        Path file = explicitFile != null ? explicitFile : dataDir.resolve(ConfigLoader.FILE_NAME);
        ServeSettings s = Files.isRegularFile(file) ? fromFile(file) : defaults();
        String extra = env.get("REPLYGUARD_API_TOKENS");
        if (extra != null && !extra.isBlank()) {
            List<String> all = new ArrayList<>(s.tokens());
            for (String t : extra.split(",")) {
                if (!t.isBlank()) {
                    all.add(t.strip());
                }
            }
            try {
                s = new ServeSettings(all, s.maxBodyBytes(), s.corsOrigins());
            } catch (IllegalArgumentException e) {
                throw new ConfigException(Notice.of("operator.env_invalid", "REPLYGUARD_API_TOKENS", e.getMessage()));
            }
        }
        return s;
    }

    static ServeSettings fromFile(Path file) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            JsonNode root = yaml.readTree(file.toFile());
            JsonNode serve = root == null ? null : root.get("serve");
            if (serve == null || serve.isNull()) {
                return defaults();
            }
            File raw = yaml.treeToValue(serve, File.class);
            return new ServeSettings(raw.tokens() == null ? List.of() : raw.tokens(),
                    raw.maxBodyBytes() == null ? DEFAULT_MAX_BODY : raw.maxBodyBytes(),
                    raw.corsOrigins() == null ? List.of() : raw.corsOrigins());
        } catch (JsonProcessingException e) {
            throw new ConfigException(Notice.of("operator.config_invalid", file, "serve: "
                    + e.getOriginalMessage().lines().findFirst().orElse("invalid")), e);
        } catch (IOException e) {
            throw new ConfigException(Notice.of("operator.config_unreadable", file, e.getMessage()), e);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(Notice.of("operator.config_value", file, e.getMessage()), e);
        }
    }

    /** Whether {@code presented} is one of the tokens, compared in constant time. */
    boolean accepts(String presented) {
        if (presented == null) {
            return false;
        }
        byte[] p = presented.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        boolean ok = false;
        for (String t : tokens) {
            ok |= java.security.MessageDigest.isEqual(p, t.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return ok;
    }
}
