package com.replyguard.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code check --format sarif|github}: valid SARIF 2.1.0 (checked against the OASIS schema) and annotations. */
class CheckFormatsTest {
    // (the clean lines answer a question: a note that the parcel shipped, and nothing more, is itself an unnecessary
    // message on Amazon, which the learned model warns about)
    private static final String DRAFT = "Hello Sarah,\nthe lamp takes a standard E27 bulb.\nGive us 5 stars and get a free gift,"
            + " visit shop dot com";
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        CheckCommand cmd = new CheckCommand();
        cmd.stdin = new ByteArrayInputStream(new byte[0]);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(cmd).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static Schema sarifSchema() throws Exception {
        try (InputStream in = CheckFormatsTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
    }

    @Test
    void sarifValidatesAndHasOneResultPerFinding() throws Exception {
        Path file = dir.resolve("templates/review.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, DRAFT);
        Run sarif = run("--data", dir.resolve("data").toString(), "-m", "amazon", "--format", "sarif",
                "--file", file.toString(), "--fail-on", "block");
        assertEquals(1, sarif.exit(), "exit codes as today: --fail-on block reached" + sarif.err());
        List<Error> errors = sarifSchema().validate(sarif.out(), InputFormat.JSON);
        assertEquals(List.of(), errors, "SARIF 2.1.0 schema");

        JsonNode check = json.readTree(run("--data", dir.resolve("data").toString(), "-m", "amazon", "--json",
                "--file", file.toString()).out());
        JsonNode log = json.readTree(sarif.out());
        assertEquals("2.1.0", log.get("version").asText());
        JsonNode results = log.get("runs").get(0).get("results");
        assertEquals(check.get("findings").size(), results.size());
        assertTrue(results.size() >= 2);
        for (int i = 0; i < results.size(); i++) {
            JsonNode f = check.get("findings").get(i);
            JsonNode r = results.get(i);
            assertEquals(f.get("rule").asText(), r.get("ruleId").asText());
            assertEquals(f.get("message").asText(), r.get("message").get("text").asText());
            JsonNode loc = r.get("locations").get(0).get("physicalLocation");
            assertEquals(file.toString(), loc.get("artifactLocation").get("uri").asText());
            JsonNode region = loc.get("region");
            assertEquals(3, region.get("startLine").asInt(), "the finding is on the third line");
            int lineStart = DRAFT.lastIndexOf('\n') + 1;
            assertEquals(f.get("start").asInt() - lineStart + 1, region.get("startColumn").asInt());
            assertEquals(f.get("start").asInt(), region.get("charOffset").asInt());
            assertEquals(f.get("excerpt").asText(), region.get("snippet").get("text").asText());
            assertEquals(f.get("severity").asText().equals("block") ? "error" : "warning", r.get("level").asText());
        }
    }

    @Test
    void aCleanDraftIsAValidEmptyLog() throws Exception {
        Run sarif = run("--data", dir.toString(), "--format", "sarif", "The lamp takes a standard E27 bulb.");
        assertEquals(0, sarif.exit(), sarif.err());
        assertEquals(List.of(), sarifSchema().validate(sarif.out(), InputFormat.JSON));
        assertEquals(0, json.readTree(sarif.out()).get("runs").get(0).get("results").size());
        // the validator does reject what SARIF forbids, so the passes above mean something
        assertTrue(!sarifSchema().validate(sarif.out().replace("\"2.1.0\"", "\"9\""), InputFormat.JSON).isEmpty());
        assertTrue(!sarifSchema().validate(sarif.out().replace("\"results\"", "\"resultz\""), InputFormat.JSON).isEmpty());
    }

    @Test
    void githubAnnotationsNameFileLineAndRule() throws Exception {
        Path file = dir.resolve("t.txt");
        Files.writeString(file, DRAFT);
        Run gh = run("--data", dir.toString(), "-m", "amazon", "--format", "github", "--file", file.toString());
        assertEquals(0, gh.exit(), gh.err());
        List<String> lines = gh.out().lines().toList();
        assertTrue(lines.size() >= 2, gh.out());
        for (String l : lines) {
            assertTrue(l.matches("::(error|warning|notice) file=" + java.util.regex.Pattern.quote(file.toString())
                    + ",line=3,col=\\d+,endLine=3,endColumn=\\d+,title=[^:,]+::.+"), l);
        }
        Run clean = run("--data", dir.toString(), "--format", "github", "The lamp takes a standard E27 bulb.");
        assertEquals("", clean.out());
    }

    @Test
    void formatMistakesAreUsageErrors() {
        Run both = run("--data", dir.toString(), "--format", "sarif", "--jsonl");
        assertEquals(CheckCommand.USAGE, both.exit());
        assertTrue(both.err().contains("mutually exclusive"), both.err()); // picocli's exclusive group
        Run unknown = run("--data", dir.toString(), "--format", "xml", "hi");
        assertEquals(CheckCommand.USAGE, unknown.exit());
        assertTrue(unknown.err().contains("text, json, sarif, github"), unknown.err());
        Run missing = run("--data", dir.toString(), "--file", dir.resolve("nope.txt").toString());
        assertEquals(CheckCommand.USAGE, missing.exit());
        assertTrue(missing.err().contains("there is no file"), missing.err());
    }

    @Test
    void lineAndColumnCountUtf16UnitsAndEveryLineEnding() {
        assertEquals(List.of(1, 1), List.of(FindingFormats.lineColumn("ab", 0)[0], FindingFormats.lineColumn("ab", 0)[1]));
        int[] crlf = FindingFormats.lineColumn("a\r\nb\rc\nd", 7);
        assertEquals(4, crlf[0]);
        assertEquals(1, crlf[1]);
        int[] emoji = FindingFormats.lineColumn("\uD83D\uDE00x", 2);
        assertEquals(3, emoji[1], "a surrogate pair is two columns, as SARIF's utf16CodeUnits says");
    }
}
