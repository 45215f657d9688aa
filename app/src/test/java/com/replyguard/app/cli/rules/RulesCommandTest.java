package com.replyguard.app.cli.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code rules lint|test}: a team's folder is checked like the shipped packs, failures located by file:line. */
class RulesCommandTest {
    private static final String GOOD_RULE = """
            # Buyers must not be asked to text the seller.
            kind: phrase
            marketplaces: [all]
            category: OFF_PLATFORM
            severity: block
            languages: [en]
            message: Keep the conversation in the marketplace's messages; do not ask buyers to text you.
            source: "Acme support handbook, section 4"
            fix: ""
            patterns:
              - match: "text|sms|whatsapp ... us|me"
                within: 2
            examples:
              bad:
                - "[[Please text us on this number.]]"
              good:
                - "Please reply here in the order messages."
            """;

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new RulesCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path folder(String name, String... files) throws IOException {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        for (int i = 0; i < files.length; i += 2) {
            Files.writeString(dir.resolve(files[i]), files[i + 1]);
        }
        return dir;
    }

    @Test
    void aSoundTeamFolderPasses() throws IOException {
        Path dir = folder("acme-rules", "no-sms.yaml", GOOD_RULE);
        Run lint = run("lint", dir.toString());
        assertEquals(0, lint.exit(), lint.out() + lint.err());
        Run test = run("test", dir.toString());
        assertEquals(0, test.exit(), test.out() + test.err());
        assertTrue(test.out().contains("1 rules, 2 examples: all pass"), test.out());
    }

    @Test
    void aBrokenExampleFailsWithItsFileAndLine() throws IOException {
        String broken = GOOD_RULE.replace("\"Please reply here in the order messages.\"", "\"Or just whatsapp me tonight.\"");
        Path dir = folder("acme-rules", "no-sms.yaml", broken);
        assertEquals(0, run("lint", dir.toString()).exit(), "the structure is fine");
        Run test = run("test", dir.toString());
        assertEquals(RulesCommand.FAILED, test.exit(), test.out());
        int line = List.of(broken.split("\n")).indexOf("    - \"Or just whatsapp me tonight.\"") + 1;
        assertTrue(test.out().contains(dir.resolve("no-sms.yaml") + ":" + line + ": acme-rules.no-sms: good example flagged"),
                test.out());
        assertTrue(test.out().contains("1 problem"), test.out());
    }

    @Test
    void aMisplacedMarkIsReportedWithWhatWasFound() throws IOException {
        String broken = GOOD_RULE.replace("\"[[Please text us on this number.]]\"", "\"Please text us on [[this number]].\"");
        Path dir = folder("acme-rules", "no-sms.yaml", broken);
        Run test = run("test", dir.toString());
        assertEquals(RulesCommand.FAILED, test.exit(), test.out());
        assertTrue(test.out().contains("expected a finding at"), test.out());
    }

    @Test
    void lintReportsEveryBadFileNotJustTheFirst() throws IOException {
        Path dir = folder("acme-rules", "a.yaml", GOOD_RULE.replace("severity: block", "severity: high"),
                "b.yaml", GOOD_RULE.replaceAll("(?s)examples:.*", ""), "c.yaml", GOOD_RULE);
        Run lint = run("lint", dir.toString());
        assertEquals(RulesCommand.FAILED, lint.exit(), lint.out());
        assertTrue(lint.out().contains(dir.resolve("a.yaml") + ":5: acme-rules.a:"), lint.out());
        assertTrue(lint.out().contains("high"), lint.out());
        assertTrue(lint.out().contains(dir.resolve("b.yaml") + ":"), lint.out());
        assertTrue(lint.out().contains("2 problems"), lint.out());
        assertEquals(RulesCommand.FAILED, run("test", dir.toString()).exit(), "test lints first");
    }

    @Test
    void theShippedPacksPass() throws IOException {
        Run builtIn = run("test", "--built-in");
        assertEquals(0, builtIn.exit(), builtIn.out());
        assertTrue(builtIn.out().matches("(?s)\\d{2,} rules, \\d{3,} examples: all pass\\s*"), builtIn.out());
        // the same packs as files on disk, each tested as a team would test an edit of it
        Path packs = Path.of("..", "policy", "src", "main", "resources", "rules");
        try (Stream<Path> dirs = Files.list(packs)) {
            for (Path pack : dirs.filter(Files::isDirectory).toList()) {
                Run r = run("test", pack.toString());
                assertEquals(0, r.exit(), pack + ": " + r.out());
                assertEquals(0, run("lint", pack.toString()).exit(), pack.toString());
            }
        }
    }

    @Test
    void usageMistakesExitTwo() {
        Run missing = run("test", tmp.resolve("nope").toString());
        assertEquals(RulesCommand.USAGE, missing.exit());
        assertTrue(missing.err().contains("rule folder not found"), missing.err());
        Run both = run("test", "--built-in", tmp.toString());
        assertEquals(RulesCommand.USAGE, both.exit(), both.err());
        assertTrue(both.err().contains("(DIR | --built-in)"), "one or the other: " + both.err());
    }
}
