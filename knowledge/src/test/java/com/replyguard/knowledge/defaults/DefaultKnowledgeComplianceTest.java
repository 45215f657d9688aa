package com.replyguard.knowledge.defaults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.knowledge.entry.Claims;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Kind;
import com.replyguard.knowledge.entry.Topic;
import com.replyguard.knowledge.io.DefaultKnowledge;
import com.replyguard.knowledge.io.EntryCodec;
import com.replyguard.policy.Category;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Finding;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Severity;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.rules.RulePacks;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped default knowledge, loaded through the real loader, passes the real compliance checker.
 *
 * <p>Replies are drafts agents send to buyers: none may get a {@code block} finding on any marketplace it serves
 * ({@code all} means Amazon, eBay, AliExpress and the checker's own {@code all}), neither as written (with
 * placeholders) nor filled in with realistic values, because the drafting pipeline checks the filled text.
 *
 * <p>Policy entries are guidance for sellers and are never sent to buyers (the store does not gate them). A policy
 * that explains a compliance rule has to name what the rule forbids, so it may trip that rule's own category (the
 * two review categories count as one family). Any other block finding in a policy body, and any block at all in
 * an advice topic (returns, packaging, response time, ...), means careless wording and fails the test.
 */
class DefaultKnowledgeComplianceTest {

    private static final List<Marketplace> EVERYWHERE =
            List.of(Marketplace.AMAZON, Marketplace.EBAY, Marketplace.ALIEXPRESS, Marketplace.ALL);
    private static final Map<Marketplace, String> ORDER_IDS = Map.of(
            Marketplace.AMAZON, "112-4456789-2234567",
            Marketplace.EBAY, "12-34567-89012",
            Marketplace.ALIEXPRESS, "8123456789012345",
            Marketplace.ALL, "112-4456789-2234567");
    private static final Map<String, String> SAMPLE = Map.of(
            "{buyer_name}", "Sarah", "{tracking_number}", "1Z999AA10123456784", "{agent_name}", "Maya",
            "{store_name}", "Brightway Home", "{product}", "desk lamp", "{carrier}", "Royal Mail",
            "{date}", "Friday");
    private static final Set<Category> REVIEW_FAMILY =
            EnumSet.of(Category.REVIEW_INCENTIVE, Category.REVIEW_MANIPULATION);

    private static List<Entry> entries;
    private static ComplianceChecker checker;

    @BeforeAll
    static void load() {
        entries = new DefaultKnowledge(DefaultKnowledge.DEFAULT_FOLDER, new EntryCodec()).load("system:default");
        checker = RulePacks.load(new TextAnalysis(), List.of());
    }

    @Test
    void theRealLoaderReadsEveryShippedEntry() {
        assertTrue(entries.size() >= 300, "expected the whole default set, loaded " + entries.size());
        assertTrue(entries.stream().anyMatch(e -> e.kind() == Kind.POLICY));
        assertTrue(entries.stream().anyMatch(e -> e.kind() == Kind.REPLY));
    }

    @Test
    void noReplyIsBlockedOnAnyMarketplaceItServesWrittenOrFilledIn() {
        List<String> problems = new ArrayList<>();
        for (Entry e : entries) {
            if (e.kind() != Kind.REPLY) {
                continue;
            }
            for (Marketplace m : served(e)) {
                // a reply with a claim to confirm ("[✔ claim | promise]") is sent in one of its two wordings, never both
                for (boolean confirmed : new boolean[] {false, true}) {
                    String sent = sendable(e.body(), confirmed);
                    String form = confirmed ? " (claim confirmed)" : "";
                    report(problems, e, m, "as written" + form, blocks(sent, m));
                    report(problems, e, m, "filled in" + form, blocks(filled(sent, m), m));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The text as sent: every claim as its promise, or every claim confirmed. */
    private static String sendable(String body, boolean confirmed) {
        if (!confirmed) {
            return Claims.promised(body);
        }
        String out = body;
        while (Claims.any(out)) {
            out = Claims.resolve(out, 0, true);
        }
        return out;
    }

    @Test
    void aClaimMarkerIsSentInOneOfItsWordings() {
        assertEquals("We will ask the carrier today.", sendable("[✔ I asked the carrier | We will ask the carrier today.]", false));
        assertEquals("I asked the carrier", sendable("[✔ I asked the carrier | We will ask the carrier today.]", true));
    }

    @Test
    void policyBodiesTripOnlyTheRuleTheyExplain() {
        List<String> problems = new ArrayList<>();
        for (Entry e : entries) {
            if (e.kind() != Kind.POLICY) {
                continue;
            }
            Set<Category> allowed = allowedFor(e.topic());
            for (Marketplace m : served(e)) {
                List<Finding> stray = blocks(e.body(), m).stream().filter(f -> !allowed.contains(f.category()))
                        .toList();
                report(problems, e, m, "policy body", stray);
            }
        }
        assertEquals(List.of(), problems);
    }

    private static Set<Category> allowedFor(Topic topic) {
        Category own;
        try {
            own = Category.valueOf(topic.name());
        } catch (IllegalArgumentException adviceTopic) {
            return Set.of();
        }
        return REVIEW_FAMILY.contains(own) ? REVIEW_FAMILY : EnumSet.of(own);
    }

    private static List<Marketplace> served(Entry e) {
        return e.marketplaces().contains(Marketplace.ALL) ? EVERYWHERE : e.marketplaces();
    }

    private static String filled(String body, Marketplace m) {
        String out = body.replace("{order_id}", ORDER_IDS.get(m));
        for (Map.Entry<String, String> s : SAMPLE.entrySet()) {
            out = out.replace(s.getKey(), s.getValue());
        }
        return out;
    }

    private static List<Finding> blocks(String text, Marketplace m) {
        return checker.check(text, m).findings().stream().filter(f -> f.severity() == Severity.BLOCK).toList();
    }

    private static void report(List<String> problems, Entry e, Marketplace m, String how, List<Finding> found) {
        for (Finding f : found) {
            problems.add(e.id() + " on " + m + " (" + how + "): " + f.rule() + " " + f.category() + " at \""
                    + f.excerpt() + "\"");
        }
    }
}
