package com.replyguard.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.replyguard.knowledge.reports.ModelRetrainer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code replyguard report false-alarm|missed} and {@code replyguard kb reports [approve|reject|retrain]}, run
 * in-process with captured streams, on one data directory: a false alarm filed from the command line and approved
 * there stops {@code replyguard check} flagging that text; {@code kb stats} counts the reports per rule.
 */
class ReportCommandTest {
    static final String OVERPROMISE = "Our team answers 24/7, so message us any time through Amazon.";
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path tmp;

    /** The command line with {@code stdin} as standard input. */
    CliRun run(String stdin, String... args) {
        return CliRun.withInput(stdin, args);
    }

    /** A command with {@code --data} on this test's directory appended. */
    CliRun cmd(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", tmp.resolve("data").toString()));
        return run("", all.toArray(String[]::new));
    }

    @Test
    void aFalseAlarmFiledAndApprovedOnTheCommandLineStopsCheckFlaggingThatText() throws Exception {
        CliRun before = cmd("check", "-m", "amazon", "--json", OVERPROMISE);
        JsonNode finding = json.readTree(before.out()).get("findings").get(0);
        assertEquals("common.overpromise", finding.get("rule").asText());

        CliRun filed = cmd("report", "false-alarm", "--rule", "common.overpromise", "-m", "amazon",
                finding.get("excerpt").asText());
        assertEquals(0, filed.status(), filed.err());
        assertEquals("Report #1 (false alarm on common.overpromise (A promise that cannot be kept), amazon, en) is "
                + "waiting for a team lead's review: replyguard kb reports approve 1, or reject 1 --reason TEXT.\n", filed.out());

        CliRun list = cmd("kb", "reports", "--status", "pending");
        assertEquals(0, list.status(), list.err());
        assertTrue(list.out().matches("#1 +pending +false alarm +common\\.overpromise +amazon +en +cli:\\S+ +"
                + "\\d{4}-\\d\\d-\\d\\d \"Our team answers 24/7, so message us any time through Amazo…\"\n"),
                list.out());
        assertTrue(cmd("check", "-m", "amazon", OVERPROMISE).out().contains("common.overpromise"),
                "a pending report changes nothing");

        CliRun approved = cmd("kb", "reports", "approve", "1", "--no-retrain");
        assertEquals(0, approved.status(), approved.err());
        assertEquals("Approved report #1 (false alarm on common.overpromise (A promise that cannot be kept)): "
                + "common.overpromise no longer flags this text.\n", approved.out());
        CliRun after = cmd("check", "-m", "amazon", "--json", OVERPROMISE);
        assertEquals("ok", json.readTree(after.out()).get("verdict").asText(), after.out());
        CliRun other = cmd("check", "-m", "amazon", "--json", "It will never break, guaranteed for life.");
        assertEquals("common.overpromise", json.readTree(other.out()).get("findings").get(0).get("rule").asText(),
                "the rule still flags other text");

        CliRun again = cmd("kb", "reports", "reject", "1", "--reason", "changed my mind");
        assertEquals(1, again.status());
        assertTrue(again.err().contains("Report #1 was already approved by cli:"), again.err());
        assertFalse(again.err().contains("at com."), "no stack trace");
        CliRun decided = cmd("kb", "reports");
        assertTrue(decided.out().contains("\n      approved by cli:"), decided.out());
    }

    @Test
    void aMissIsFiledFromStandardInputAsJsonRejectedWithAReasonAndCountedInStats() throws Exception {
        CliRun filed = run("Have a look at our new autumn range in the shop!", "report", "missed", "--category",
                "marketing", "-m", "ebay", "--json", "--data", tmp.resolve("data").toString());
        assertEquals(0, filed.status(), filed.err());
        JsonNode r = json.readTree(filed.out());
        assertEquals("missed", r.get("kind").asText());
        assertEquals("MARKETING", r.get("category").asText());
        assertTrue(r.get("rule").isNull());
        assertEquals("ebay", r.get("marketplace").asText());
        assertEquals("en", r.get("language").asText());
        assertEquals("pending", r.get("status").asText());
        assertEquals("Have a look at our new autumn range in the shop!", r.get("text").asText());
        long id = r.get("id").asLong();
        cmd("report", "false-alarm", "--rule", "common.overpromise", "-m", "amazon", "We are open 24/7.");
        cmd("report", "false-alarm", "--rule", "common.overpromise", "-m", "amazon", "Replies within 24/7 hours.");
        cmd("kb", "reports", "approve", "2", "--no-retrain");

        CliRun rejected = cmd("kb", "reports", "reject", Long.toString(id), "--reason", "A new range is news.");
        assertEquals(0, rejected.status(), rejected.err());
        assertEquals("Rejected report #1 (missed Advertising or promotion): A new range is news.\n", rejected.out());
        JsonNode all = json.readTree(cmd("kb", "reports", "--json").out()).get("reports");
        assertEquals(3, all.size());
        assertEquals("rejected", all.get(0).get("status").asText());
        assertEquals("A new range is news.", all.get(0).get("reason").asText());
        assertTrue(all.get(0).get("decided_by").asText().startsWith("cli:"));
        assertEquals(1, json.readTree(cmd("kb", "reports", "--status", "pending", "--json").out()).get("reports")
                .size());

        CliRun stats = cmd("kb", "stats");
        assertEquals(0, stats.status(), stats.err());
        assertTrue(stats.out().matches("(?s).*\nfalse alarms per rule: +pending +approved +rejected\n"
                + "  common\\.overpromise +1 +1 +0\n.*"), stats.out());
        // categories by their names, in the operator's language; never the code (#15)
        assertTrue(stats.out().matches("(?s).*\nmissed per category: +pending +approved +rejected\n"
                + "  Advertising or promotion +0 +0 +1\n.*"), stats.out());
        assertFalse(stats.out().contains("MARKETING"), stats.out());
        String bn = cmd("kb", "stats", "--lang", "bn").out();
        assertTrue(bn.matches("(?s).*\nধরন অনুযায়ী যা ধরা পড়েনি: +অপেক্ষমাণ +অনুমোদিত +বাতিল\n"
                + "  বিজ্ঞাপন বা প্রচার +0 +0 +1\n.*"), bn);
        assertFalse(bn.contains("MARKETING"), bn);
        String ms = cmd("kb", "stats", "--lang", "ms").out();
        assertTrue(ms.matches("(?s).*\nterlepas mengikut kategori: +menunggu +diluluskan +ditolak\n"
                + "  Iklan atau promosi +0 +0 +1\n.*"), ms);
        assertFalse(ms.contains("MARKETING"), ms);

        // the listing: names in each language, codes in JSON; a filter takes the code or any language's name
        String listBn = cmd("kb", "reports", "--lang", "bn", "--category", "বিজ্ঞাপন বা প্রচার").out();
        assertTrue(listBn.startsWith("#1 ") && listBn.contains("বাতিল") && listBn.contains("ধরা পড়েনি")
                && listBn.contains("বিজ্ঞাপন বা প্রচার") && !listBn.contains("MARKETING")
                && !listBn.contains("#2 "), listBn);
        String listMs = cmd("kb", "reports", "--lang", "ms", "--category", "marketing").out();
        assertTrue(listMs.startsWith("#1 ") && listMs.contains("Iklan atau promosi") && listMs.contains("ditolak")
                && !listMs.contains("MARKETING"), listMs);
        JsonNode byName = json.readTree(cmd("kb", "reports", "--category", "Iklan atau promosi", "--json").out());
        assertEquals(1, byName.get("reports").size());
        assertEquals("MARKETING", byName.get("reports").get(0).get("category").asText());
        assertEquals(2, cmd("kb", "reports", "--category", "spam").status());
    }

    @Test
    void usageMistakesExitTwoAndNothingIsFiled() {
        CliRun rule = cmd("report", "false-alarm", "--rule", "common.no-such-rule", "Some text.");
        assertEquals(2, rule.status());
        assertTrue(rule.err().contains("unknown rule 'common.no-such-rule'"), rule.err());
        CliRun category = cmd("report", "missed", "--category", "SPAM", "Some text.");
        assertEquals(2, category.status());
        assertTrue(category.err().contains("unknown category 'SPAM'"), category.err());
        assertEquals(2, cmd("report", "missed", "Some text.").status(), "--category is required");
        CliRun empty = run("   ", "report", "missed", "--category", "MARKETING", "--data", tmp.resolve("data").toString());
        assertEquals(2, empty.status());
        assertTrue(empty.err().contains("there is no text"), empty.err());
        assertEquals(2, cmd("report", "missed", "--category", "MARKETING", "-m", "amazn", "x").status());
        assertEquals(2, cmd("kb", "reports", "--status", "maybe").status());
        assertEquals(2, cmd("kb", "reports", "approve", "seven").status());
        assertEquals(2, cmd("report").status(), "a subcommand is required");
        assertEquals("no reports\n", cmd("kb", "reports").out());
        CliRun missing = cmd("kb", "reports", "approve", "42", "--no-retrain");
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("There is no report #42."), missing.err());
        assertEquals(0, cmd("report", "false-alarm", "--rule", "model.marketing", "Thanks for shopping.").status(),
                "the learned model's findings can be reported too");
    }

    @Test
    void approvingRetrainsTheModelIntoTheDataDirectory() throws Exception {
        // A small training base instead of the shipped one, so the test does not train for a minute.
        Path base = tmp.resolve("base.jsonl");
        Files.writeString(base, "{\"id\":\"c1\",\"marketplace\":\"amazon\",\"lang\":\"en\",\"text\":\"Your parcel "
                + "left today.\",\"block\":[],\"warn\":[],\"split\":\"train\"}\n");
        System.setProperty(ModelRetrainer.TRAINING_PROPERTY, base.toString());
        try {
            cmd("report", "missed", "--category", "MARKETING", "-m", "ebay", "Have a look at our new autumn range.");
            CliRun approved = cmd("kb", "reports", "approve", "1");
            assertEquals(0, approved.status(), approved.err());
            assertTrue(approved.out().contains("Approved report #1 (missed Advertising or promotion).\nRetraining the "
                    + "checker's model with 1 case(s) from the team's reports"), approved.out());
            assertTrue(approved.out().contains("Model retrained on 2 cases (1 from the team's reports"),
                    approved.out());
            Path model = ModelRetrainer.modelFile(tmp.resolve("data"));
            assertTrue(Files.size(model) > 0, "the model is in the data directory");
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(model)));
        } finally {
            System.clearProperty(ModelRetrainer.TRAINING_PROPERTY);
        }
    }
}
