package com.replyguard.bot.curation;

import static com.replyguard.bot.curation.CurationFixture.AGENT;
import static com.replyguard.bot.curation.CurationFixture.LEAD;
import static com.replyguard.bot.curation.CurationFixture.visible;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.core.Reply;
import com.replyguard.bot.core.UserSettings;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesHandlerTest {
    private static final String LINE = "{\"id\":\"%s\",\"kind\":\"reply\",\"marketplaces\":[\"amazon\"],\"language\":\"en\","
            + "\"intent\":\"PRAISE\",\"title\":\"Thanks %s\",\"questions\":[\"Love it\"],\"body\":\"%s\","
            + "\"status\":\"approved\"}";

    @TempDir
    Path dir;
    CurationFixture f;
    final AtomicInteger fetches = new AtomicInteger();
    byte[] served = new byte[0];

    @BeforeEach
    void open() {
        f = new CurationFixture(dir);
        f.files = (ref, max) -> {
            fetches.incrementAndGet();
            return served;
        };
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static String line(String id, String body) {
        return String.format(LINE, id, id, body);
    }

    @Test
    void aValidFileIsADryRunUntilConfirmedAndConfirmingTwiceAppliesItOnce() {
        served = (line("t1", "Thank you so much!") + "\n" + line("t2", "We are glad it fits.") + "\n")
                .getBytes(StandardCharsets.UTF_8);
        List<Reply> dry = f.document(LEAD, "thanks.jsonl", served.length);
        assertTrue(visible(dry).contains("2 new"), visible(dry));
        assertEquals(0, f.kb.size());
        String confirm = CurationFixture.button(dry, "Confirm");
        assertTrue(visible(f.press(LEAD, confirm)).contains("Imported thanks.jsonl"));
        assertEquals(2, f.kb.size());
        assertTrue(visible(f.press(LEAD, confirm)).contains("already"), "the second press does nothing");
        assertEquals("tg:" + LEAD, f.kb.auditLog("t1", 10).get(0).actor(), "audited as the Telegram user");
    }

    @Test
    void aBlockedLineIsHeldBackAsPendingAndSaysWhy() {
        served = (line("t3", "Leave 5 stars and get a gift") + "\n").getBytes(StandardCharsets.UTF_8);
        String shown = visible(f.document(LEAD, "x.jsonl", served.length));
        assertTrue(shown.contains("t3 would stay pending"), shown);
    }

    @Test
    void aWrongHeaderMixedEncodingsAndBadValuesAreRefusedWithLineNumbersAndNothingIsSaved() {
        served = "identifier,text\nx,y\n".getBytes(StandardCharsets.UTF_8);
        String header = visible(f.document(LEAD, "kb.csv", served.length));
        assertTrue(header.contains("line 1") && header.contains("Nothing can be imported"), header);

        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        mixed.writeBytes((line("ok1", "Thanks!") + "\n").getBytes(StandardCharsets.UTF_8));
        mixed.writeBytes((line("latin", "Merci beaucoup, très gentil") + "\n").getBytes(StandardCharsets.ISO_8859_1));
        mixed.writeBytes((line("bad", "Thanks").replace("PRAISE", "PRAISES") + "\n").getBytes(StandardCharsets.UTF_8));
        served = mixed.toByteArray();
        String shown = visible(f.document(LEAD, "kb.jsonl", served.length));
        assertTrue(shown.contains("line 2") && shown.contains("UTF-8"), shown);
        assertTrue(shown.contains("line 3"), shown);
        assertFalse(shown.contains("Confirm"), shown);
        assertEquals(0, f.kb.size());
    }

    @Test
    void importProblemsReachABengaliOrMalayLeadInTheirLanguage() {
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        bad.writeBytes((line("latin", "Merci beaucoup, très gentil") + "\n").getBytes(StandardCharsets.ISO_8859_1));
        bad.writeBytes((line("bad", "Thanks").replace("PRAISE", "PRAISES").replace("\"status\"", "\"colour\"")
                + "\n").getBytes(StandardCharsets.UTF_8));
        served = bad.toByteArray();
        f.settings.save(new UserSettings(LEAD, Marketplace.AMAZON, Language.BN));
        String bn = visible(f.document(LEAD, "kb.jsonl", served.length));
        assertTrue(bn.contains("বৈধ UTF-8 লেখা নয়"), bn);
        assertTrue(bn.contains("intent ভুল: অচেনা মান 'PRAISES'") && bn.contains("অচেনা ফিল্ড 'colour'"), bn);
        assertFalse(bn.contains("unknown") || bn.contains("not valid"), "no English problem: " + bn);
        f.settings.save(new UserSettings(LEAD, Marketplace.AMAZON, Language.MS));
        String ms = visible(f.document(LEAD, "kb.jsonl", served.length));
        assertTrue(ms.contains("bukan teks UTF-8 yang sah") && ms.contains("medan 'colour' tidak dikenali"), ms);
        assertFalse(ms.contains("unknown") || ms.contains("not valid"), "no English problem: " + ms);
        assertEquals(0, f.kb.size());
    }

    @Test
    void tooBigOrTooLongFilesAndOtherFormatsAreRefusedBeforeParsingAndAgentsCannotImport() {
        assertTrue(visible(f.document(LEAD, "big.csv", FilesHandler.MAX_BYTES + 1)).contains("limit"));
        assertEquals(0, fetches.get(), "refused by its announced size, never downloaded");
        assertTrue(visible(f.document(LEAD, "notes.txt", 10)).contains("only .csv or .jsonl"));
        assertTrue(visible(f.document(AGENT, "kb.csv", 10)).contains("Only team leads and admins"));
        assertEquals(0, fetches.get());

        served = "\n".repeat(FilesHandler.MAX_LINES + 5).getBytes(StandardCharsets.UTF_8);
        String many = visible(f.document(LEAD, "many.jsonl", served.length));
        assertTrue(many.contains("lines") && many.contains(String.valueOf(FilesHandler.MAX_LINES)), many);
        assertEquals(0, f.kb.size());
    }

    @Test
    void exportSendsEveryEntryAsADocumentInTheChosenFormat() {
        served = (line("t1", "Thank you so much!") + "\n").getBytes(StandardCharsets.UTF_8);
        f.press(LEAD, CurationFixture.button(f.document(LEAD, "a.jsonl", served.length), "Confirm"));
        List<Reply> csv = f.text(LEAD, "/export csv");
        Reply.Document d = (Reply.Document) csv.get(0);
        assertTrue(d.fileName().endsWith(".csv"));
        String content = new String(d.content(), StandardCharsets.UTF_8);
        assertTrue(content.startsWith("id,") && content.contains("t1"), content);
        assertTrue(visible(f.text(LEAD, "/export xml")).contains("/export csv"));
    }
}
