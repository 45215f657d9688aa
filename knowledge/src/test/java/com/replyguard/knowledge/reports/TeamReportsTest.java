package com.replyguard.knowledge.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.KnowledgeException;
import com.replyguard.knowledge.TestEntries;
import com.replyguard.knowledge.store.AuditRecord;
import com.replyguard.knowledge.store.ReportLog;
import com.replyguard.policy.Category;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.learn.LabelledCase;
import com.replyguard.policy.rules.Allowance;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamReportsTest {
    @TempDir
    Path tmp;
    KnowledgeBase kb;
    TeamReports reports;

    @BeforeEach
    void open() {
        kb = KnowledgeBase.open(tmp.resolve("data"), new TextAnalysis(), TestEntries.starsChecker(),
                KnowledgeBase.Options.empty());
        reports = kb.reports();
    }

    @AfterEach
    void close() {
        kb.close();
    }

    @Test
    void reportsAreFiledPendingDecidedOnceAndAuditedAtEveryStep() {
        Report fa = reports.falseAlarm("common.overpromise", Category.OVERPROMISE, Marketplace.AMAZON, "en",
                "  Our team answers 24/7 through Amazon messages. ", "tg:1001");
        Report miss = reports.missed(Category.MARKETING, Marketplace.EBAY, "en", "Have a look at our autumn range.",
                "cli:sam");
        assertEquals(ReportStatus.PENDING, fa.status());
        assertEquals("Our team answers 24/7 through Amazon messages.", fa.text(), "stripped");
        assertEquals(List.of(fa, miss), reports.list(ReportStatus.PENDING));

        Report approved = reports.approve(fa.id(), "tg:1002");
        assertEquals(ReportStatus.APPROVED, approved.status());
        assertEquals("tg:1002", approved.decidedBy());
        assertTrue(approved.decidedAt() != null && !approved.decidedAt().isBefore(approved.created()));
        Report rejected = reports.reject(miss.id(), "tg:1002", "  That is a question about the order. ");
        assertEquals("That is a question about the order.", rejected.reason());
        assertEquals(List.of(), reports.list(ReportStatus.PENDING));

        KnowledgeException again = assertThrows(KnowledgeException.class, () -> reports.reject(fa.id(), "tg:9", "no"));
        assertTrue(again.getMessage().contains("already approved by tg:1002"), again.getMessage());
        assertEquals(ReportStatus.APPROVED, reports.get(fa.id()).orElseThrow().status(), "the decision stands");
        assertThrows(KnowledgeException.class, () -> reports.approve(999, "tg:1002"));

        List<String> faAudit = kb.auditLog(ReportLog.auditId(fa.id()), 10).stream()
                .map(a -> a.actor() + " " + a.action()).toList();
        assertEquals(List.of("tg:1001 report-false-alarm", "tg:1002 report-approved"), faAudit);
        List<AuditRecord> missAudit = kb.auditLog(ReportLog.auditId(miss.id()), 10);
        assertEquals(List.of("report-missed", "report-rejected"), missAudit.stream().map(AuditRecord::action).toList());
        assertTrue(missAudit.get(1).detail().contains("That is a question about the order."));
    }

    @Test
    void approvedReportsAreLabelledCasesAndFalseAlarmsAreRuleExceptions() {
        Report fa = reports.falseAlarm("common.overpromise", Category.OVERPROMISE, Marketplace.AMAZON, "en",
                "We are open 24/7.", "tg:1001");
        Report miss = reports.missed(Category.MARKETING, Marketplace.EBAY, "en", "Have a look at our autumn range.",
                "tg:1001");
        reports.missed(Category.OFF_PLATFORM, Marketplace.EBAY, "en", "Still waiting.", "tg:1001"); // stays pending
        assertEquals(List.of(), reports.approvedCases(), "nothing is learned before a lead approves");
        assertEquals(List.of(), reports.allowances());
        assertTrue(reports.newestApproval().isEmpty());

        reports.approve(fa.id(), "tg:1002");
        reports.approve(miss.id(), "tg:1002");
        List<LabelledCase> cases = reports.approvedCases();
        assertEquals(2, cases.size());
        LabelledCase clean = cases.get(0);
        assertEquals("We are open 24/7.", clean.text());
        assertTrue(clean.clean(), "a false alarm is a clean case");
        assertEquals(Marketplace.AMAZON, clean.marketplace());
        assertEquals("train", clean.split());
        LabelledCase blocking = cases.get(1);
        assertEquals(Set.of(Category.MARKETING), blocking.block());
        assertEquals(Set.of(), blocking.warn());
        assertNotEquals(clean.id(), blocking.id());
        assertEquals(List.of(new Allowance("common.overpromise", "We are open 24/7.")), reports.allowances());
        assertTrue(reports.newestApproval().isPresent());
    }

    @Test
    void theSameReportTwiceIsOneItemInTheQueueAndBadReportsAreRefused() {
        Report a = reports.falseAlarm("common.email", Category.CONTACT_INFO, Marketplace.AMAZON, "en", "x@y.example",
                "tg:1");
        Report b = reports.falseAlarm("common.email", Category.CONTACT_INFO, Marketplace.AMAZON, "en", "x@y.example",
                "tg:2");
        assertEquals(a.id(), b.id());
        assertEquals(1, reports.list(null).size());
        assertThrows(KnowledgeException.class, () -> reports.falseAlarm(" ", null, Marketplace.AMAZON, "en", "t",
                "tg:1"));
        assertThrows(KnowledgeException.class, () -> reports.missed(null, Marketplace.AMAZON, "en", "t", "tg:1"));
        assertThrows(KnowledgeException.class, () -> reports.missed(Category.MARKETING, Marketplace.AMAZON, "en",
                "   ", "tg:1"));
        assertThrows(KnowledgeException.class, () -> reports.missed(Category.MARKETING, Marketplace.AMAZON, "en",
                "x".repeat(TeamReports.MAX_TEXT + 1), "tg:1"));
        assertThrows(KnowledgeException.class, () -> reports.reject(a.id(), "tg:2", " "), "a reason is required");
        assertEquals(ReportStatus.PENDING, reports.get(a.id()).orElseThrow().status());
    }

    @Test
    void countsPerRuleAndPerCategoryByStatus() {
        long a = reports.falseAlarm("common.overpromise", null, Marketplace.AMAZON, "en", "one", "tg:1").id();
        long b = reports.falseAlarm("common.overpromise", null, Marketplace.AMAZON, "en", "two", "tg:1").id();
        reports.falseAlarm("common.overpromise", null, Marketplace.AMAZON, "en", "three", "tg:1");
        long d = reports.falseAlarm("model.marketing", Category.MARKETING, Marketplace.EBAY, "en", "four", "tg:1").id();
        reports.missed(Category.MARKETING, Marketplace.EBAY, "en", "five", "tg:1");
        reports.approve(a, "tg:2");
        reports.reject(b, "tg:2", "it is a promise");
        reports.approve(d, "tg:2");
        assertEquals(List.of(new RuleReportCounts("common.overpromise", 1, 1, 1),
                new RuleReportCounts("model.marketing", 0, 1, 0)), reports.falseAlarmsPerRule());
        assertEquals(List.of(new RuleReportCounts("MARKETING", 1, 0, 0)), reports.missedPerCategory());
    }

    @Test
    void approvedFalseAlarmsAreReadFromTheFileWithoutOpeningTheKnowledgeBase() {
        long id = reports.falseAlarm("common.overpromise", null, Marketplace.AMAZON, "en", "We are open 24/7.",
                "tg:1").id();
        reports.falseAlarm("common.email", null, Marketplace.AMAZON, "en", "pending@x.example", "tg:1");
        Path file = tmp.resolve("data").resolve("knowledge.db");
        assertEquals(List.of(), TeamReports.allowancesIn(file));
        reports.approve(id, "tg:2");
        assertEquals(List.of(new Allowance("common.overpromise", "We are open 24/7.")), TeamReports.allowancesIn(file));
        assertEquals(List.of(), TeamReports.allowancesIn(tmp.resolve("absent.db")));
        assertNull(reports.get(12345).orElse(null));
    }
    /**
     * allowancesIn opens the file through SQLite's driver directly (no DriverManager, issue #17): still read-only (a
     * file without the reports table or an empty one stays as it was, nothing created) and a file that is not a
     * database gives no allowances rather than an error.
     */
    @Test
    void approvedFalseAlarmsAreReadReadOnlyAndADamagedFileAllowsNothing() throws Exception {
        Path empty = tmp.resolve("empty.db");
        java.nio.file.Files.write(empty, new byte[0]);
        assertEquals(List.of(), TeamReports.allowancesIn(empty));
        assertEquals(0, java.nio.file.Files.size(empty), "a read must not create tables in an empty file");
        Path damaged = tmp.resolve("damaged.db");
        byte[] junk = "this is not an SQLite database, only text in a file named like one".repeat(100)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.nio.file.Files.write(damaged, junk);
        assertEquals(List.of(), TeamReports.allowancesIn(damaged));
        assertTrue(java.util.Arrays.equals(junk, java.nio.file.Files.readAllBytes(damaged)), "the file was changed");
    }
}
