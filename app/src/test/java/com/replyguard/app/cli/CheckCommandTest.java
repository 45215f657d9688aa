package com.replyguard.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckCommandTest {
    private final ObjectMapper json = new ObjectMapper();

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {
    }

    private static Run run(byte[] stdin, String... args) {
        CheckCommand cmd = new CheckCommand();
        cmd.stdin = new ByteArrayInputStream(stdin);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(cmd).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static Run run(String stdin, String... args) {
        return run(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    @Test
    void jsonGivesTheContractFieldsWithUtf16Offsets() throws IOException {
        String text = "😀 Email me at rina.shop@gmail.com please";
        Run r = run("", "--marketplace", "amazon", "--json", text);
        assertEquals(0, r.exit(), r.err());
        JsonNode o = json.readTree(r.out());
        assertEquals("amazon", o.get("marketplace").asText());
        assertEquals("en", o.get("language").asText());
        assertEquals("block", o.get("verdict").asText());
        JsonNode f = o.get("findings").get(0);
        assertEquals("CONTACT_INFO", f.get("category").asText());
        assertEquals("rina.shop@gmail.com", text.substring(f.get("start").asInt(), f.get("end").asInt()));
        assertEquals("Please reply to this message and we'll sort it out here.", f.get("fix").asText());
        assertEquals("Please reply to this message and we'll sort it out here.", o.get("fixed").asText());
    }

    @Test
    void jsonlAnswersEveryLineInOrderAndKeepsGoingAfterABadLine() throws IOException {
        String input = """
                {"id": "a1", "marketplace": "ebay", "text": "Pay me by bank transfer and save."}
                this is not json
                {"id": 7, "marketplace": "amazon", "text": "Your parcel is on its way."}
                {"id": "a3", "marketplace": "mars", "text": "hi"}
                {"id": "a4", "text": "   "}
                {"id": "a5", "marketplace": "aliexpress", "text": "আমাদের ইমেইল করুন: dhaka.shop@gmail.com"}
                """;
        Run r = run(input, "--jsonl");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(6, lines.size(), r.out());
        assertEquals("block", json.readTree(lines.get(0)).get("verdict").asText());
        assertEquals("a1", json.readTree(lines.get(0)).get("id").asText());
        assertTrue(json.readTree(lines.get(1)).get("error").asText().contains("line 2"));
        assertEquals(7, json.readTree(lines.get(2)).get("id").asInt());
        assertEquals("ok", json.readTree(lines.get(2)).get("verdict").asText());
        assertTrue(json.readTree(lines.get(3)).get("error").asText().contains("mars"));
        assertTrue(json.readTree(lines.get(4)).get("error").asText().contains("empty"));
        JsonNode bn = json.readTree(lines.get(5));
        assertEquals("bn", bn.get("language").asText());
        assertEquals("CONTACT_INFO", bn.get("findings").get(0).get("category").asText());
    }

    @Test
    void humanOutputMarksTheDraftAndShowsTheFixWithoutColourWhenPiped() {
        Run r = run("Give us five stars and we will send you a free bulb. Thanks!", "-m", "amazon");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("[[Give us five stars and we will send you a free bulb.]]"), r.out());
        assertTrue(r.out().contains("main problem: Reward for a review"), r.out());
        assertTrue(r.out().contains("Fixed draft:"), r.out());
        assertFalse(r.out().contains("\u001b["), "no ANSI codes when not on a terminal");
    }

    @Test
    void failOnTurnsAVerdictIntoExitOne() {
        assertEquals(1, run("", "--fail-on", "block", "Visit glowshop dot com").exit());
        assertEquals(0, run("", "--fail-on", "block", "This kettle never breaks, guaranteed.").exit());
        assertEquals(1, run("", "--fail-on", "warn", "This kettle never breaks, guaranteed.").exit());
    }

    @Test
    void oddInputGetsOneClearSentenceAndExitTwo() {
        assertUsage(run("   \n"), "empty");
        assertUsage(run(new byte[] {(byte) 0xff, (byte) 0xfe, 'a'}), "UTF-8");
        assertUsage(run(new byte[] {'a', 0, 1, 2, 'b'}), "binary");
        assertUsage(run("", "--marketplace", "mars", "hello"), "mars");
        assertUsage(run("", "--fail-on", "maybe", "hello"), "block or warn");
        Run both = run("", "--json", "--jsonl"); // picocli's exclusive group says it
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("--json, --jsonl are mutually exclusive"), both.err());
    }

    @Test
    void rtlEmojiMixedScriptsAndAMegabyteAreChecked() {
        assertEquals(0, run("مرحبا 😀 Hello হ্যালো Selamat \u202e test", "--json").exit());
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            Run big = run("Your parcel is on its way. ".repeat(40_000), "--json");
            assertEquals(0, big.exit(), big.err());
            assertTrue(big.out().contains("\"verdict\""));
        });
    }

    @Test
    void aBrokenTeamRuleIsReportedAsTheUsersErrorWithFileAndLine(@TempDir Path tmp) throws IOException {
        Path team = Files.createDirectories(tmp.resolve("team"));
        Files.writeString(team.resolve("oops.yaml"), "kind: phrase\nmarketplaces: [all]\ncategory: NOPE\npatterns: [\"hello\"]\n");
        Run r = run("", "--rules", team.toString(), "hello");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("oops.yaml:3: rule team.oops"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aRewriteThatWouldStillBreakARuleIsShownAsAnExampleNotApplied(@TempDir Path tmp) throws IOException {
        Path team = Files.createDirectories(tmp.resolve("team"));
        // The team's wording sends buyers to a web address: applied, the draft would still be blocked.
        Files.writeString(team.resolve("zorblax.yaml"), """
                kind: phrase
                marketplaces: [all]
                category: MARKETING
                severity: block
                languages: [en]
                message: Do not advertise zorblax.
                source: "Acme support handbook, section 9"
                fix: "Order more at glowshop dot com."
                patterns:
                  - match: "zorblax"
                examples:
                  bad:
                    - "We love [[zorblax]] fans."
                  good:
                    - "We love our fans."
                """);
        String draft = "Hi Sam, thanks for your order. We love zorblax fans. Best, Rina";
        Run json = run("", "--rules", team.toString(), "--json", draft);
        assertEquals(0, json.exit(), json.err());
        JsonNode o = new ObjectMapper().readTree(json.out());
        assertFalse(o.get("fixed").asText("").contains("glowshop"), "the wording is not applied: " + o.get("fixed"));
        for (JsonNode rw : o.get("rewrites")) {
            assertFalse(rw.get("rule").asText().equals("team.zorblax"), "no rewrite for the rule: " + rw);
        }
        JsonNode group = null;
        for (JsonNode g : o.get("groups")) {
            if (g.get("rule").asText().equals("team.zorblax")) {
                group = g;
            }
        }
        assertTrue(group != null, json.out());
        assertEquals("rewrite_like", group.get("fix_status").asText(), group.toString());
        assertEquals("Order more at glowshop dot com.", group.get("rewrite").asText());
        Run text = run("", "--rules", team.toString(), draft);
        assertTrue(text.out().contains("Rewrite this sentence, for example: \"Order more at glowshop dot com.\""),
                text.out());
        assertFalse(text.out().contains("glowshop dot com. Best, Rina"), "not applied: " + text.out());
    }

    private static void assertUsage(Run r, String mentions) {
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().startsWith("replyguard check: "), r.err());
        assertTrue(r.err().contains(mentions), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aJsonlAuditLargerThanTheOldTwoMegabyteLimitIsCheckedWhole() throws IOException {
        StringBuilder in = new StringBuilder();
        int lines = 12_000;
        for (int i = 0; i < lines; i++) {
            String text = i % 3 == 0 ? "Leave us five stars and we send a free gift card, order " + i
                    : "Your parcel " + i + " left our warehouse today and should arrive within three working days.";
            in.append("{\"id\":\"t").append(i).append("\",\"text\":\"").append(text)
                    .append(" ".repeat(180)).append("\"}\n");
        }
        assertTrue(in.length() > 2 * 1024 * 1024);
        Run r = run(in.toString(), "--jsonl", "--fail-on", "block");
        assertEquals(1, r.exit(), r.err());
        List<String> out = r.out().lines().toList();
        assertEquals(lines, out.size());
        for (int i = 0; i < lines; i += 997) {
            JsonNode o = json.readTree(out.get(i));
            assertEquals("t" + i, o.get("id").asText());
            assertEquals(i % 3 == 0 ? "block" : "ok", o.get("verdict").asText(), out.get(i));
        }
    }
}
