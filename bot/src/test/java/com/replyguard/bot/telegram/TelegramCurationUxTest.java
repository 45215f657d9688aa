package com.replyguard.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.access.Role;
import com.replyguard.knowledge.TestEntries;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Topic;
import com.replyguard.policy.Category;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import com.replyguard.knowledge.io.Format;
import com.replyguard.knowledge.search.EntryFilter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team leads' Telegram UX of issue #14 end to end through the fake Bot API. */
class TelegramCurationUxTest {
    static final long LEAD = 1002;
    static final Duration HANG_GUARD = Duration.ofMinutes(2);
    static final Map<Long, Role> USERS = Map.of(LEAD, Role.LEAD);

    @TempDir
    Path dir;

    @Test
    void kbResultsComeInOneMessageWithAButtonPerEntryThatOpensItsCard() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (CurationBot b = new CurationBot(dir, USERS)) {
                for (int i = 1; i <= 3; i++) {
                    b.kb.add(reply("parcel-" + i, "Hi {buyer_name}, your parcel number " + i
                            + " left our warehouse today."), "lead:setup");
                }
                b.api.pushText(LEAD, "/kb parcel warehouse");
                FakeTelegramServer.Call list = b.await(LEAD, "Tap one to open it");
                List<List<String[]>> rows = BotHarness.keyboard(list);
                assertEquals(3, rows.size(), list.text());
                for (int i = 1; i <= 3; i++) {
                    assertTrue(list.text().contains("Title parcel-" + i), list.text());
                    assertTrue(rows.stream().anyMatch(r -> r.size() == 1 && r.get(0)[0].contains("parcel-")));
                }
                b.press(LEAD, list, "parcel-2");
                FakeTelegramServer.Call card = b.await(LEAD, "your parcel number 2", 2); // the list, then the card
                BotHarness.button(card, "Edit"); // the card has the entry's own actions
                // One chat's updates are handled in order, so every reply to /kb went out before the card.
                assertEquals(2, b.api.sentTo(LEAD).stream().filter(c -> c.is("sendMessage")).count(),
                        b.api.summary());
            }
        });
    }

    @Test
    void aLargeExportIsGzippedUnderTheUploadLimitWithProgressShownWhileItIsBuilt() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (CurationBot b = new CurationBot(dir, USERS, c -> c, 4_000)) {
                addEntries(b, 40);
                byte[] export = export(b);
                assertTrue(export.length > 4_000, "the test needs an export over the limit: " + export.length);
                b.api.pushText(LEAD, "/export jsonl");
                FakeTelegramServer.Call doc = b.api.awaitCalls("sendDocument", c -> c.chatId() == LEAD, 1,
                        Duration.ofSeconds(30)).get(0);
                byte[] sent = uploaded(doc);
                assertTrue(sent.length <= 4_000, "under the limit: " + sent.length);
                assertTrue(String.valueOf(doc.params().get("document.filename")).endsWith(".jsonl.gz")
                        || doc.params().values().stream().anyMatch(v -> String.valueOf(v).endsWith(".jsonl.gz")),
                        doc.params().toString());
                assertArrayEquals(export, gunzip(sent));
                assertTrue(String.valueOf(doc.params().get("caption")).contains("gzip"), doc.params().toString());

                FakeTelegramServer.Call status = b.await(LEAD, "Preparing the export");
                List<FakeTelegramServer.Call> edits = b.api.awaitCalls("editMessageText",
                        c -> c.chatId() == LEAD && c.text().contains("40 entries exported"), 1, Duration.ofSeconds(30));
                assertEquals(String.valueOf(status.messageId()), String.valueOf(edits.get(0).params()
                        .get("message_id")), "the status message itself is edited");
                b.api.awaitCalls("sendChatAction", c -> c.chatId() == LEAD
                        && "upload_document".equals(c.params().get("action")), 1, Duration.ofSeconds(30));
            }
        });
    }

    @Test
    void anExportTooBigEvenCompressedComesInPartsThatJoinBackToTheFile() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (CurationBot b = new CurationBot(dir, USERS, c -> c, 500)) {
                addEntries(b, 40);
                byte[] export = export(b);
                b.api.pushText(LEAD, "/export jsonl");
                List<FakeTelegramServer.Call> first = b.api.awaitCalls("sendDocument", c -> c.chatId() == LEAD, 1,
                        Duration.ofSeconds(30));
                String caption = String.valueOf(first.get(0).params().get("caption"));
                int parts = Integer.parseInt(caption.replaceAll("(?s).*part 1 of (\\d+).*", "$1"));
                assertTrue(parts > 1, caption);
                List<FakeTelegramServer.Call> docs = b.api.awaitCalls("sendDocument", c -> c.chatId() == LEAD, parts,
                        Duration.ofSeconds(30));
                ByteArrayOutputStream joined = new ByteArrayOutputStream();
                for (FakeTelegramServer.Call d : docs) {
                    byte[] part = uploaded(d);
                    assertTrue(part.length <= 500, "each part under the limit: " + part.length);
                    joined.write(part);
                }
                assertArrayEquals(export, gunzip(joined.toByteArray()));
            }
        });
    }

    @Test
    void anImportedFileShowsAStatusMessageEditedWhenTheCheckIsDoneAndATypingAction() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (CurationBot b = new CurationBot(dir, USERS)) {
                addEntries(b, 3);
                byte[] file = export(b);
                b.kb.retire("parcel-1", "lead:setup");
                b.api.pushDocument(LEAD, "team.jsonl", "application/json", file);
                FakeTelegramServer.Call status = b.await(LEAD, "Reading team.jsonl");
                b.api.awaitCalls("editMessageText", c -> c.chatId() == LEAD && c.text().contains("team.jsonl checked")
                        && String.valueOf(status.messageId()).equals(String.valueOf(c.params().get("message_id"))),
                        1, Duration.ofSeconds(30));
                b.api.awaitCalls("sendChatAction", c -> c.chatId() == LEAD && "typing".equals(c.params()
                        .get("action")), 1, Duration.ofSeconds(30));
                b.await(LEAD, "team.jsonl"); // and the summary itself
            }
        });
    }

    @Test
    void statsComeWithAChartImageAndDoNotListPolicyEntriesAsNeverServed() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (CurationBot b = new CurationBot(dir, USERS)) {
                addEntries(b, 2);
                b.kb.add(TestEntries.policy("review-policy", Topic.REVIEW_REQUEST, "Sellers may ask for a review "
                        + "once, without incentives."), "lead:setup");
                b.kb.recordServed("parcel-1", Intent.ORDER_STATUS, Marketplace.AMAZON, "agent:1001");
                b.kb.vote("parcel-1", true, "agent:1001");
                b.kb.reports().falseAlarm("common.overpromise", Category.OVERPROMISE, Marketplace.AMAZON, "en",
                        "we guarantee delivery tomorrow", "agent:1001");
                b.api.pushText(LEAD, "/stats");
                String text = b.await(LEAD, "never served").text();
                assertTrue(text.contains("parcel-2"), text);
                assertFalse(text.contains("review-policy"), "a policy entry is never served as a draft: " + text);
                FakeTelegramServer.Call photo = b.api.awaitCalls("sendPhoto", c -> c.chatId() == LEAD, 1,
                        Duration.ofSeconds(30)).get(0);
                Object field = photo.params().get("photo");
                byte[] png = (byte[]) (field instanceof String s2 && s2.startsWith("attach://")
                        ? photo.params().get(s2.substring(9)) : field);
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
                assertEquals(1000, image.getWidth(), "a PNG the chart drew");
                assertTrue(String.valueOf(photo.params().get("caption")).contains("chart"), photo.params().toString());
            }
        });
    }

    private static void addEntries(CurationBot b, int n) {
        for (int i = 1; i <= n; i++) {
            b.kb.add(reply("parcel-" + i, "Hi {buyer_name}, your parcel number " + i
                    + " left our warehouse today and the tracking updates within a day."), "lead:setup");
        }
    }

    private static byte[] export(CurationBot b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        b.kb.export(Format.JSONL, out, EntryFilter.all());
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] gz) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    /** The file of a sendDocument call: the client uploads it as its own part, named by "attach://NAME". */
    private static byte[] uploaded(FakeTelegramServer.Call call) {
        Object doc = call.params().get("document");
        Object content = doc instanceof String s && s.startsWith("attach://") ? call.params().get(s.substring(9)) : doc;
        assertTrue(content instanceof byte[], "a file was uploaded: " + call.params().keySet());
        return (byte[]) content;
    }

    static Entry reply(String id, String body) {
        Instant t = Instant.parse("2026-11-20T09:00:00Z");
        return Entry.reply(id, Intent.ORDER_STATUS).marketplaces(Marketplace.AMAZON).language(Language.EN)
                .title("Title " + id).questions(List.of("Where is my parcel " + id + "?")).body(body)
                .tags(List.of("test")).author("lead:setup").approver("lead:setup").at(t).build();
    }
}
