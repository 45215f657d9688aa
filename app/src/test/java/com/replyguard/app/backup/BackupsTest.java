package com.replyguard.app.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    @TempDir
    Path tmp;

    @Test
    void backupWhileAWriterRunsIsAConsistentSnapshotThatRestoresIntoAnEmptyDirectory() throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        createDb(data.resolve("knowledge.db"), 500);
        createDb(data.resolve("bot-state.db"), 3);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger written = new AtomicInteger();
        Thread writer = Thread.ofPlatform().start(() -> {
            try (Connection c = open(data.resolve("knowledge.db"))) {
                while (!stop.get()) {
                    // Two rows per transaction: a torn copy would show an odd count.
                    c.setAutoCommit(false);
                    insert(c, "a");
                    insert(c, "b");
                    c.commit();
                    written.addAndGet(2);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            while (written.get() < 100) {
                Thread.onSpinWait();
            }
            BackupManifest manifest = new Backups(data).backup(tmp.resolve("b.zip"), false);
            assertEquals(List.of("knowledge.db", "bot-state.db"), manifest.files().stream().map(BackupManifest.BackedUpFile::name).toList());
        } finally {
            stop.set(true);
            writer.join();
        }
        Path restored = tmp.resolve("fresh/data");
        RestoreReport report = new Backups(restored).restore(tmp.resolve("b.zip"), false);
        assertEquals(List.of("knowledge.db", "bot-state.db"), report.restored());
        int rows = count(restored.resolve("knowledge.db"));
        assertTrue(rows >= 600 && rows % 2 == 0, "a whole-transaction snapshot taken mid-stream, got " + rows + " rows");
        assertEquals(3, count(restored.resolve("bot-state.db")));
        assertEquals(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE),
                Files.getPosixFilePermissions(restored), "a data directory created by restore is owner-only");
        assertEquals(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(tmp.resolve("b.zip")), "a backup is readable by its owner only");
    }

    @Test
    void restoreRefusesWhileARunningInstanceHoldsTheDatabaseOpenAndChangesNothing() throws Exception {
        Path data = dataWith(10);
        Path zip = tmp.resolve("b.zip");
        new Backups(data).backup(zip, false);
        try (Connection running = open(data.resolve("knowledge.db"))) {
            insert(running, "after-backup");
            BackupException e = assertThrows(BackupException.class, () -> new Backups(data).restore(zip, false));
            assertTrue(e.getMessage().contains("--force"), e.getMessage());
            assertEquals(11, count(running));
        }
        assertEquals(11, count(data.resolve("knowledge.db")));
    }

    @Test
    void forcedRestoreSetsTheReplacedFilesAndTheIndexAsideSoTheIndexIsRebuilt() throws Exception {
        Path data = dataWith(10);
        Path zip = tmp.resolve("b.zip");
        new Backups(data).backup(zip, false);
        try (Connection c = open(data.resolve("knowledge.db"))) {
            insert(c, "later");
        }
        Files.createDirectories(data.resolve("index"));
        Files.writeString(data.resolve("index/segments_1"), "lucene");
        RestoreReport report;
        try (Connection running = open(data.resolve("knowledge.db"))) {
            count(running);
            report = new Backups(data).restore(zip, true);
        }
        assertEquals(List.of("knowledge.db"), report.forcedWhileInUse());
        assertEquals(10, count(data.resolve("knowledge.db")));
        assertFalse(Files.exists(data.resolve("index")), "the derived index is moved away so it is rebuilt");
        assertNotNull(report.setAside());
        assertEquals(11, count(report.setAside().resolve("knowledge.db")), "the replaced database is kept");
        assertTrue(Files.exists(report.setAside().resolve("index/segments_1")));
    }

    @Test
    void backupRefusesToOverwriteWithoutForceAndToBackUpAnEmptyDirectory() throws Exception {
        Path data = dataWith(1);
        Path zip = tmp.resolve("b.zip");
        Files.writeString(zip, "keep me");
        assertTrue(assertThrows(BackupException.class, () -> new Backups(data).backup(zip, false)).getMessage().contains("--force"));
        assertEquals("keep me", Files.readString(zip));
        new Backups(data).backup(zip, true);
        assertEquals(1, new Backups(tmp.resolve("r")).restore(zip, false).restored().size());

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertTrue(assertThrows(BackupException.class, () -> new Backups(empty).backup(tmp.resolve("e.zip"), false))
                .getMessage().contains("Nothing to back up"));
    }

    @Test
    void aZipWhoseEntriesPointOutsideTheDataDirectoryIsRefusedAsAWhole() throws Exception {
        Path zip = tmp.resolve("evil.zip");
        byte[] db = Files.readAllBytes(dataWith(1).resolve("knowledge.db"));
        writeZip(zip, manifest("knowledge.db", db), "knowledge.db", db, "../../escaped.db", db);
        Path target = tmp.resolve("victim/data");
        BackupException e = assertThrows(BackupException.class, () -> new Backups(target).restore(zip, false));
        assertTrue(e.getMessage().contains("unexpected entry"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("escaped.db")));
        assertFalse(Files.exists(target), "nothing is created for a refused backup");

        Path named = tmp.resolve("named.zip");
        writeZip(named, manifest("../escaped.db", db), "../escaped.db", db);
        assertTrue(assertThrows(BackupException.class, () -> new Backups(target).restore(named, false))
                .getMessage().contains("never writes"));
        assertFalse(Files.exists(tmp.resolve("victim/escaped.db")));
    }

    @Test
    void aTamperedOrOversizedDatabaseIsRefusedAndTheLiveDataKept() throws Exception {
        Path data = dataWith(5);
        byte[] db = Files.readAllBytes(data.resolve("knowledge.db"));
        byte[] changed = db.clone();
        changed[changed.length - 1] ^= 1;
        Path tampered = tmp.resolve("t.zip");
        writeZip(tampered, manifest("knowledge.db", db), "knowledge.db", changed);
        assertTrue(assertThrows(BackupException.class, () -> new Backups(data).restore(tampered, false))
                .getMessage().contains("checksum"));
        byte[] longer = java.util.Arrays.copyOf(db, db.length * 4);
        Path oversized = tmp.resolve("o.zip");
        writeZip(oversized, manifest("knowledge.db", db), "knowledge.db", longer);
        assertTrue(assertThrows(BackupException.class, () -> new Backups(data).restore(oversized, false))
                .getMessage().contains("more than"));
        assertEquals(5, count(data.resolve("knowledge.db")));
        try (var files = Files.list(data)) {
            assertEquals(List.of("knowledge.db"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging files or set-aside folders are left behind");
        }
    }

    @Test
    void filesThatAreNotBackupsGiveClearErrors() throws Exception {
        Path data = tmp.resolve("data");
        Path text = tmp.resolve("notes.zip");
        Files.writeString(text, "just text");
        assertTrue(assertThrows(BackupException.class, () -> new Backups(data).restore(text, false)).getMessage().contains("not a zip"));
        Path noManifest = tmp.resolve("plain.zip");
        writeZip(noManifest, null, "readme.txt", "hi".getBytes(StandardCharsets.UTF_8));
        assertTrue(assertThrows(BackupException.class, () -> new Backups(data).restore(noManifest, false)).getMessage().contains("manifest.json"));
        Path other = tmp.resolve("other.zip");
        writeZip(other, "{\"format\":\"something-else\",\"version\":1,\"created\":\"x\",\"application\":\"y\",\"files\":[]}".getBytes(StandardCharsets.UTF_8));
        assertTrue(assertThrows(BackupException.class, () -> new Backups(data).restore(other, false)).getMessage().contains("not a ReplyGuard backup"));
        assertTrue(assertThrows(BackupException.class, () -> new Backups(data).restore(tmp.resolve("missing.zip"), false)).getMessage().contains("No backup file"));
    }

    // --- helpers

    private Path dataWith(int rows) throws SQLException, IOException {
        Path data = Files.createDirectories(tmp.resolve("d" + System.nanoTime()));
        createDb(data.resolve("knowledge.db"), rows);
        return data;
    }

    @Test
    void aBackupWhoseStoreIsNotAReplyGuardStoreOrIsNewerIsRefusedAndTheLiveDataKept() throws Exception {
        Path data = tmp.resolve("live");
        Files.createDirectories(data);
        createDb(data.resolve("knowledge.db"), 7);
        Path foreignDir = tmp.resolve("foreign");
        Files.createDirectories(foreignDir);
        try (Connection c = open(foreignDir.resolve("knowledge.db")); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE songs (title TEXT)");
        }
        Path foreign = tmp.resolve("foreign.zip");
        new Backups(foreignDir).backup(foreign, false);
        BackupException e = assertThrows(BackupException.class, () -> new Backups(data).restore(foreign, false));
        assertTrue(e.getMessage().contains("not a ReplyGuard knowledge base"), e.getMessage());
        assertEquals(7, count(data.resolve("knowledge.db")), "the live store must be untouched");

        Path newerDir = tmp.resolve("newer");
        Files.createDirectories(newerDir);
        createDb(newerDir.resolve("knowledge.db"), 2);
        try (Connection c = open(newerDir.resolve("knowledge.db")); Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version VALUES (999, 'from the future', 'later')");
        }
        Path newer = tmp.resolve("newer.zip");
        new Backups(newerDir).backup(newer, false);
        e = assertThrows(BackupException.class, () -> new Backups(data).restore(newer, false));
        assertTrue(e.getMessage().contains("newer ReplyGuard"), e.getMessage());
        assertEquals(7, count(data.resolve("knowledge.db")));
    }

    static void createDb(Path file, int rows) throws SQLException {
        try (Connection c = open(file); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)");
            if (file.getFileName().toString().equals("knowledge.db")) {
                // The tables restore looks for in a knowledge store (the rows live in t).
                s.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT)");
                s.execute("INSERT INTO schema_version VALUES (1, 'initial', 'now')");
                s.execute("CREATE TABLE entries (id TEXT)");
                s.execute("CREATE TABLE entry_versions (id TEXT)");
                s.execute("CREATE TABLE audit (id TEXT)");
            }
            c.setAutoCommit(false);
            for (int i = 0; i < rows; i++) {
                insert(c, "row " + i);
            }
            c.commit();
        }
    }

    static Connection open(Path file) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 10000");
        }
        return c;
    }

    static void insert(Connection c, String v) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO t (v) VALUES (?)")) {
            p.setString(1, v);
            p.executeUpdate();
        }
    }

    static int count(Path file) throws SQLException {
        try (Connection c = open(file)) {
            return count(c);
        }
    }

    static int count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM t")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static byte[] manifest(String name, byte[] content) throws IOException {
        String sha = sha256(content);
        return ("{\"format\":\"replyguard-backup\",\"version\":1,\"created\":\"2026-11-22T00:00:00Z\",\"application\":\"test\","
                + "\"files\":[{\"name\":\"" + name + "\",\"bytes\":" + content.length + ",\"sha256\":\"" + sha + "\"}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] content) {
        return java.util.HexFormat.of().formatHex(BackupWriter.newDigest().digest(content));
    }

    /** Writes a zip with manifest.json (unless null) and then name/content pairs. */
    private static void writeZip(Path zip, byte[] manifest, Object... entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            if (manifest != null) {
                z.putNextEntry(new ZipEntry("manifest.json"));
                z.write(manifest);
                z.closeEntry();
            }
            for (int i = 0; i < entries.length; i += 2) {
                z.putNextEntry(new ZipEntry((String) entries[i]));
                z.write((byte[]) entries[i + 1]);
                z.closeEntry();
            }
        }
        try (ZipFile check = new ZipFile(zip.toFile())) {
            assertTrue(check.size() > 0);
        }
    }
}
