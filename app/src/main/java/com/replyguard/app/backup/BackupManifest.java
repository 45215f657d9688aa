package com.replyguard.app.backup;

import java.util.List;
import java.util.Objects;

/**
 * The manifest stored as {@code manifest.json} in every backup: what was copied, when, and each file's checksum.
 *
 * @param format always {@link #FORMAT}, so a restore can tell a ReplyGuard backup from any other zip
 * @param version the layout version of the backup file; a restore refuses versions it does not know
 * @param created when the copy was taken (ISO-8601 instant)
 * @param application the application and version that wrote it
 * @param files the database files inside, by name
 */
public record BackupManifest(String format, int version, String created, String application, List<BackedUpFile> files) {
    public static final String FORMAT = "replyguard-backup";
    public static final int VERSION = 1;
    /** The name of the manifest inside the zip. */
    public static final String ENTRY = "manifest.json";

    public BackupManifest {
        if (!FORMAT.equals(format)) {
            throw new BackupException("This is not a ReplyGuard backup (its manifest says format " + format + ").");
        }
        if (version != VERSION) {
            throw new BackupException("This backup has layout version " + version
                    + ", but this ReplyGuard reads version " + VERSION + " only; use the matching release.");
        }
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(application, "application");
        files = List.copyOf(Objects.requireNonNull(files, "files"));
        if (files.isEmpty()) {
            throw new BackupException("This backup lists no files.");
        }
        if (files.stream().map(BackedUpFile::name).distinct().count() != files.size()) {
            throw new BackupException("This backup lists the same file twice.");
        }
    }

    /**
     * One database file inside a backup.
     *
     * @param name the file's name in the data directory and in the zip; only {@link DataFiles#DATABASES} are allowed
     * @param bytes its exact size
     * @param sha256 its SHA-256 checksum in lowercase hex
     */
    public record BackedUpFile(String name, long bytes, String sha256) {
        public BackedUpFile {
            if (!DataFiles.DATABASES.contains(name)) {
                throw new BackupException("This backup names a file ReplyGuard never writes: \"" + name
                        + "\"; expected one of " + DataFiles.DATABASES + ".");
            }
            if (bytes < 0) {
                throw new BackupException("This backup gives a negative size for " + name + ": " + bytes);
            }
            if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
                throw new BackupException("This backup gives no valid SHA-256 checksum for " + name + ": " + sha256);
            }
        }
    }
}
