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
 * agent's /sign values given: the signature and the order id are never blanks, and the share is reported (README),
 * as drafted and after the bot's fill-in step when only taps are used.
 */
class SendableDraftsTest extends ShippedDraftingTest {
    private static final Map<String, String> SIGNED = Map.of("agent_name", "Nadia", "store_name", "HomeGlow");
    /** Blanks the bot's fill-in step offers as buttons (suggested dates), so no typing is needed. */
    private static final java.util.Set<String> TAPPED = java.util.Set.of("date");

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
            assertTrue(!d.needsInput().contains("order_id"), "an order id not given reads as \"your order\": "
                    + d.text());
            int[] c = perLanguage.computeIfAbsent(row.lang(), k -> new int[3]);
            c[1]++;
            if (d.needsInput().isEmpty()) {
                c[0]++;
            }
            if (TAPPED.containsAll(d.needsInput())) {
                c[2]++; // the bot's one fill-in step offers these as buttons
            }
            d.needsInput().forEach(n -> blanks.merge(n, 1, Integer::sum));
        }
        System.out.println("sendable without typing " + perLanguage.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()[0] + "/" + e.getValue()[1]).toList()
                + "; with the fill-in step's taps only " + perLanguage.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()[2] + "/" + e.getValue()[1]).toList() + " blanks " + blanks);
        assertEquals(4, perLanguage.size(), perLanguage.keySet().toString());
    }
}
