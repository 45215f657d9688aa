package com.replyguard.knowledge.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntryBuilderTest {
    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aReplyNeedsOnlyWhatMakesItOneTheRestStartsAsUsual() {
        Entry e = Entry.reply("amazon-where-en", Intent.ORDER_STATUS).marketplaces(Marketplace.AMAZON)
                .language(Language.EN).body("Hello {buyer_name}").author("lead:1").at(T).build();
        assertEquals(Kind.REPLY, e.kind());
        assertEquals(Intent.ORDER_STATUS, e.intent());
        assertNull(e.topic());
        assertEquals(List.of(Marketplace.AMAZON), e.marketplaces());
        assertEquals(Status.APPROVED, e.status());
        assertEquals("amazon-where-en", e.group(), "an entry is its own group until it is given one");
        assertEquals(1, e.version());
        assertEquals(List.of(), e.questions());
        assertEquals(List.of(), e.tags());
        assertNull(e.title());
        assertNull(e.approver());
        assertEquals(T, e.created());
        assertEquals(T, e.updated());
    }

    @Test
    void toBuilderChangesOnlyWhatItSets() {
        Entry p = Entry.policy("links-ms", Topic.EXTERNAL_LINK).marketplaces(Marketplace.ALL).language(Language.MS)
                .title("Pautan").questions(List.of("boleh hantar link?")).body("Jangan hantar pautan luar.")
                .tags(List.of("policy")).source("Polisi").status(Status.PENDING).group("links").author("lead:1")
                .approver("lead:2").version(4).created(T).updated(T.plusSeconds(60)).build();
        assertEquals(p, p.toBuilder().build());
        Entry edited = p.toBuilder().body("Jangan.").version(5).build();
        assertEquals("Jangan.", edited.body());
        assertEquals(5, edited.version());
        assertEquals(p.group(), edited.group());
        assertEquals(p.source(), edited.source());
        assertEquals(p.approver(), edited.approver());
        assertEquals(p.created(), edited.created());
    }

    @Test
    void theBuilderValidatesLikeTheRecordAndNamesTheEntry() {
        IllegalArgumentException noIntent = assertThrows(IllegalArgumentException.class,
                () -> Entry.builder("r1", Kind.REPLY).marketplaces(Marketplace.AMAZON).language(Language.EN)
                        .body("b").build());
        assertEquals("a reply needs an intent: r1", noIntent.getMessage());
        IllegalArgumentException noMarket = assertThrows(IllegalArgumentException.class,
                () -> Entry.reply("r2", Intent.ORDER_STATUS).language(Language.EN).body("b").build());
        assertTrue(noMarket.getMessage().contains("r2"), noMarket.getMessage());
        assertThrows(NullPointerException.class,
                () -> Entry.reply("r3", Intent.ORDER_STATUS).marketplaces(Marketplace.AMAZON).body("b").build());
    }
}
