package com.replyguard.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.access.Role;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.entry.Status;
import com.replyguard.knowledge.io.Format;
import com.replyguard.knowledge.io.Progress;
import com.replyguard.knowledge.search.EntryFilter;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end through the fake Bot API: team leads curate the knowledge base from Telegram (save, review, edit,
 * history and revert, conflicts, gaps, stats, file import and export) and agents are refused lead commands.
 */
class TelegramCurationTest {
    static final long AGENT = 1001;
    static final long LEAD = 1002;
    static final long LEAD2 = 1003;
    static final Duration HANG_GUARD = Duration.ofMinutes(2);
    static final Map<Long, Role> USERS = Map.of(AGENT, Role.AGENT, LEAD, Role.LEAD, LEAD2, Role.LEAD);

    @TempDir
    Path dir;

    @Test
    void anAgentsSavedReplyIsReviewedApprovedAndOfferedInTheNextDraftForASimilarQuestion() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (CurationBot b = new CurationBot(dir, USERS)) {
                b.api.pushText(AGENT, "Hello, could you send me the invoice for order 112-4456789-2234567? "
                        + "My accountant needs it. Thanks, Sarah");
                b.await(AGENT, "noted"); // no reply known yet: a gap
                b.pushReply(AGENT, "/save", "Hi Sarah, the invoice for order 112-4456789-2234567 is ready for "
                        + "you: open Your Orders, pick the order and choose Request invoice.");
                FakeTelegramServer.Call proposal = b.await(AGENT, "New knowledge entry");
                assertTrue(proposal.text().contains("{buyer_name}") && proposal.text().contains("{order_id}"),
                        "personal data became placeholders: " + proposal.text());
                assertFalse(proposal.text().contains("2234567"), proposal.text());
                assertTrue(proposal.text().contains("Invoice request"), "intent from the drafted question, by its name: "
                        + proposal.text());
                assertTrue(proposal.text().contains("accountant"), "the buyer question is kept: " + proposal.text());
                b.press(AGENT, proposal, "Save");
                b.await(AGENT, "sent to a team lead");
                Entry pending = b.kb.entries(EntryFilter.all().withStatus(Status.PENDING)).get(0);
                assertEquals("tg:" + AGENT, pending.author());

                b.api.pushText(LEAD, "/review");
                FakeTelegramServer.Call card = b.await(LEAD, "Pending entry 1 of 1");
                assertTrue(card.text().contains("Request invoice"), card.text());
                b.press(LEAD, card, "Approve");
                b.await(LEAD, "Approved " + pending.id());
                b.await(AGENT, "was approved");
                assertEquals(Status.APPROVED, b.kb.get(pending.id()).orElseThrow().status());
                assertEquals("tg:" + LEAD, b.kb.get(pending.id()).orElseThrow().approver());

                String similar = "Hi, I need an invoice for my purchase 113-1234567-7654321 please, "
                        + "it is for my company. Tom";
                b.awaitDraftingCaughtUp(similar); // drafting rebuilds its index in the background after a change
                b.api.pushText(AGENT, similar);
                FakeTelegramServer.Call draft = b.await(AGENT, "113-1234567-7654321");
                assertTrue(draft.text().contains("Request invoice"), "the saved reply is the draft: "
                        + draft.text());
                FakeTelegramServer.Call verdict = b.await(AGENT, "Draft 1 of");
                b.press(AGENT, verdict, "👍");
                b.api.awaitCalls("answerCallbackQuery", c -> true, 3, Duration.ofSeconds(30));

                b.api.pushText(LEAD, "/stats");
                FakeTelegramServer.Call stats = b.await(LEAD, "Drafts served");
                assertTrue(stats.text().contains("used 👍: 1"), stats.text());
                assertTrue(stats.text().contains(pending.id()), stats.text());
            }
        });
    }

    @Test
    void aBadEditIsRevertedFromHistoryAndAnEditTheCheckerBlocksIsRefused() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (CurationBot b = new CurationBot(dir, USERS)) {
                String original = "Hi {buyer_name}, your parcel left our warehouse and the tracking updates "
                        + "within a day.";
                b.kb.add(reply("status-1", original), "lead:setup");

                b.api.pushText(LEAD, "/kb status-1");
                FakeTelegramServer.Call found = b.await(LEAD, "status-1");
                b.press(LEAD, found, "Edit");
                b.await(LEAD, "Send the new text for status-1");
                b.api.pushText(LEAD, "Hi {buyer_name}, thanks for the lovely photo of your cat.");
                FakeTelegramServer.Call saved = b.await(LEAD, "as version 2");
                assertEquals(2, b.kb.get("status-1").orElseThrow().version());

                b.press(LEAD, saved, "History");
                FakeTelegramServer.Call history = b.await(LEAD, "Versions of status-1");
                assertTrue(history.text().contains("tg:" + LEAD) && history.text().contains("lead:setup"),
                        "who changed each version: " + history.text());
                b.press(LEAD, history, "v1");
                FakeTelegramServer.Call reverted = b.await(LEAD, "Reverted status-1");
                Entry now = b.kb.get("status-1").orElseThrow();
                assertEquals(original, now.body());
                assertEquals(3, now.version());
                assertEquals(Status.APPROVED, now.status());

                b.press(LEAD, reverted, "Edit");
                b.await(LEAD, "you are editing version 3");
                b.api.pushText(LEAD, "Hi {buyer_name}, message us on WhatsApp at +1 415 555 0199 for a faster "
                        + "answer.");
                FakeTelegramServer.Call refused = b.await(LEAD, "Not saved: the checker blocks");
                assertTrue(refused.text().contains("Contact details") || refused.text().contains("Payment or sale outside"),
                        refused.text());
                Entry after = b.kb.get("status-1").orElseThrow();
                assertEquals(3, after.version(), "nothing written");
                assertEquals(Status.APPROVED, after.status(), "the version in service stays in service");
            }
        });
    }

    @Test
    void inAGroupTheTextAfterALeadsEditIsTakenOnlyFromThatLead() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (CurationBot b = new CurationBot(dir, USERS, c -> c.with(s -> s.allowGroups(true)))) {
                long group = -4242;
                String original = "Hi {buyer_name}, your parcel is with the carrier and moving as planned.";
                b.kb.add(reply("group-1", original), "lead:setup");
                b.api.pushGroupText(LEAD, group, "/kb group-1");
                FakeTelegramServer.Call card = b.await(group, "group-1");
                b.api.pushGroupCallback(LEAD, group, BotHarness.button(card, "Edit"), card.messageId());
                b.await(group, "Send the new text for group-1");

                b.api.pushGroupText(AGENT, group, "Hi, thanks for waiting, the parcel arrives on Friday. Agent text.");
                b.api.pushGroupText(LEAD, group, "Hi {buyer_name}, your parcel arrives within two days. Lead text.");
                b.await(group, "Saved group-1 as version 2");
                Entry now = b.kb.get("group-1").orElseThrow();
                assertTrue(now.body().contains("Lead text"), "the lead's text is the new version: " + now.body());
                assertEquals(2, b.kb.history("group-1").size(), "the agent's text never became a version");
                assertEquals("tg:" + LEAD, now.author());
            }
        });
    }

    @Test
    void twoLeadsEditingTheSameEntryTheSecondGetsAConflictAndNothingIsOverwritten() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (CurationBot b = new CurationBot(dir, USERS)) {
                b.kb.add(reply("refund-1", "Hi {buyer_name}, your refund was issued today."), "lead:setup");
                b.api.pushText(LEAD, "/kb refund-1");
                b.press(LEAD, b.await(LEAD, "refund-1"), "Edit");
                b.await(LEAD, "you are editing version 1");
                b.api.pushText(LEAD2, "/kb refund-1");
                b.press(LEAD2, b.await(LEAD2, "refund-1"), "Edit");
                b.await(LEAD2, "you are editing version 1");

                b.api.pushText(LEAD2, "Hi {buyer_name}, your refund was issued today; banks need 3 to 5 days.");
                b.await(LEAD2, "as version 2");
                b.api.pushText(LEAD, "Hi {buyer_name}, the refund is on its way.");
                FakeTelegramServer.Call conflict = b.await(LEAD, "someone else changed refund-1");
                assertTrue(conflict.text().contains("tg:" + LEAD2), conflict.text());
                Entry now = b.kb.get("refund-1").orElseThrow();
                assertEquals(2, now.version());
                assertTrue(now.body().contains("3 to 5 days"), "the first edit stands: " + now.body());
            }
        });
    }

    @Test
    void aCsvWithErrorsIsRefusedWithLineNumbersThenACorrectedOneIsAppliedAndExportRoundTrips() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (CurationBot b = new CurationBot(dir, USERS)) {
                String good = csv(dir.resolve("scratch"), reply("ship-1", "Hi {buyer_name}, it ships on Monday."),
                        reply("ship-2", "Hi {buyer_name}, it ships within two days."));
                String[] lines = good.split("\n");
                int badLine = 3;
                lines[badLine - 1] = lines[badLine - 1].replace("ORDER_STATUS", "WHERE_IS_IT");
                String bad = String.join("\n", lines) + "\n";

                b.api.pushDocument(AGENT, "kb.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8));
                b.await(AGENT, "Only team leads and admins can import");
                b.api.pushDocument(LEAD, "notes.pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F'});
                b.await(LEAD, "only .csv or .jsonl");

                b.api.pushDocument(LEAD, "kb.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8));
                FakeTelegramServer.Call dry = b.await(LEAD, "Dry run of kb.csv");
                assertTrue(dry.text().contains("line " + badLine), dry.text());
                assertTrue(dry.text().contains("Nothing can be imported"), dry.text());
                assertTrue(BotHarness.keyboard(dry).isEmpty(), "no Confirm button");
                assertEquals(0, b.kb.size());

                b.api.pushDocument(LEAD, "kb-fixed.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8));
                FakeTelegramServer.Call ok = b.await(LEAD, "Dry run of kb-fixed.csv");
                assertTrue(ok.text().contains("2 new"), ok.text());
                assertEquals(0, b.kb.size(), "a dry run saves nothing");
                b.press(LEAD, ok, "Confirm");
                b.await(LEAD, "Imported kb-fixed.csv");
                assertEquals(2, b.kb.size());
                assertEquals(2, b.api.calls("getFile").size(), "refused files are never fetched");
                assertEquals(2, b.api.calls("download").size(), "files come through the configured API base");

                for (Format f : Format.values()) {
                    b.api.pushText(LEAD, "/export " + f.id());
                    FakeTelegramServer.Call doc = b.api.awaitCalls("sendDocument",
                            c -> String.valueOf(c.params().get("caption")).contains("(" + f.id() + ")"), 1,
                            Duration.ofSeconds(30)).get(0);
                    byte[] content = uploaded(doc);
                    assertTrue(String.valueOf(doc.params().get("caption")).startsWith("2 entries"));
                    try (KnowledgeBase copy = KnowledgeBase.open(dir.resolve("copy-" + f.id()),
                            CurationBot.ANALYSIS, CurationBot.CHECKER, KnowledgeBase.Options.empty())) {
                        assertTrue(copy.importData(new ByteArrayInputStream(content), f, false, "test",
                                Progress.NONE).applied());
                        assertEquals(b.kb.entries(EntryFilter.all()), copy.entries(EntryFilter.all()),
                                "lossless " + f.id());
                    }
                }
            }
        });
    }

    @Test
    void gapsListTheUnansweredQuestionsAndAReplyWrittenFromOneBecomesAnEntry() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (CurationBot b = new CurationBot(dir, USERS)) {
                b.api.pushText(AGENT, "Can you deliver the sofa to a research station in Antarctica?");
                b.await(AGENT, "noted");
                b.api.pushText(AGENT, "Can you deliver this sofa to the research station in Antarctica?");
                b.await(AGENT, "noted", 2);

                b.api.pushText(LEAD, "/gaps");
                FakeTelegramServer.Call gap = b.await(LEAD, "Antarctica");
                assertTrue(gap.text().contains("asked 2 times"), gap.text());
                assertFalse(java.util.regex.Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b").matcher(gap.text()).find(),
                        "the intent by its name, not its code: " + gap.text());
                b.press(LEAD, gap, "Write a reply");
                b.await(LEAD, "Send the reply agents should use");
                b.api.pushText(LEAD, "Hi {buyer_name}, we can only deliver to the addresses the marketplace "
                        + "offers at checkout.");
                FakeTelegramServer.Call proposal = b.await(LEAD, "New knowledge entry");
                assertTrue(proposal.text().contains("Antarctica"), "the question comes from the gap");
                b.press(LEAD, proposal, "Intent");
                FakeTelegramServer.Call choices = b.await(LEAD, "Choose one");
                b.press(LEAD, choices, "Question about the product");
                FakeTelegramServer.Call adjusted = b.await(LEAD, "Intent: Question about the product");
                b.press(LEAD, adjusted, "Save");
                b.await(LEAD, "Saved and approved");
                Entry e = b.kb.entries(EntryFilter.approved()).get(0);
                assertEquals(Intent.PRODUCT_QUESTION, e.intent());
                assertEquals("tg:" + LEAD, e.approver());
                assertTrue(e.questions().get(0).contains("Antarctica"));
            }
        });
    }

    @Test
    void anAgentIsRefusedEveryLeadCommandWithAClearSentence() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (CurationBot b = new CurationBot(dir, USERS)) {
                for (String cmd : List.of("/review", "/kb refund", "/gaps", "/stats", "/export csv")) {
                    b.api.pushText(AGENT, cmd);
                    b.await(AGENT, "is for team leads and admins only", 1);
                }
                b.await(AGENT, "is for team leads and admins only", 5);
                assertTrue(b.api.calls("sendDocument").isEmpty());
            }
        });
    }

    /** The file of a sendDocument call: the client uploads it as its own part, named by "attach://NAME". */
    private static byte[] uploaded(FakeTelegramServer.Call call) {
        Object doc = call.params().get("document");
        Object content = doc instanceof String s && s.startsWith("attach://") ? call.params().get(s.substring(9)) : doc;
        assertTrue(content instanceof byte[], "a file was uploaded: " + call.params().keySet());
        return (byte[]) content;
    }

    private static Entry reply(String id, String body) {
        Instant t = Instant.parse("2026-11-20T09:00:00Z");
        return Entry.reply(id, Intent.ORDER_STATUS).marketplaces(Marketplace.AMAZON).language(Language.EN)
                .title("Title " + id).questions(List.of("Where is my parcel " + id + "?")).body(body)
                .tags(List.of("test")).author("lead:setup").approver("lead:setup").at(t).build();
    }

    /** The CSV export of {@code entries} from a scratch knowledge base. */
    private static String csv(Path scratch, Entry... entries) {
        try (KnowledgeBase kb = KnowledgeBase.open(scratch, CurationBot.ANALYSIS, CurationBot.CHECKER,
                KnowledgeBase.Options.empty())) {
            kb.importEntries(List.of(entries), false, "test");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            kb.export(Format.CSV, out, EntryFilter.all());
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
