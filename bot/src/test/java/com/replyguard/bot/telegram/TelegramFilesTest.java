package com.replyguard.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.access.Role;
import com.replyguard.bot.core.Input;
import com.replyguard.bot.core.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files both ways through the real bot: a document downloaded from the configured base, a document sent back. */
class TelegramFilesTest {
    static final long LEAD = 1002;

    @TempDir
    Path data;

    @Test
    void aDocumentIsFetchedFromTheConfiguredBaseAndADocumentReplyIsUploaded() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            try (BotHarness h = new BotHarness(data, Map.of(LEAD, Role.LEAD))) {
                h.feature((registry, parts, config) -> registry.media(Input.MediaKind.DOCUMENT, (ctx, media) -> {
                    byte[] content = ctx.files().fetch(media.file(), 1_000_000);
                    String upper = new String(content, StandardCharsets.UTF_8).toUpperCase();
                    return List.of(Reply.text("got " + content.length + " bytes"),
                            new Reply.Document("echo.csv", upper.getBytes(StandardCharsets.UTF_8), "your file"));
                }));
                h.start();
                byte[] csv = "id,body\nx1,hello\n".getBytes(StandardCharsets.UTF_8);
                h.api.pushDocument(LEAD, "entries.csv", "text/csv", csv);
                h.api.awaitCalls("sendMessage", c -> c.chatId() == LEAD && c.text().contains("got " + csv.length),
                        1, Duration.ofSeconds(20));
                FakeTelegramServer.Call doc = h.api.awaitCalls("sendDocument", c -> true, 1,
                        Duration.ofSeconds(20)).get(0);
                assertArrayEquals("ID,BODY\nX1,HELLO\n".getBytes(StandardCharsets.UTF_8),
                        (byte[]) doc.params().get("document"));
                assertEquals("echo.csv", doc.params().get("document.filename"));
                assertEquals(String.valueOf(LEAD), doc.params().get("chat_id"));
                assertTrue(h.api.calls("download").get(0).params().get("path").toString().endsWith("entries.csv"));
                assertEquals(1, h.api.calls("getFile").size());
            }
        });
    }
}
