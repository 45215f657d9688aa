package com.replyguard.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.replyguard.app.Main;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftCommandTest {
    /** Shared by the tests: opening a new data directory imports the default knowledge, which takes seconds. */
    @TempDir
    static Path data;
    private final ObjectMapper json = new ObjectMapper();
    private final TextCommandRun cli = new TextCommandRun(data, DraftCommand::new);

    @Test
    void jsonCarriesTheContractFields() throws Exception {
        assertEquals(0, cli.run("", "--json", "--marketplace", "ebay", "Where is order 12-34567-89012?\nThanks, Sarah"));
        JsonNode o = json.readTree(cli.out.toString());
        assertEquals("ebay", o.get("marketplace").asText());
        assertEquals("en", o.get("language").asText());
        assertEquals("ORDER_STATUS", o.get("intent").asText());
        assertEquals("12-34567-89012", o.get("entities").get("order_id").asText());
        assertEquals("Sarah", o.get("entities").get("buyer_name").asText());
        assertTrue(o.get("drafts").isArray());
        assertTrue(o.get("policies").isArray());
    }

    @Test
    void readsTheMessageFromStandardInputWithoutArguments() throws Exception {
        assertEquals(0, cli.run("Saya mahu batalkan pesanan", "--json"));
        JsonNode o = json.readTree(cli.out.toString());
        assertEquals("ms", o.get("language").asText());
        assertEquals("CANCEL_ORDER", o.get("intent").asText());
    }

    @Test
    void jsonlAnswersEveryLineInOrderAndReportsBadLines() throws Exception {
        String in = "{\"id\":\"q1\",\"marketplace\":\"amazon\",\"text\":\"It arrived broken\"}\n"
                + "this is not json\n"
                + "{\"id\":\"q3\",\"marketplace\":\"nowhere\",\"text\":\"hi\"}\n"
                + "{\"id\":\"q4\",\"text\":\"আমার পার্সেল কবে আসবে?\"}\n";
        assertEquals(0, cli.run(in, "--jsonl"));
        String[] lines = cli.out.toString().strip().split("\n");
        assertEquals(4, lines.length);
        assertEquals("DAMAGED_OR_DEFECTIVE", json.readTree(lines[0]).get("intent").asText());
        assertTrue(json.readTree(lines[1]).has("error"));
        assertEquals("q3", json.readTree(lines[2]).get("id").asText());
        assertTrue(json.readTree(lines[2]).get("error").asText().contains("nowhere"));
        assertEquals("q4", json.readTree(lines[3]).get("id").asText());
        assertEquals("bn", json.readTree(lines[3]).get("language").asText());
    }

    @Test
    void humanOutputNamesTheIntentAndWhatWasFound() {
        assertEquals(0, cli.run("", "Order 112-4456789-2234567 never arrived"));
        assertTrue(cli.out.toString().startsWith("Intent: "), cli.out.toString());
        assertTrue(cli.out.toString().contains("112-4456789-2234567"));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, cli.run("", "--marketplace", "mars", "hi"));
        assertTrue(cli.err.toString().contains("unknown marketplace 'mars'"));
        assertEquals(2, cli.run("", "--json", "--jsonl"));
        assertEquals(2, Main.execute("draft", "--no-such-option"));
    }

    @Test
    void aBengaliMessageGetsBengaliLabelsAndNames() {
        assertEquals(0, cli.run("", "আমার অর্ডার 112-4456789-2234567 এখনো আসেনি, কোথায় আছে?"));
        String text = cli.out.toString();
        assertTrue(text.startsWith("উদ্দেশ্য: "), text);
        assertTrue(text.contains("পাওয়া গেছে:") && text.contains("অর্ডার নম্বর"), text);
        assertTrue(text.contains("--- খসড়া 1/") || text.contains("দেওয়ার মতো কোনো খসড়া নেই।"), text);
        for (String english : new String[] {"Intent:", "Found:", "Note:", "Draft 1 of", "Fill in:", "Keep in mind:", "order_id"}) {
            assertFalse(text.contains(english), english + " in " + text);
        }
    }

    @Test
    void langChoosesTheLanguageOfTheTextOutput() {
        assertEquals(0, cli.run("", "--lang", "ms", "Order 112-4456789-2234567 never arrived"));
        String text = cli.out.toString();
        assertTrue(text.startsWith("Niat: "), text);
        assertTrue(text.contains("Ditemui:") && text.contains("nombor pesanan"), text);
        String header = text.lines().filter(l -> l.startsWith("--- ")).findFirst().orElse("");
        assertTrue(header.startsWith("--- Draf 1 daripada ") && header.contains("(entri "), text);
        assertFalse(text.contains("Intent:") || text.contains("Found:") || text.contains("Draft 1 of"), text);
    }

    @Test
    void langLeavesTheJsonByteForByte() {
        String message = "Order 112-4456789-2234567 never arrived";
        assertEquals(0, cli.run("", "--json", message));
        String plain = cli.out.toString();
        cli.out.getBuffer().setLength(0);
        assertEquals(0, cli.run("", "--json", "--lang", "bn", message));
        assertEquals(plain, cli.out.toString());
        assertTrue(plain.contains("\"intent\":\"ORDER_STATUS\""), plain);
    }

    @Test
    void anUnknownLangIsAUsageError() {
        assertEquals(2, cli.run("", "--lang", "fr", "hi"));
        assertTrue(cli.err.toString().contains("--lang must be en, bn or ms, not 'fr'"), cli.err.toString());
    }

    /** A shipped reply whose claim only the agent can confirm ("I have cancelled order …"). */
    private static final String CANCEL = "Please cancel order 112-4456789-2234567, I do not need it any more.";

    @Test
    void jsonGivesASendableTextAndTheClaimsWithBothWordings() throws Exception {
        assertEquals(0, cli.run("", "--json", "--marketplace", "amazon", CANCEL));
        JsonNode o = json.readTree(cli.out.toString());
        assertEquals("CANCEL_ORDER", o.get("intent").asText());
        JsonNode withClaim = null;
        for (JsonNode d : o.get("drafts")) {
            assertFalse(d.get("text").asText().contains("[✔"), d.toString());
            assertTrue(d.get("claims").isArray(), d.toString());
            if (withClaim == null && d.get("claims").size() > 0) {
                withClaim = d;
            }
        }
        assertTrue(withClaim != null, cli.out.toString());
        JsonNode c = withClaim.get("claims").get(0);
        assertTrue(c.get("claim").asText().startsWith("I have cancelled order 112-4456789-2234567"), c.toString());
        assertTrue(c.get("promise").asText().startsWith("If order 112-4456789-2234567 has not shipped yet, I will cancel"),
                c.toString());
        // The text sent as it is carries the promise; the agent who has done it swaps in the claim.
        String text = withClaim.get("text").asText();
        assertTrue(text.contains(c.get("promise").asText()) && !text.contains(c.get("claim").asText()), text);
    }

    @Test
    void textShowsThePromiseInTheDraftAndTheClaimAsAChoice() {
        assertEquals(0, cli.run("", "--marketplace", "amazon", CANCEL));
        String text = cli.out.toString();
        assertFalse(text.contains("[✔"), text);
        assertTrue(text.contains("If order 112-4456789-2234567 has not shipped yet, I will cancel it on our side today"),
                text);
        assertTrue(text.contains("Confirm: if done, write \"I have cancelled order 112-4456789-2234567 on our side"),
                text);
    }

    @Test
    void theClaimChoiceIsInTheShownLanguage() {
        assertEquals(0, cli.run("", "--marketplace", "amazon", "--lang", "bn", CANCEL));
        String text = cli.out.toString();
        assertTrue(text.contains("নিশ্চিত করুন: করা হয়ে থাকলে"), text);
        assertFalse(text.contains("Confirm:"), text);
    }
}
