package com.replyguard.knowledge.gaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.TextAnalysis;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapReportTest {
    final GapReport report = new GapReport(new TextAnalysis());

    static Gap gap(String text, int minute) {
        return new Gap(text, "CUSTOMS_DUTIES", Marketplace.EBAY, "en", 0.4,
                Instant.parse("2026-11-20T10:00:00Z").plusSeconds(60L * minute));
    }

    @Test
    void similarQuestionsAreGroupedAndTheBiggestGroupComesFirst() {
        List<GapCluster> groups = report.group(List.of(
                gap("Do I have to pay customs duties?", 1),
                gap("Why do I have to pay import tax?", 2),
                gap("do i have to pay the customs duty", 3),
                gap("Must I pay customs duties on this?", 4),
                gap("Can you gift wrap it?", 5)), 10);
        assertEquals(3, groups.getFirst().count(), groups.toString());
        assertTrue(groups.getFirst().representative().contains("customs"));
        assertEquals(3, groups.getFirst().intents().get("CUSTOMS_DUTIES"));
        assertEquals(Instant.parse("2026-11-20T10:04:00Z"), groups.getFirst().lastSeen());
        assertEquals(3, groups.size());
    }

    @Test
    void theLimitKeepsTheLargestGroups() {
        List<GapCluster> groups = report.group(List.of(gap("alpha beta", 1), gap("gamma delta", 2),
                gap("gamma delta", 3)), 1);
        assertEquals(1, groups.size());
        assertEquals("gamma delta", groups.getFirst().representative());
    }
}
