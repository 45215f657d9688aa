package com.replyguard.bot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.access.Role;
import com.replyguard.drafting.BengaliReplies;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BotConfigTest {
    @Test
    void theBuilderStartsFromTheDocumentedDefaults() {
        BotConfig d = BotConfig.defaults();
        assertEquals(Optional.empty(), d.token());
        assertEquals(BotConfig.DEFAULT_API_URL, d.apiUrl());
        assertEquals(Duration.ofSeconds(30), d.pollTimeout());
        assertFalse(d.allowGroups());
        assertEquals(Map.of(), d.users());
        assertFalse(d.openAsk());
        assertEquals(Marketplace.AMAZON, d.defaultMarketplace());
        assertEquals(Language.EN, d.defaultLanguage());
        assertEquals(30, d.ratePerMinute());
        assertEquals(10, d.rateBurst());
        assertEquals(8, d.workers());
        assertEquals(5000, d.maxInputChars());
        assertEquals(NoArgsMode.CHAT, d.noArgs());
        assertEquals(Duration.ofHours(2), d.chatMemory());
        assertEquals(BengaliReplies.SCRIPT, d.bengaliReplies());
    }

    @Test
    void withChangesOnlyWhatItSets() {
        BotConfig base = BotConfig.builder().token("123:abcdefgh").users(Map.of(1L, Role.LEAD))
                .defaultLanguage(Language.BN).build();
        BotConfig changed = base.with(b -> b.rateLimit(600, 600).apiUrl(URI.create("http://127.0.0.1:9")));
        assertEquals(600, changed.ratePerMinute());
        assertEquals(600, changed.rateBurst());
        assertEquals(URI.create("http://127.0.0.1:9"), changed.apiUrl());
        assertEquals(base.token(), changed.token());
        assertEquals(base.users(), changed.users());
        assertEquals(Language.BN, changed.defaultLanguage());
        assertEquals(base, changed.with(b -> b.rateLimit(30, 10).apiUrl(BotConfig.DEFAULT_API_URL)));
        assertEquals(30, base.ratePerMinute(), "the original is unchanged");
    }

    @Test
    void aBlankTokenIsNoTokenAndTheTokenNeverShows() {
        assertFalse(BotConfig.builder().token("  ").build().hasToken());
        BotConfig c = BotConfig.builder().token("123:secretsecret").build();
        assertTrue(c.hasToken());
        assertFalse(c.toString().contains("secretsecret"), c.toString());
    }

    @Test
    void theBuilderValidatesLikeTheRecord() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BotConfig.builder().workers(0).build());
        assertTrue(e.getMessage().contains("workers must be 1..256: 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BotConfig.builder().pollTimeout(Duration.ofSeconds(51))
                .build());
        assertThrows(IllegalArgumentException.class, () -> BotConfig.defaults().with(b -> b.maxInputChars(99)));
    }
}
