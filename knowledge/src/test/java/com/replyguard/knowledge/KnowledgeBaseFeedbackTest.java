package com.replyguard.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.knowledge.curation.VoteChange;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.TextAnalysis;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The knowledge base turns recorded 👍/👎 into per-entry feedback scores for drafting's ranking. */
class KnowledgeBaseFeedbackTest {
    @TempDir
    Path tmp;

    @Test
    void feedbackScoresFollowRecordedVotesAtOnce() {
        try (KnowledgeBase kb = KnowledgeBase.open(tmp.resolve("data"), new TextAnalysis(),
                TestEntries.starsChecker(), KnowledgeBase.Options.empty())) {
            kb.add(TestEntries.reply("liked", Intent.PRAISE, "Thank you for the kind words."), "lead:1");
            kb.add(TestEntries.reply("disliked", Intent.PRAISE, "Thanks."), "lead:1");
            assertEquals(0.0, kb.feedbackScore("liked"));
            kb.recordServed("liked", Intent.PRAISE, Marketplace.AMAZON, "tg:7");
            assertEquals(0.0, kb.feedbackScore("liked"), "served alone says nothing about quality");

            kb.recordFeedback("liked", true, "tg:7");
            kb.recordFeedback("liked", true, "tg:8");
            kb.recordFeedback("disliked", false, "tg:7");
            assertEquals(0.5, kb.feedbackScore("liked"), 1e-9); // (2 - 0) / (2 + 0 + 2)
            assertTrue(kb.feedbackScore("disliked") < 0);
            assertEquals(0.0, kb.feedbackScore("unknown"));
        }
    }

    @Test
    void aVoteIsOneChoicePerAgentAndEntryThatCanBeChangedButNeverCountsTwice() {
        try (KnowledgeBase kb = KnowledgeBase.open(tmp.resolve("data"), new TextAnalysis(),
                TestEntries.starsChecker(), KnowledgeBase.Options.empty())) {
            kb.add(TestEntries.reply("e", Intent.PRAISE, "Thank you for the kind words."), "lead:1");
            assertEquals(VoteChange.RECORDED, kb.vote("e", true, "agent:7"));
            assertEquals(VoteChange.UNCHANGED, kb.vote("e", true, "agent:7"));
            assertEquals(1, kb.stats(null).perEntry().get("e").helpful());
            assertEquals(VoteChange.CHANGED, kb.vote("e", false, "agent:7"));
            assertEquals(0, kb.stats(null).perEntry().get("e").helpful());
            assertEquals(1, kb.stats(null).perEntry().get("e").notHelpful());
            assertEquals(VoteChange.RECORDED, kb.vote("e", false, "agent:8"), "another agent has their own vote");
            assertEquals(2, kb.stats(null).perEntry().get("e").notHelpful());
            assertTrue(kb.feedbackScore("e") < 0);
        }
    }
}
