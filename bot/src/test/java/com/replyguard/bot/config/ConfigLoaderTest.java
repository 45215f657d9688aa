package com.replyguard.bot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.access.Role;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void withoutFileOrEnvironmentTheDefaultsApply() {
        BotConfig c = new ConfigLoader(Map.of()).load(null, dir);
        assertFalse(c.hasToken());
        assertEquals(URI.create("https://api.telegram.org"), c.apiUrl());
        assertEquals(NoArgsMode.CHAT, c.noArgs());
        assertTrue(c.users().isEmpty());
    }

    @Test
    void theDataDirectorysConfigIsReadAndTheEnvironmentIsMergedOverIt() throws Exception {
        Files.writeString(dir.resolve("config.yaml"), """
                telegram:
                  token: "111:file-token"
                  api_url: http://127.0.0.1:8081/
                  poll_timeout_seconds: 5
                  allow_groups: true
                users:
                  1001: admin
                  1002: agent
                open_ask: true
                defaults:
                  marketplace: ebay
                  language: ms
                rate_limit: {per_minute: 12, burst: 4}
                workers: 3
                max_input_chars: 3000
                no_args: bot
                """);
        BotConfig c = new ConfigLoader(Map.of("TELEGRAM_BOT_TOKEN", "222:env-token",
                "REPLYGUARD_USERS", "1002:lead, 1003:agent")).load(null, dir);
        assertEquals("222:env-token", c.token().orElseThrow());
        assertEquals(URI.create("http://127.0.0.1:8081"), c.apiUrl());
        assertEquals(Duration.ofSeconds(5), c.pollTimeout());
        assertTrue(c.allowGroups() && c.openAsk());
        assertEquals(Map.of(1001L, Role.ADMIN, 1002L, Role.LEAD, 1003L, Role.AGENT), c.users());
        assertEquals(Marketplace.EBAY, c.defaultMarketplace());
        assertEquals(Language.MS, c.defaultLanguage());
        assertEquals(12, c.ratePerMinute());
        assertEquals(4, c.rateBurst());
        assertEquals(3, c.workers());
        assertEquals(3000, c.maxInputChars());
        assertEquals(NoArgsMode.BOT, c.noArgs());
        assertFalse(c.toString().contains("env-token"), "the token never shows: " + c);
    }

    @Test
    void bengaliRepliesAreInBengaliScriptUnlessTheTeamSaysRomanized() throws Exception {
        assertEquals(com.replyguard.drafting.BengaliReplies.SCRIPT,
                new ConfigLoader(Map.of()).load(null, dir).bengaliReplies());
        Files.writeString(dir.resolve("config.yaml"), "bengali_replies: romanized\n");
        assertEquals(com.replyguard.drafting.BengaliReplies.ROMANIZED,
                new ConfigLoader(Map.of()).load(null, dir).bengaliReplies());
        Files.writeString(dir.resolve("config.yaml"), "bengali_replies: latin\n");
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> new ConfigLoader(Map.of()).load(null, dir));
        assertTrue(e.getMessage().contains("bengali_replies") && e.getMessage().contains("latin"), e.getMessage());
    }

    @Test
    void mistakesInTheFileNameTheFileAndLine() throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "users:\n  1001: admin\nteelgram:\n  token: x\n");
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of()).load(f, dir));
        assertTrue(e.getMessage().startsWith(f + ":3"), e.getMessage());
        Files.writeString(f, "users:\n  1001: boss\n");
        e = assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of()).load(f, dir));
        assertTrue(e.getMessage().contains("boss") && e.getMessage().contains(f.toString()), e.getMessage());
        assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of()).load(dir.resolve("missing.yaml"), dir));
    }

    @Test
    void badEnvironmentValuesNameTheVariable() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new ConfigLoader(Map.of("REPLYGUARD_USERS", "1001-admin")).load(null, dir));
        assertTrue(e.getMessage().startsWith("REPLYGUARD_USERS"), e.getMessage());
        e = assertThrows(ConfigException.class,
                () -> new ConfigLoader(Map.of("TELEGRAM_API_URL", "ftp://x")).load(null, dir));
        assertTrue(e.getMessage().startsWith("TELEGRAM_API_URL"), e.getMessage());
    }
}
