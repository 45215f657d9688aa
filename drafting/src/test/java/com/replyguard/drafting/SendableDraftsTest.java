package com.replyguard.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.Marketplace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * How many first drafts an agent can send without typing, per language, on the realistic labelled sets, with the
 * agent's /sign values given: the signature is never a blank, and the share is reported (README).
 */
class SendableDraftsTest extends ShippedDraftingTest {
    private static final Map<String, String> SIGNED = Map.of("agent_name", "Nadia", "store_name", "HomeGlow");
    @Test
    void theSignatureIsNeverABlankAndTheSendableShareIsReported() {
        Map<String, int[]> perLanguage = new TreeMap<>();
        Map<String, Integer> blanks = new TreeMap<>();
        List<LabelledSets.Row> rows = new ArrayList<>(LabelledSets.read("buyer-messages.jsonl", "intent"));
        rows.addAll(LabelledSets.read("heldout-intents-bn-latin.jsonl", "intent"));
        for (LabelledSets.Row row : rows) {
            DraftResult r = service.draft(row.text(), Marketplace.parse(row.marketplace()), SIGNED);
            if (r.drafts().isEmpty()) {
                continue;
            }
            Draft d = r.drafts().get(0);
            assertTrue(!d.needsInput().contains("agent_name") && !d.needsInput().contains("store_name"),
                    "the /sign values fill every draft: " + d.text());
            assertTrue(d.text().contains("Nadia"), d.text());
            int[] c = perLanguage.computeIfAbsent(row.lang(), k -> new int[2]);
            c[1]++;
            if (d.needsInput().isEmpty()) {
                c[0]++;
            }
            d.needsInput().forEach(n -> blanks.merge(n, 1, Integer::sum));
        }
        System.out.println("sendable without typing " + perLanguage.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()[0] + "/" + e.getValue()[1]).toList() + " blanks " + blanks);
        assertEquals(4, perLanguage.size(), perLanguage.keySet().toString());
    }
}
