package com.replyguard.knowledge.reports;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A file next to knowledge.db ({@code knowledge.db.no-allowances}) saying "this database, in exactly this state, holds
 * no approved false alarm", so a one-shot check need not open SQLite at all (issue #17: loading the driver and its
 * native library is about 0.1 s of a check's CPU). It records the identity of knowledge.db and of its WAL file
 * (inode, size, modification time in nanoseconds and, for the database, its change time; or "absent"); it counts only while both are exactly as
 * recorded. Any write to the database (an approval, a restore, an import, an edit with another tool) changes a size
 * or a time, and the change time cannot be set back, so the marker is then ignored and SQLite read as before.
 *
 * <p>Written only by the reader, after a successful read that found none, and only when the state it read was
 * already {@link #SETTLED} old: a write in the same clock tick as the read could otherwise leave the times unchanged
 * (git's "racily clean" rule). Written to a temporary file, forced to disk and renamed over the old one, so a crash
 * leaves the old marker, the new one or none; anything unreadable, missing or not matching means "open SQLite".
 * Needs the "unix" file attribute view (Linux, macOS); elsewhere there is never a marker.
 *
 * <p>Thread safety: stateless; concurrent writers each rename a complete file.
 */
final class NoAllowancesMarker {
    /** How old the database's times must be before a read of it may be remembered. */
    static final Duration SETTLED = Duration.ofSeconds(2);
    private static final String HEADER = "replyguard no approved false alarms 1";

    private NoAllowancesMarker() {
    }

    static Path markerFor(Path db) {
        return db.resolveSibling(db.getFileName() + ".no-allowances");
    }

    private static Path walFor(Path db) {
        return db.resolveSibling(db.getFileName() + "-wal");
    }

    /**
     * The state of {@code db} and its WAL as one line each, or null when it cannot be read (no marker then). Also
     * null when {@code settledBefore} is given and a time is not older than it.
     */
    static String state(Path db, Instant settledBefore) {
        StringBuilder out = new StringBuilder();
        for (Path p : new Path[] {db, walFor(db)}) {
            Map<String, Object> a;
            try {
                a = Files.readAttributes(p, "unix:ino,size,lastModifiedTime,ctime");
            } catch (NoSuchFileException e) {
                if (p == db) {
                    return null;
                }
                out.append("wal absent\n");
                continue;
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
                return null;
            }
            if (p != db && Long.valueOf(0).equals(a.get("size"))) {
                // An empty WAL holds nothing (a read-only connection leaves one behind): the same as none. A write
                // makes it longer; a checkpoint that empties it again writes the database.
                out.append("wal absent\n");
                continue;
            }
            FileTime m = (FileTime) a.get("lastModifiedTime");
            FileTime c = (FileTime) a.get("ctime");
            if (m == null || c == null) {
                return null;
            }
            if (settledBefore != null && (!m.toInstant().isBefore(settledBefore)
                    || (p == db && !c.toInstant().isBefore(settledBefore)))) {
                return null;
            }
            // The WAL's change time moves on every read (SQLite sets its owner and mode when a connection opens
            // it); its writes move the modification time, which is what counts there.
            out.append(p == db ? "db " : "wal ").append(a.get("ino")).append(' ').append(a.get("size")).append(' ')
                    .append(nanos(m)).append(p == db ? " " + nanos(c) : "").append('\n');
        }
        return out.toString();
    }

    private static String nanos(FileTime t) {
        Instant i = t.toInstant();
        return i.getEpochSecond() + "." + i.getNano();
    }

    /** Whether the marker says {@code db}, exactly as it is now, holds no approved false alarm. */
    static boolean holds(Path db) {
        String now = state(db, null);
        if (now == null) {
            return false;
        }
        try {
            return (HEADER + "\n" + now).equals(Files.readString(markerFor(db), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return false; // missing, unreadable or not text: open SQLite
        }
    }

    /**
     * Remembers that {@code db} in state {@code before} (taken before the read, with {@link #state}) held no
     * approved false alarm, when it is still in that state; a failure to write only costs the next check its speed.
     */
    static void remember(Path db, String before) {
        if (before == null || !before.equals(state(db, null))) {
            return;
        }
        Path marker = markerFor(db);
        Path tmp = marker.resolveSibling(marker.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            Files.deleteIfExists(tmp);
            // owner-only like every file of the data directory (it says nothing secret, but tools check the modes)
            try (FileChannel ch = FileChannel.open(tmp, java.util.Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), com.replyguard.knowledge.files.OwnerOnly.fileAttributes())) {
                ch.write(java.nio.ByteBuffer.wrap((HEADER + "\n" + before).getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
            try {
                Files.move(tmp, marker, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the next read tries again
            }
        }
    }
}
