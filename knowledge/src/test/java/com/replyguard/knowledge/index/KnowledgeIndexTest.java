package com.replyguard.knowledge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.knowledge.TestEntries;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.entry.Kind;
import com.replyguard.knowledge.entry.Status;
import com.replyguard.knowledge.entry.Topic;
import com.replyguard.knowledge.io.EntryCodec;
import com.replyguard.knowledge.search.SearchHit;
import com.replyguard.knowledge.search.SearchQuery;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.TextAnalysis;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeIndexTest {
    @TempDir
    Path tmp;
    KnowledgeIndex index;

    @BeforeEach
    void open() throws Exception {
        index = KnowledgeIndex.open(tmp, new TextAnalysis(), new EntryCodec());
        index.apply(List.of(
                TestEntries.reply("q-hit", Intent.ORDER_STATUS, "We will look into it.", "where is my package"),
                TestEntries.reply("body-hit", Intent.ORDER_STATUS, "Your package left our warehouse today."),
                TestEntries.withMarketplaces(TestEntries.reply("ebay-only", Intent.ORDER_STATUS,
                        "The package is with the carrier."), Marketplace.EBAY),
                TestEntries.withMarketplaces(TestEntries.reply("everywhere", Intent.ORDER_STATUS,
                        "Every package is tracked."), Marketplace.ALL),
                TestEntries.withStatus(TestEntries.reply("pending", Intent.ORDER_STATUS,
                        "A pending package answer."), Status.PENDING),
                TestEntries.withLanguage(TestEntries.reply("malay", Intent.ORDER_STATUS,
                        "Bungkusan anda sedang dihantar.", "di mana bungkusan saya"), Language.MS),
                TestEntries.policy("policy-links", Topic.EXTERNAL_LINK, "Never send a package tracking link to "
                        + "an outside shop.")), 1);
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    List<String> ids(SearchQuery q) {
        return index.search(q).stream().map(h -> h.entry().id()).toList();
    }

    @Test
    void aMatchInTheExampleQuestionsOutranksOneInTheBody() {
        List<SearchHit> hits = index.search(SearchQuery.of("where is my package").withMarketplace(Marketplace.AMAZON));
        assertEquals("q-hit", hits.getFirst().entry().id());
        assertTrue(hits.get(0).score() > hits.get(1).score(), "scores are exposed and ordered");
    }

    @Test
    void onlyApprovedEntriesAreFoundByDefault() {
        assertTrue(!ids(SearchQuery.of("package")).contains("pending"));
        assertEquals(List.of("pending"), ids(SearchQuery.of("package").withStatus(Status.PENDING)));
        assertTrue(ids(SearchQuery.of("package").withStatus(null)).contains("pending"));
    }

    @Test
    void theMarketplaceFilterAlsoMatchesEntriesForAll() {
        List<String> amazon = ids(SearchQuery.of("package").withMarketplace(Marketplace.AMAZON).withKind(Kind.REPLY));
        assertTrue(amazon.contains("everywhere"));
        assertTrue(amazon.contains("q-hit"));
        assertTrue(!amazon.contains("ebay-only"));
        assertTrue(ids(SearchQuery.of("package").withMarketplace(Marketplace.EBAY)).contains("ebay-only"));
    }

    @Test
    void kindTopicIntentAndLanguageFilter() {
        assertEquals(List.of("policy-links"), ids(SearchQuery.of("package").withKind(Kind.POLICY)));
        assertEquals(List.of("policy-links"), ids(SearchQuery.of("package").withTopic(Topic.EXTERNAL_LINK)));
        assertTrue(ids(SearchQuery.of("package").withIntent(Intent.PRAISE)).isEmpty());
        assertEquals(List.of("malay"), ids(SearchQuery.of("bungkusan").withLanguage(Language.MS)));
        assertEquals("malay", ids(SearchQuery.of("di mana bungkusan saya")).getFirst());
    }

    @Test
    void blankTextListsByFiltersAndStopWordsFindNothing() {
        assertEquals(List.of("policy-links"), ids(SearchQuery.of("").withKind(Kind.POLICY)));
        assertTrue(ids(SearchQuery.of("the and of").withLanguage(Language.EN)).isEmpty());
    }

    @Test
    void veryLongOrHostileQueriesDoNotFail() {
        String longText = "package where ".repeat(5_000) + "((\"*?[" + "\\".repeat(50);
        assertTrue(!index.search(SearchQuery.of(longText)).isEmpty());
        index.search(SearchQuery.of("AND OR NOT ~ ^ : * ? \" -- ; DROP TABLE entries;"));
    }

    @Test
    void theIndexRemembersTheStoreSequenceItReflects() throws Exception {
        index.apply(List.of(), 7);
        index.close();
        index = KnowledgeIndex.open(tmp, new TextAnalysis(), new EntryCodec());
        assertEquals(7, index.committedSeq());
        assertEquals(7, index.numDocs());
        Entry e = index.search(SearchQuery.of("warehouse")).getFirst().entry();
        assertEquals("body-hit", e.id());
    }
}
