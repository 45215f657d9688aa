package com.replyguard.knowledge.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.TestEntries;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.rules.Allowance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #17: a one-shot check skips SQLite when knowledge.db, exactly as it is, is known to hold no approved false
 * alarm; a missing, corrupt or stale marker (any write to the database) falls back to reading it.
 */
class NoAllowancesMarkerTest {
    @TempDir
    Path tmp;
    KnowledgeBase kb;
    Path db;
    Path marker;
    /** A time well after the database was written, so a read of it may be remembered. */
    final Instant later = Instant.now().plusSeconds(60);

    @BeforeEach
    void open() {
        kb = KnowledgeBase.open(tmp.resolve("data"), new TextAnalysis(), TestEntries.starsChecker(),
                KnowledgeBase.Options.empty());
        db = tmp.resolve("data").resolve("knowledge.db");
        marker = NoAllowancesMarker.markerFor(db);
    }

    @AfterEach
    void close() {
        kb.close();
    }

    @Test
    void aReadOfAJustWrittenDatabaseIsNotRemembered() {
        assertEquals(List.of(), TeamReports.allowancesIn(db, Instant.now()));
        assertFalse(Files.exists(marker), "a write in the same clock tick could go unnoticed");
        assertFalse(NoAllowancesMarker.holds(db));
    }

    @Test
    void aSettledDatabaseWithNoneIsRememberedAndAnApprovalMakesTheMarkerStale() throws Exception {
        assertEquals(List.of(), TeamReports.allowancesIn(db, later));
        assertTrue(Files.exists(marker));
        assertTrue(NoAllowancesMarker.holds(db));
        if (Files.getFileStore(marker).supportsFileAttributeView("posix")) {
            assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"),
                    Files.getPosixFilePermissions(marker), "owner-only like the rest of the data directory");
        }
        long id = kb.reports().falseAlarm("common.overpromise", null, Marketplace.AMAZON, "en", "We are open 24/7.",
                "tg:1").id();
        kb.reports().approve(id, "tg:2");
        assertFalse(NoAllowancesMarker.holds(db), "the database changed after the marker was written");
        assertEquals(List.of(new Allowance("common.overpromise", "We are open 24/7.")),
                TeamReports.allowancesIn(db, later.plusSeconds(60)));
        assertFalse(NoAllowancesMarker.holds(db), "a read that found allowances writes no marker");
    }

    @Test
    void aMarkerOfAnotherStateOrACorruptOneIsIgnored() throws Exception {
        assertEquals(List.of(), TeamReports.allowancesIn(db, later));
        String good = Files.readString(marker);
        Files.writeString(marker, good.replace("db ", "db 1"), StandardCharsets.UTF_8);
        assertFalse(NoAllowancesMarker.holds(db), "another inode");
        Files.write(marker, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        assertFalse(NoAllowancesMarker.holds(db), "not text");
        Files.writeString(marker, good.substring(0, good.length() / 2));
        assertFalse(NoAllowancesMarker.holds(db), "cut short (a crash while writing)");
        Files.delete(marker);
        assertFalse(NoAllowancesMarker.holds(db), "missing");
        assertEquals(List.of(), TeamReports.allowancesIn(db, later), "falls back to SQLite");
        assertTrue(NoAllowancesMarker.holds(db), "and remembers again");
    }

    @Test
    void aDatabaseReplacedWithOneHoldingAllowancesIsReadAgain() throws Exception {
        long id = kb.reports().falseAlarm("common.overpromise", null, Marketplace.AMAZON, "en", "We are open 24/7.",
                "tg:1").id();
        kb.reports().approve(id, "tg:2");
        kb.close();
        Path withOne = tmp.resolve("with-one.db");
        Files.copy(db, withOne);
        kb = KnowledgeBase.open(tmp.resolve("data2"), new TextAnalysis(), TestEntries.starsChecker(),
                KnowledgeBase.Options.empty());
        Path empty = tmp.resolve("data2").resolve("knowledge.db");
        kb.close();
        assertEquals(List.of(), TeamReports.allowancesIn(empty, later));
        assertTrue(NoAllowancesMarker.holds(empty));
        // a restore puts another file in its place, with the old file's modification time
        java.nio.file.attribute.FileTime old = Files.getLastModifiedTime(empty);
        Files.copy(withOne, empty, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(empty, old);
        assertFalse(NoAllowancesMarker.holds(empty));
        assertEquals(List.of(new Allowance("common.overpromise", "We are open 24/7.")),
                TeamReports.allowancesIn(empty, later.plusSeconds(60)));
        kb = KnowledgeBase.open(tmp.resolve("data3"), new TextAnalysis(), TestEntries.starsChecker(),
                KnowledgeBase.Options.empty());
    }
}
