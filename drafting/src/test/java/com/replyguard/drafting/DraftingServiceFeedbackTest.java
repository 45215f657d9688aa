package com.replyguard.drafting;

import static com.replyguard.drafting.InMemoryKnowledge.reply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.search.EntrySource;
import com.replyguard.policy.CheckResult;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Verdict;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.TextAnalysis;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Drafting reads agents' 👍/👎 per entry (through {@link EntrySource#feedbackScore}) as a ranking nudge. */
class DraftingServiceFeedbackTest {
    private static final ComplianceChecker OK = (text, m) -> new CheckResult(m, Language.EN, Verdict.OK, List.of(),
            null);

    private final InMemoryKnowledge kb = new InMemoryKnowledge()
            .add(reply("invoice-a", Marketplace.ALL, Language.EN, Intent.INVOICE_REQUEST,
                    "Hi {buyer_name}, you can download the invoice from your orders page.",
                    "Can you send me an invoice for my order?"))
            .add(reply("invoice-b", Marketplace.ALL, Language.EN, Intent.INVOICE_REQUEST,
                    "Hello {buyer_name}, the invoice for your order is attached in the order messages.",
                    "Can you send me an invoice for my order?"));
    private final Map<String, Double> feedback = new HashMap<>();

    /** The in-memory knowledge with feedback scores from {@link #feedback}. */
    private final EntrySource withFeedback = new EntrySource() {
        @Override
        public List<Entry> approvedEntries() {
            return kb.approvedEntries();
        }

        @Override
        public long generation() {
            return kb.generation();
        }

        @Override
        public double feedbackScore(String entryId) {
            return feedback.getOrDefault(entryId, 0.0);
        }
    };

    private final DraftingService service = new DraftingService(kb, withFeedback, kb, OK, new TextAnalysis(),
            Clock.systemUTC());

    @Test
    void aReplyAgentsMarkedHelpfulOvertakesAnEquallyGoodOneAndAMarkedDownOneSinks() {
        String question = "Could you send me an invoice for this order please?";
        List<Draft> before = service.draft(question, Marketplace.EBAY).drafts();
        assertEquals(2, before.size(), "both replies match");
        String first = before.get(0).entryId();
        String second = before.get(1).entryId();

        feedback.put(second, 0.6);
        List<Draft> liked = service.draft(question, Marketplace.EBAY).drafts();
        assertEquals(second, liked.get(0).entryId(), "the liked reply comes first");
        assertTrue(liked.get(0).score() > before.get(1).score(), "its score rose");

        feedback.clear();
        feedback.put(first, -0.6);
        assertEquals(second, service.draft(question, Marketplace.EBAY).drafts().get(0).entryId(),
                "the disliked reply sinks");
    }
}
