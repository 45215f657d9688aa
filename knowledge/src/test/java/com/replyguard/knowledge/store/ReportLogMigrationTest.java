package com.replyguard.knowledge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.knowledge.io.EntryCodec;
import com.replyguard.knowledge.reports.ReportKind;
import com.replyguard.policy.Category;
import com.replyguard.policy.Marketplace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migration V2 adds the reports table to a knowledge.db written by the previous version, keeping its data. */
class ReportLogMigrationTest {
    @TempDir
    Path tmp;

    @Test
    void aVersionOneDatabaseGainsTheReportsTableAndKeepsItsEntries() throws Exception {
        Path db = tmp.resolve("knowledge.db");
        EntryCodec codec = new EntryCodec();
        // A knowledge.db as the previous ReplyGuard left it: only V1 applied, some usage recorded.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT "
                    + "NOT NULL)");
            Migrations.Migration v1 = Migrations.ALL.get(0);
            for (String sql : v1.statements()) {
                s.execute(sql);
            }
            s.execute("INSERT INTO schema_version VALUES (1, '" + v1.name() + "', '2026-01-01T00:00:00Z')");
            s.execute("INSERT INTO usage (at_ms, event, entry_id, agent) VALUES (1, 'served', 'kept', 'agent:7')");
        }

        try (KnowledgeStore s = KnowledgeStore.open(db, codec)) {
            assertEquals(2, s.schemaVersion());
            assertEquals(1, new ActivityLog(s).stats(null).perEntry().get("kept").served(), "old data is kept");
            ReportLog log = new ReportLog(s);
            var r = log.insert(ReportKind.MISSED, null, Category.MARKETING, Marketplace.EBAY, "en",
                    "Check out our new range!", "tg:7");
            assertEquals(r, log.get(r.id()).orElseThrow());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT name FROM schema_version WHERE version = 2")) {
            assertTrue(r.next());
            assertEquals("V2__reports", r.getString(1));
        }
    }

    @Test
    void theTableRefusesRowsWithoutWhatTheirKindNeeds() throws Exception {
        Path db = tmp.resolve("k.db");
        KnowledgeStore.open(db, new EntryCodec()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.execute("INSERT INTO reports (kind, marketplace, language, "
                    + "text, reporter, created) VALUES ('false_alarm', 'all', 'en', 'x', 'r', 'now')"),
                    "a false alarm needs its rule");
            assertThrows(SQLException.class, () -> s.execute("INSERT INTO reports (kind, marketplace, language, "
                    + "text, reporter, created) VALUES ('missed', 'all', 'en', 'x', 'r', 'now')"),
                    "a miss needs its category");
            assertThrows(SQLException.class, () -> s.execute("INSERT INTO reports (kind, rule, marketplace, language, "
                    + "text, reporter, status, created) VALUES ('false_alarm', 'a.b', 'all', 'en', 'x', 'r', 'maybe', "
                    + "'now')"), "only pending, approved or rejected");
        }
    }
}
