package com.replyguard.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The options declared once and shared by the commands (#15, #18): {@code -m/--marketplace} shows the same
 * candidates in every command's help and a wrong one is a usage error; an unknown {@code --lang} is a usage error
 * naming en, bn and ms in the operator's language, on every command that takes it, never a silent English.
 */
class SharedOptionsTest {
    @TempDir
    static Path tmp;

    /** A command ({@code words}) and the arguments it needs besides the option under test. */
    record Cmd(List<String> words, List<String> needs) {
        static Cmd of(String words, String... needs) {
            return new Cmd(List.of(words.split(" ")), List.of(needs));
        }

        List<String> with(Path data, String... more) {
            List<String> all = new ArrayList<>(List.of("--data", data.toString()));
            all.addAll(words);
            all.addAll(needs);
            all.addAll(List.of(more));
            return all;
        }

        @Override
        public String toString() {
            return String.join(" ", words);
        }
    }

    /** Every command that takes {@code -m}. */
    static Stream<Cmd> marketplaceCommands() {
        return Stream.of(Cmd.of("check", "hello"), Cmd.of("draft", "hi"), Cmd.of("ask", "hi"),
                Cmd.of("report false-alarm", "--rule", "common.overpromise", "hi"),
                Cmd.of("report missed", "--category", "MARKETING", "hi"), Cmd.of("kb list"),
                Cmd.of("kb search", "refund"), Cmd.of("kb export"), Cmd.of("kb add", "--id", "x1"),
                Cmd.of("kb edit", "x1"));
    }

    /** Every command that takes {@code --lang}, with the arguments it needs besides. */
    static Stream<Cmd> langCommands() {
        return Stream.of(Cmd.of("check", "hello"), Cmd.of("draft", "hi"), Cmd.of("ask", "hi"), Cmd.of("kb stats"),
                Cmd.of("kb reports"), Cmd.of("kb gaps"), Cmd.of("doctor", "--offline"));
    }

    @ParameterizedTest
    @MethodSource("marketplaceCommands")
    void everyMarketplaceOptionListsTheCandidatesAndRefusesAWrongOne(Cmd command) throws Exception {
        Path data = Files.createDirectories(tmp.resolve("market"));
        List<String> help = new ArrayList<>(command.words());
        help.add("--help");
        CliRun usage = CliRun.of(help.toArray(String[]::new));
        String candidates = String.join(", ", new CliCandidates.MarketplacesAndAll());
        assertTrue(usage.out().contains("-m, --marketplace=M") && usage.out().replaceAll("\\s+", " ")
                .contains(candidates), command + ":\n" + usage.out());

        List<String> wrong = command.with(data, "-m", "mars");
        CliRun r = CliRun.of(wrong.toArray(String[]::new));
        assertEquals(2, r.status(), wrong + ": " + r.out() + r.err());
        assertTrue(r.err().contains("unknown marketplace 'mars' (expected one of amazon, "), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @ParameterizedTest
    @MethodSource("langCommands")
    void anUnknownLangIsAUsageErrorInTheOperatorsLanguage(Cmd command) throws Exception {
        for (String[] lang : new String[][] {{"bn", "--lang হতে হবে en, bn অথবা ms, 'fr' নয়।"},
                {"ms", "--lang mestilah en, bn atau ms, bukan 'fr'."}}) {
            Path data = Files.createDirectories(tmp.resolve("lang-" + lang[0]));
            Files.writeString(data.resolve("config.yaml"), "language: " + lang[0] + "\n");
            List<String> args = command.with(data, "--lang", "fr");
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(2, r.status(), args + ": " + r.out() + r.err());
            String first = r.err().lines().findFirst().orElse("");
            assertTrue(first.equals("replyguard " + command + ": " + lang[1]),
                    args + ": " + r.err());
            assertTrue(r.err().contains("--lang=L"), "the usage follows: " + r.err());
            assertFalse(r.err().contains("must be en, bn or ms"), "not English: " + r.err());
        }
    }

    @org.junit.jupiter.api.Test
    void picocliParseErrorsReachABengaliOrMalayOperatorInTheirLanguage() throws Exception {
        Path ms = Files.createDirectories(tmp.resolve("cli-ms"));
        Files.writeString(ms.resolve("config.yaml"), "language: ms\n");
        CliRun unknown = CliRun.of("check", "--data", ms.toString(), "--colour", "hello");
        assertEquals(2, unknown.status(), unknown.err());
        assertTrue(unknown.err().lines().findFirst().orElse("")
                .equals("replyguard check: pilihan atau argumen tidak dikenali: --colour"), unknown.err());
        assertTrue(unknown.err().contains("Usage:"), "the usage follows: " + unknown.err());

        Path bn = Files.createDirectories(tmp.resolve("cli-bn"));
        Files.writeString(bn.resolve("config.yaml"), "language: bn\n");
        CliRun bad = CliRun.of("kb", "import", "--data", bn.toString(), "--max-errors", "many", "x.jsonl");
        assertEquals(2, bad.status(), bad.err());
        assertTrue(bad.err().contains("--max-errors-এর জন্য many মানটি বৈধ নয়"), bad.err());
        CliRun missing = CliRun.of("kb", "approve", "--data", bn.toString());
        assertEquals(2, missing.status(), missing.err());
        assertTrue(missing.err().contains("দেওয়া হয়নি: ID"), missing.err());
        // an English operator reads picocli's own words, as before
        CliRun en = CliRun.of("check", "--colour", "hello");
        assertTrue(en.err().contains("Unknown option: '--colour'"), en.err());
    }
}
