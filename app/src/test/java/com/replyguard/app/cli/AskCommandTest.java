package com.replyguard.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AskCommandTest {
    /** Shared by the tests: opening a new data directory imports the default knowledge, which takes seconds. */
    @TempDir
    static Path data;
    private final ObjectMapper json = new ObjectMapper();
    private final StringWriter out = new StringWriter();

    private int run(String stdin, String... args) {
        AskCommand command = new AskCommand();
        command.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        CommandLine cl = new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(new StringWriter()));
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cl.execute(all);
    }

    @Test
    void jsonNamesTheQuestionsLanguageAndListsAnswers() throws Exception {
        assertEquals(0, run("", "--json", "--marketplace", "amazon", "ক্রেতাকে কি ফোন নম্বর দেওয়া যাবে?"));
        JsonNode o = json.readTree(out.toString());
        assertEquals("amazon", o.get("marketplace").asText());
        assertEquals("bn", o.get("language").asText());
        assertTrue(o.get("answers").isArray());
        for (JsonNode a : o.get("answers")) {
            assertTrue(a.has("topic") && a.has("title") && a.has("text") && a.has("source") && a.has("language"));
        }
    }

    @Test
    void jsonlKeepsIdsAndOrder() throws Exception {
        assertEquals(0, run("{\"id\":\"p1\",\"text\":\"Can I add a link?\"}\n{\"id\":\"p2\"}\n", "--jsonl"));
        String[] lines = out.toString().strip().split("\n");
        assertEquals("p1", json.readTree(lines[0]).get("id").asText());
        assertEquals("p2", json.readTree(lines[1]).get("id").asText());
        assertTrue(json.readTree(lines[1]).has("error"));
    }

    @Test
    void aBengaliQuestionIsAnsweredWithBengaliLabels() {
        assertEquals(0, run("", "--marketplace", "amazon", "ক্রেতাকে কি ফোন নম্বর দেওয়া যাবে?"));
        String text = out.toString();
        assertTrue(text.contains("উৎস: ") || text.contains("কোনো উত্তর পাওয়া যায়নি।"), text);
        assertFalse(text.contains("Source: ") || text.contains("No answer found.") || text.contains("Note: "), text);
    }

    @Test
    void langMalayLabelsAnEnglishQuestionsAnswersInMalay() {
        assertEquals(0, run("", "--marketplace", "amazon", "--lang", "ms", "Can I put a link to my website in a message?"));
        String text = out.toString();
        assertTrue(text.contains("Sumber: ") || text.contains("Tiada jawapan ditemui."), text);
        assertFalse(text.contains("Source: ") || text.contains("No answer found."), text);
    }
}
