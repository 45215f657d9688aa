package com.replyguard.app.backup;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The files of a data directory that a backup carries, and the SQLite operations a backup and a restore need.
 *
 * <p>Thread safety: stateless; every call opens and closes its own connection.
 */
public final class DataFiles {
    /** The SQLite databases of a data directory, in the order they are backed up. The index is derived, never copied. */
    public static final List<String> DATABASES = List.of("knowledge.db", "bot-state.db");
    /** The derived Lucene index folder: rebuilt from knowledge.db by the knowledge base when missing. */
    public static final String INDEX = "index";
    /** SQLite's companion files of a database in WAL mode; they belong to the database file they sit next to. */
    static final List<String> COMPANIONS = List.of("-wal", "-shm", "-journal");

    private DataFiles() {
    }

    /** Creates the data directory (and missing parents) readable by its owner only, where the file system allows. */
    public static Path createDataDir(Path dir) {
        try {
            if (Files.isDirectory(dir)) {
                return dir;
            }
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
            return dir;
        } catch (IOException e) {
            throw new BackupException("Cannot create the data directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a consistent copy of a live database to {@code target} with SQLite's {@code VACUUM INTO}: it reads one
     * snapshot, so writers running meanwhile (the bot, an import) are neither blocked for long nor half-copied.
     */
    static void copyOnline(Path database, Path target) {
        try (Connection c = open(database); PreparedStatement vacuum = c.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, target.toString());
            vacuum.execute();
        } catch (SQLException e) {
            throw new BackupException("Cannot copy " + database + ": " + e.getMessage(), e);
        }
    }

    /**
     * Tells whether another connection (in this or any other process) has the database open: it holds SQLite's shared
     * lock, so an exclusive lock taken without waiting fails. The probe changes nothing.
     */
    static boolean inUse(Path database) {
        if (!Files.exists(database)) {
            return false;
        }
        try (Connection c = open(database); Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 0");
            s.execute("PRAGMA locking_mode = EXCLUSIVE");
            s.execute("BEGIN EXCLUSIVE");
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
                r.next();
            }
            s.execute("COMMIT");
            return false;
        } catch (SQLException e) {
            return true;
        }
    }

    /** Runs SQLite's quick integrity check and returns null when the file is a sound database, else what is wrong. */
    static String problemsOf(Path database) {
        try (Connection c = open(database); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("PRAGMA quick_check")) {
            String first = r.next() ? r.getString(1) : "no answer";
            return "ok".equals(first) ? null : first;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static Connection open(Path database) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 10000");
        }
        return c;
    }
}
