package com.replyguard.drafting;

import com.replyguard.knowledge.entry.Claims;
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
 * as drafted and after the bot's fill-in step when only taps are used. "Sendable" is the text as {@code draft} gives
 * it (each claim as its promise) with no blank and no bracketed instruction to the agent left in it.
 */
class SendableDraftsTest extends ShippedDraftingTest {
    /** Blanks the bot's fill-in step offers as buttons (suggested dates), so no typing is needed. */
    private static final java.util.Set<String> TAPPED = java.util.Set.of("date");
    /** Anything in square brackets left in the text to send: a blank or an instruction to the agent. */
    private static final java.util.regex.Pattern BRACKET = java.util.regex.Pattern.compile("\\[[^\\]\\n]+]");

    @Test
    void theSignatureIsNeverABlankAndTheSendableShareIsReported() {
        Map<String, int[]> perLanguage = new TreeMap<>();
        Map<String, Integer> blanks = new TreeMap<>();
        Map<String, Integer> products = new TreeMap<>(); // messages whose product was named and written into the draft
        Map<String, Integer> found = new TreeMap<>(); // messages in which a product was found at all
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
            int[] c = perLanguage.computeIfAbsent(row.lang(), k -> new int[5]);
            c[1]++;
            // Sent as it is: claims as their promises, and no bracket left for the agent ("[Answer the question…]").
            String sent = Claims.promised(d.text());
            assertTrue(!sent.contains("[✔"), sent);
            String withoutBlanks = sent;
            for (String marker : d.needsInputMarkers()) {
                withoutBlanks = withoutBlanks.replace(marker, "");
            }
            boolean noBracket = !BRACKET.matcher(withoutBlanks).find();
            if (!noBracket) {
                c[4]++; // an instruction to the agent ("[Answer the question…]"): typing needed
            }
            if (d.needsInput().isEmpty() && noBracket) {
                c[0]++;
            }
            if (TAPPED.containsAll(d.needsInput()) && noBracket) {
                c[2]++; // the bot's one fill-in step offers these as buttons
            }
            if (Claims.any(d.text())) {
                c[3]++; // a claim the agent may confirm with one tap; the promise is sendable without it
            }
            d.needsInput().forEach(n -> blanks.merge(n, 1, Integer::sum));
            if (r.entities().product() != null) {
                found.merge(row.lang(), 1, Integer::sum);
            }
            if (r.entities().product() != null && d.text().contains(r.entities().product())) {
                products.merge(row.lang(), 1, Integer::sum);
            }
        }
        System.out.println("sendable without typing " + perLanguage.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()[0] + "/" + e.getValue()[1]).toList()
                + "; with the fill-in step's taps only " + perLanguage.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()[2] + "/" + e.getValue()[1]).toList() + " blanks " + blanks
                + "; with a claim to confirm " + perLanguage.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()[3]).toList() + "; with an instruction to the agent "
                + perLanguage.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()[4]).toList()
                + "; a product found in the message " + found + ", and written into the first draft " + products);
        assertEquals(4, perLanguage.size(), perLanguage.keySet().toString());
    }
}
