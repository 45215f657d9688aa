package com.replyguard.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What picocli does for the command line: candidates in help, exclusive output modes, environment defaults, colour. */
class PicocliFeaturesTest {

    @Test
    void helpListsTheValuesOfMarketplaceLanguageAndFormat() {
        CliRun check = flat(CliRun.of("check", "--help"));
        assertEquals(0, check.status());
        assertTrue(check.out().contains("amazon, ebay, aliexpress, walmart, shopee, lazada, etsy, all"), check.out());
        assertTrue(check.out().contains("en, bn, ms"), check.out());
        assertTrue(check.out().contains("text, json, sarif, github"), check.out());
        assertTrue(check.out().contains("--no-color"), check.out());
        CliRun draft = flat(CliRun.of("draft", "--help"));
        // one -m for every command (MarketplaceOption): draft lists `all` too, which it has always accepted
        assertTrue(draft.out().contains("amazon, ebay, aliexpress, walmart, shopee, lazada, etsy, all (default: amazon"),
                draft.out());
    }

    @Test
    void outputModesExcludeEachOther(@TempDir Path data) {
        for (List<String> args : List.of(List.of("check", "--json", "--jsonl"), List.of("check", "--json", "--format", "sarif"),
                List.of("draft", "--json", "--jsonl"), List.of("ask", "--jsonl", "--json"))) {
            List<String> all = new ArrayList<>(args);
            all.addAll(List.of("--data", data.toString(), "hello"));
            CliRun r = CliRun.of(all.toArray(String[]::new));
            assertEquals(2, r.status(), String.join(" ", args));
            assertTrue(r.err().contains("mutually exclusive"), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace");
        }
    }

    @Test
    void reportHasNoColourWhenNotOnATerminal(@TempDir Path data) {
        CliRun r = CliRun.of("check", "--data", data.toString(), "-m", "ebay", "whatsapp me please");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("[[whatsapp]]"), r.out()); // the marks used without colour
        assertFalse(r.out().contains("\u001b["), "no ANSI escapes in a pipe");
        assertFalse(CheckReport.colourWanted(true), "--no-color wins");
    }

    @Test
    void environmentGivesTheDefaultMarketplaceAndLanguage(@TempDir Path data) throws Exception {
        JsonNode plain = json(run(data, Map.of(), "check", "--json", "whatsapp me please"));
        assertEquals("all", plain.path("marketplace").asText(), plain.toString());
        JsonNode fromEnv = json(run(data, Map.of("REPLYGUARD_MARKETPLACE", "ebay", "REPLYGUARD_LANG", "ms"),
                "check", "--json", "whatsapp me please"));
        assertEquals("ebay", fromEnv.path("marketplace").asText(), fromEnv.toString());
        assertFalse(plain.path("findings").get(0).path("message").asText()
                .equals(fromEnv.path("findings").get(0).path("message").asText()), "the reason is in Malay");
        JsonNode option = json(run(data, Map.of("REPLYGUARD_MARKETPLACE", "ebay"),
                "check", "--json", "-m", "amazon", "whatsapp me please"));
        assertEquals("amazon", option.path("marketplace").asText(), "an option beats the environment");
    }

    /** The run with its help text's line wrapping undone. */
    private static CliRun flat(CliRun r) {
        return new CliRun(r.status(), r.out().replaceAll("\\s+", " "), r.err());
    }

    private static JsonNode json(String out) throws IOException {
        return new ObjectMapper().readTree(out);
    }

    /** The real command line in a child JVM with {@code env} added (picocli reads ${env:} from the process). */
    private static String run(Path data, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "com.replyguard.app.Main"));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--data", data.toString()));
        Path out = Files.createTempFile(data, "out", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(data.resolve("err.txt").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("REPLYGUARD_") || k.equals("TELEGRAM_BOT_TOKEN"));
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "the child finished");
        assertEquals(0, p.exitValue(), Files.readString(data.resolve("err.txt")));
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
