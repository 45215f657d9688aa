package com.replyguard.knowledge.files;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Owner-only permissions for everything ReplyGuard creates in a data directory: directories {@code rwx------}
 * (0700), files {@code rw-------} (0600), whatever the process umask. On file systems without POSIX permissions
 * these do nothing.
 *
 * <p>Thread safety: stateless.
 */
public final class OwnerOnly {
    private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {
    }

    /** Attributes that create a file owner-only (none where POSIX permissions do not exist). */
    public static FileAttribute<?>[] fileAttributes() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    /** Creates {@code dir} (and missing parents, with the default permissions) and makes {@code dir} itself 0700. */
    public static Path directory(Path dir) throws IOException {
        Files.createDirectories(dir);
        restrict(dir);
        return dir;
    }

    /** Creates an empty owner-only file unless one exists (so SQLite, and its -wal/-shm, inherit the mode). */
    public static void file(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createFile(file, fileAttributes());
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // someone else created it first: restrict below
            }
        }
        restrict(file);
    }

    /** Makes an existing file 0600 or directory 0700 (never following a symbolic link); quiet when it is gone. */
    public static void restrict(Path p) {
        if (!POSIX) {
            return;
        }
        try {
            if (Files.isSymbolicLink(p)) {
                return;
            }
            Files.setPosixFilePermissions(p, Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? DIR : FILE);
        } catch (IOException | UnsupportedOperationException e) {
            // gone already (a temporary file), or not ours to change: nothing more to do
        }
    }

    /** Restricts {@code root} and everything below it (for folders moved or created as a whole). */
    public static void restrictTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var all = Files.walk(root)) {
            all.forEach(OwnerOnly::restrict);
        }
    }
}
