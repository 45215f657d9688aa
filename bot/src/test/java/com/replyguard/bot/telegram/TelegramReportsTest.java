package com.replyguard.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.access.Role;
import com.replyguard.knowledge.reports.ModelRetrainer;
import com.replyguard.knowledge.reports.Report;
import com.replyguard.knowledge.reports.ReportKind;
import com.replyguard.knowledge.reports.ReportStatus;
import com.replyguard.knowledge.store.ReportLog;
import com.replyguard.policy.Category;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports from the team end to end through the fake Bot API with the real services (shipped knowledge, real rule
 * packs, the shared checker): an agent reports one of two findings as a false alarm, a lead approves it in
 * /review, and the same draft then checks without that finding while the model retrains in the background; a
 * passed draft reported as a missed violation is rejected with a reason the agent reads; /stats counts per rule.
 */
class TelegramReportsTest {
    static final long AGENT = 1001;
    static final long LEAD = 1002;
    static final Map<Long, Role> USERS = Map.of(AGENT, Role.AGENT, LEAD, Role.LEAD);
    static final Duration WAIT = Duration.ofSeconds(60);
    static final String DRAFT = "Your parcel left today and we guarantee it arrives tomorrow. "
            + "Our team answers 24/7 through Amazon messages.";

    @TempDir
    Path dir;

    @BeforeEach
    void smallTrainingBase() throws Exception {
        // The background retrain after an approval trains on this instead of the shipped corpus (seconds, not a minute).
        Path base = dir.resolve("base.jsonl");
        Files.writeString(base, "{\"id\":\"c1\",\"marketplace\":\"amazon\",\"lang\":\"en\",\"text\":\"Your parcel "
                + "left today.\",\"block\":[],\"warn\":[],\"split\":\"train\"}\n");
        System.setProperty(ModelRetrainer.TRAINING_PROPERTY, base.toString());
    }

    @AfterEach
    void shippedTrainingBase() {
        System.clearProperty(ModelRetrainer.TRAINING_PROPERTY);
    }

    static FakeTelegramServer.Call await(BotHarness h, long chat, Predicate<String> text) throws InterruptedException {
        List<FakeTelegramServer.Call> found = h.api.awaitCalls("sendMessage",
                c -> c.chatId() == chat && c.text() != null && text.test(c.text()), 1, WAIT);
        return found.get(0);
    }

    static FakeTelegramServer.Call await(BotHarness h, long chat, String part) throws InterruptedException {
        return await(h, chat, t -> t.contains(part));
    }

    static FakeTelegramServer.Call awaitNth(BotHarness h, long chat, String part, int n) throws InterruptedException {
        List<FakeTelegramServer.Call> found = h.api.awaitCalls("sendMessage",
                c -> c.chatId() == chat && c.text() != null && c.text().contains(part), n, WAIT);
        return found.get(n - 1);
    }

    static void press(BotHarness h, long user, FakeTelegramServer.Call message, String label) {
        h.api.pushCallback(user, BotHarness.button(message, label), message);
    }

    static boolean hasButton(FakeTelegramServer.Call message, String label) {
        return BotHarness.keyboard(message).stream().flatMap(List::stream).anyMatch(b -> b[0].contains(label));
    }

    @Test
    void anAgentsFalseAlarmApprovedInReviewDropsThatFindingFromTheSameDraftAndRetrainsTheModel() {
        assertTimeoutPreemptively(Duration.ofMinutes(4), () -> {
            try (BotHarness h = new BotHarness(dir.resolve("data"), USERS).realServices()) {
                h.start();
                h.api.pushText(AGENT, "/check " + DRAFT);
                FakeTelegramServer.Call result = await(h, AGENT, "Check for amazon");
                assertTrue(result.text().contains("<u><b>Our team answers 24/7"), result.text());
                assertTrue(hasButton(result, "False alarm") && hasButton(result, "Missed violation"),
                        "a risky but sendable result offers both: " + result.params().get("reply_markup"));

                press(h, AGENT, result, "False alarm");
                FakeTelegramServer.Call choose = await(h, AGENT, "Which finding is a false alarm?");
                assertTrue(choose.text().contains("1. <b>Your parcel left today") && choose.text()
                        .contains("2. <b>Our team answers 24/7"), choose.text());
                press(h, AGENT, choose, "🚩 2");
                FakeTelegramServer.Call filed = await(h, AGENT, "Report #1");
                assertTrue(filed.text().contains("false alarm on common.overpromise"), filed.text());
                Report pending = h.services().knowledge().reports().get(1).orElseThrow();
                assertEquals(ReportKind.FALSE_ALARM, pending.kind());
                assertEquals("Our team answers 24/7 through Amazon messages.", pending.text());
                assertEquals("tg:" + AGENT, pending.reporter());
                assertEquals(ReportStatus.PENDING, pending.status());

                h.api.pushText(AGENT, "/check " + DRAFT);
                FakeTelegramServer.Call stillFlagged = awaitNth(h, AGENT, "Check for amazon", 2);
                assertTrue(stillFlagged.text().contains("<u><b>Our team answers 24/7"),
                        "nothing changes before a lead approves: " + stillFlagged.text());

                h.api.pushText(LEAD, "/review");
                FakeTelegramServer.Call card = await(h, LEAD, "Checker report 1 of 1");
                assertTrue(card.text().contains("common.overpromise") && card.text().contains("tg:" + AGENT)
                        && card.text().contains("Our team answers 24/7 through Amazon messages."), card.text());
                press(h, LEAD, card, "Approve");
                FakeTelegramServer.Call approved = await(h, LEAD, "Approved report #1.");
                assertTrue(approved.text().contains("common.overpromise no longer flags this text"), approved.text());
                await(h, AGENT, "Your report #1 was approved");
                Report decided = h.services().knowledge().reports().get(1).orElseThrow();
                assertEquals(ReportStatus.APPROVED, decided.status());
                assertEquals("tg:" + LEAD, decided.decidedBy());
                assertEquals(List.of("tg:" + AGENT + " report-false-alarm", "tg:" + LEAD + " report-approved"),
                        h.services().knowledge().auditLog(ReportLog.auditId(1), 10).stream()
                                .map(a -> a.actor() + " " + a.action()).toList());

                h.api.pushText(AGENT, "/check " + DRAFT);
                FakeTelegramServer.Call after = awaitNth(h, AGENT, "Check for amazon", 3);
                assertTrue(after.text().contains("<u><b>Your parcel left today"), "the other finding stays: "
                        + after.text());
                assertFalse(after.text().contains("Our team answers 24/7</b>") || after.text()
                        .contains("<u><b>Our team answers"), "the approved false alarm is gone: " + after.text());

                // The model retrains in the background from the approved report and is swapped in.
                Path model = ModelRetrainer.modelFile(dir.resolve("data"));
                long deadline = System.nanoTime() + WAIT.toNanos();
                while (!(Files.exists(model) && h.services().checker().usesTeamModel())) {
                    assertTrue(System.nanoTime() < deadline, "the model was retrained into " + model);
                    Thread.sleep(100);
                }

                h.api.pushText(LEAD, "/stats");
                FakeTelegramServer.Call stats = await(h, LEAD, "Checker reports");
                assertTrue(stats.text().contains("<code>common.overpromise</code>  0 · 1 · 0"), stats.text());
            }
        });
    }

    @Test
    void aMissedViolationOnAPassedDraftIsRejectedWithAReasonTheAgentReads() {
        assertTimeoutPreemptively(Duration.ofMinutes(4), () -> {
            try (BotHarness h = new BotHarness(dir.resolve("data"), USERS).realServices()) {
                h.start();
                h.api.pushText(AGENT, "Hi, my order 112-4456789-2234567 still hasn't arrived. Where is it?");
                FakeTelegramServer.Call verdict = await(h, AGENT, "Draft 1 of");
                assertTrue(hasButton(verdict, "Missed violation") || hasButton(verdict, "False alarm"),
                        "drafts carry the report buttons too: " + verdict.params().get("reply_markup"));

                String passed = "Hi Sarah, your replacement left our warehouse today; the tracking number is on the "
                        + "order page.";
                h.api.pushText(AGENT, "/check " + passed);
                FakeTelegramServer.Call result = await(h, AGENT, "Check for amazon");
                assertTrue(result.text().contains("✅"), result.text());
                assertFalse(hasButton(result, "False alarm"), "nothing was found, so nothing to call false");
                press(h, AGENT, result, "Missed violation");
                FakeTelegramServer.Call choose = await(h, AGENT, "What does this text break?");
                assertEquals(10, BotHarness.keyboard(choose).stream().mapToInt(List::size).sum());
                press(h, AGENT, choose, "Advertising or promotion");
                await(h, AGENT, "Report #1 (missed: Advertising or promotion)");
                Report filed = h.services().knowledge().reports().get(1).orElseThrow();
                assertEquals(Category.MARKETING, filed.category());
                assertEquals(passed, filed.text(), "a miss keeps the whole draft");

                // An agent cannot decide: the lead's buttons are refused.
                h.api.pushCallback(AGENT, "rr:1:a", 9);
                h.api.awaitCalls("answerCallbackQuery", c -> String.valueOf(c.params().get("text"))
                        .contains("team leads"), 1, WAIT);
                assertEquals(ReportStatus.PENDING, h.services().knowledge().reports().get(1).orElseThrow().status());

                h.api.pushText(LEAD, "/review");
                FakeTelegramServer.Call card = await(h, LEAD, "Checker report 1 of 1");
                assertTrue(card.text().contains("Missed violation") && card.text()
                        .contains("Advertising or promotion"), card.text());
                press(h, LEAD, card, "Reject");
                await(h, LEAD, "Why is report #1 rejected?");
                h.api.pushText(LEAD, "It is a plain shipping update.");
                await(h, LEAD, "Rejected report #1.");
                await(h, AGENT, "Your report #1 was not accepted. The team lead says: It is a plain shipping update.");
                Report rejected = h.services().knowledge().reports().get(1).orElseThrow();
                assertEquals(ReportStatus.REJECTED, rejected.status());
                assertEquals("It is a plain shipping update.", rejected.reason());
                assertTrue(h.services().knowledge().reports().approvedCases().isEmpty(), "nothing to learn from");
                assertTrue(h.services().knowledge().reports().list(ReportStatus.PENDING).isEmpty());
            }
        });
    }
}
