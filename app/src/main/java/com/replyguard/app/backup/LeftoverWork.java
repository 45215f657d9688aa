package com.replyguard.app.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/**
 * The hidden work folders ({@code .replyguard-backup-*}) backups write their copies in, next to the target. A run
 * holds an OS lock on {@code run.lock} inside its folder for as long as it lives; the operating system drops the
 * lock when the process dies, however it dies. So a folder whose lock can be taken belongs to a dead run (a killed
 * {@code backup}) and the next backup into the same folder removes it; a folder whose lock is held belongs to a run
 * still going and is left alone.
 *
 * <p>Thread safety: stateless; safe from any thread.
 */
final class LeftoverWork {
    static final String PREFIX = ".replyguard-backup-";
    static final String LOCK = "run.lock";
    /** A folder without its lock file is a run between creating it and locking it, unless it is this old. */
    private static final Duration UNLOCKED_GRACE = Duration.ofMinutes(10);

    private LeftoverWork() {
    }

    /** A live run's claim on its folder; closing it releases the lock. */
    record Running(FileChannel channel, FileLock lock) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    /** Locks {@code work} for this run. */
    static Running claim(Path work) throws IOException {
        FileChannel channel = FileChannel.open(work.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            return new Running(channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Removes the work folders of dead runs in {@code folder}; returns how many. */
    static int removeDead(Path folder) {
        int removed = 0;
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(folder, PREFIX + "*")) {
            for (Path dir : dirs) {
                if (Files.isDirectory(dir) && dead(dir)) {
                    BackupWriter.deleteQuietly(dir);
                    removed += Files.exists(dir) ? 0 : 1;
                }
            }
        } catch (IOException e) {
            // an unreadable folder: the backup itself reports what is wrong with it
        }
        return removed;
    }

    private static boolean dead(Path dir) throws IOException {
        Path lockFile = dir.resolve(LOCK);
        if (!Files.exists(lockFile)) {
            return Files.getLastModifiedTime(dir).toInstant().isBefore(Instant.now().minus(UNLOCKED_GRACE));
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false; // another process's run holds it
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // a run in this process holds it
        }
    }
}
