package com.replyguard.policy.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.replyguard.policy.CheckResult;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Severity;
import com.replyguard.policy.Verdict;
import com.replyguard.policy.analysis.TextAnalysis;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Scores the checker on the project's own labelled drafts ({@code compliance-cases.jsonl}: English, Bengali and
 * Malay, three marketplaces, paraphrases, obfuscation, and clean drafts full of ids, prices and dates) with the
 * same metrics as the shared scorer, and holds them above the targets.
 */
class ComplianceMetricsTest {

    @Test
    void detectionCategoryAndFalseBlockRatesMeetTheTargets() throws IOException {
        RuleChecker checker = RulePacks.loadChecker(new TextAnalysis(), List.of());
        ObjectMapper json = new ObjectMapper();
        int bad = 0;
        int detected = 0;
        int pairs = 0;
        int pairHits = 0;
        int clean = 0;
        int falseBlocks = 0;
        int warnPairs = 0;
        int warnHits = 0;
        List<String> misses = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/compliance-cases.jsonl"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode c = json.readTree(line);
                CheckResult res = checker.check(c.get("text").asText(), Marketplace.parse(c.get("marketplace").asText()));
                Set<String> blocked = new HashSet<>();
                Set<String> flagged = new HashSet<>();
                res.findings().forEach(f -> {
                    flagged.add(f.category().name());
                    if (f.severity() == Severity.BLOCK) {
                        blocked.add(f.category().name());
                    }
                });
                List<String> wantBlock = new ArrayList<>();
                c.path("block").forEach(n -> wantBlock.add(n.asText()));
                List<String> wantWarn = new ArrayList<>();
                c.path("warn").forEach(n -> wantWarn.add(n.asText()));
                if (!wantBlock.isEmpty()) {
                    bad++;
                    detected += res.verdict() == Verdict.BLOCK ? 1 : 0;
                    for (String cat : wantBlock) {
                        pairs++;
                        pairHits += blocked.contains(cat) ? 1 : 0;
                    }
                } else if (wantWarn.isEmpty()) {
                    clean++;
                    falseBlocks += res.verdict() == Verdict.BLOCK ? 1 : 0;
                }
                for (String cat : wantWarn) {
                    warnPairs++;
                    warnHits += flagged.contains(cat) ? 1 : 0;
                }
                boolean wrong = (!wantBlock.isEmpty() && !blocked.containsAll(wantBlock))
                        || (wantBlock.isEmpty() && wantWarn.isEmpty() && res.verdict() == Verdict.BLOCK)
                        || !flagged.containsAll(wantWarn);
                if (wrong) {
                    misses.add(c.get("id").asText() + " " + res.findings());
                }
            }
        }
        double detection = detected / (double) bad;
        double category = pairHits / (double) pairs;
        double falseBlock = falseBlocks / (double) clean;
        double warn = warnHits / (double) warnPairs;
        String summary = String.format("n=%d detection=%.3f category=%.3f false_block=%.3f warn=%.3f misses=%s",
                bad + clean + warnPairs, detection, category, falseBlock, warn, misses);
        assertTrue(bad >= 80 && clean >= 40, summary);
        assertTrue(detection >= 0.97, summary);
        assertTrue(category >= 0.95, summary);
        assertTrue(falseBlock <= 0.03, summary);
        assertTrue(warn >= 0.9, summary);
    }
}
