package com.replyguard.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AskCommandTest {
    /** Shared by the tests: opening a new data directory imports the default knowledge, which takes seconds. */
    @TempDir
    static Path data;
    private final ObjectMapper json = new ObjectMapper();
    private final TextCommandRun cli = new TextCommandRun(data, AskCommand::new);

    @Test
    void jsonNamesTheQuestionsLanguageAndListsAnswers() throws Exception {
        assertEquals(0, cli.run("", "--json", "--marketplace", "amazon", "ক্রেতাকে কি ফোন নম্বর দেওয়া যাবে?"));
        JsonNode o = json.readTree(cli.out.toString());
        assertEquals("amazon", o.get("marketplace").asText());
        assertEquals("bn", o.get("language").asText());
        assertTrue(o.get("answers").isArray());
        for (JsonNode a : o.get("answers")) {
            assertTrue(a.has("topic") && a.has("title") && a.has("text") && a.has("source") && a.has("language"));
        }
    }

    @Test
    void jsonlKeepsIdsAndOrder() throws Exception {
        assertEquals(0, cli.run("{\"id\":\"p1\",\"text\":\"Can I add a link?\"}\n{\"id\":\"p2\"}\n", "--jsonl"));
        String[] lines = cli.out.toString().strip().split("\n");
        assertEquals("p1", json.readTree(lines[0]).get("id").asText());
        assertEquals("p2", json.readTree(lines[1]).get("id").asText());
        assertTrue(json.readTree(lines[1]).has("error"));
    }

    @Test
    void aBengaliQuestionIsAnsweredWithBengaliLabels() {
        assertEquals(0, cli.run("", "--marketplace", "amazon", "ক্রেতাকে কি ফোন নম্বর দেওয়া যাবে?"));
        String text = cli.out.toString();
        assertTrue(text.contains("উৎস: ") || text.contains("কোনো উত্তর পাওয়া যায়নি।"), text);
        assertFalse(text.contains("Source: ") || text.contains("No answer found.") || text.contains("Note: "), text);
    }

    @Test
    void langMalayLabelsAnEnglishQuestionsAnswersInMalay() {
        assertEquals(0, cli.run("", "--marketplace", "amazon", "--lang", "ms", "Can I put a link to my website in a message?"));
        String text = cli.out.toString();
        assertTrue(text.contains("Sumber: ") || text.contains("Tiada jawapan ditemui."), text);
        assertFalse(text.contains("Source: ") || text.contains("No answer found."), text);
    }
}
