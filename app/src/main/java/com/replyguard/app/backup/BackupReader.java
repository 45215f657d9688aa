package com.replyguard.app.backup;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads and verifies a backup zip. Entry names are only ever compared with the fixed database names, never used as
 * paths, so a crafted zip ("../../etc/x", absolute names) cannot write anywhere: it is refused as a whole.
 */
final class BackupReader implements AutoCloseable {
    private static final int MAX_MANIFEST_BYTES = 64 * 1024;
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Path source;
    private final ZipFile zip;
    private final BackupManifest manifest;

    BackupReader(Path source) {
        this.source = source;
        if (!Files.isRegularFile(source)) {
            throw new BackupException("No backup file at " + source + ".");
        }
        try {
            this.zip = new ZipFile(source.toFile());
        } catch (ZipException e) {
            throw new BackupException(source + " is not a ReplyGuard backup (not a zip file).", e);
        } catch (IOException e) {
            throw new BackupException("Cannot read " + source + ": " + e.getMessage(), e);
        }
        try {
            this.manifest = readManifest();
            checkEntries();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    BackupManifest manifest() {
        return manifest;
    }

    /**
     * Extracts one listed database to {@code target} (a new file, owner-only), refusing more bytes than the manifest
     * promises and a checksum that differs from it.
     */
    void extract(BackupManifest.BackedUpFile file, Path target) {
        ZipEntry entry = zip.getEntry(file.name());
        MessageDigest digest = BackupWriter.newDigest();
        long written = 0;
        try (InputStream in = zip.getInputStream(entry); OutputStream out = newOwnerOnlyFile(target)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                written += n;
                if (written > file.bytes()) {
                    throw new BackupException("The backup is damaged or tampered with: " + file.name()
                            + " holds more than the " + file.bytes() + " bytes its manifest gives.");
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new BackupException("Cannot extract " + file.name() + " from " + source + ": " + e.getMessage(), e);
        }
        String actual = HexFormat.of().formatHex(digest.digest());
        if (written != file.bytes() || !actual.equals(file.sha256())) {
            throw new BackupException("The backup is damaged: " + file.name() + " does not match the checksum in its"
                    + " manifest. Nothing was restored.");
        }
    }

    private BackupManifest readManifest() {
        ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
        if (entry == null) {
            throw new BackupException(source + " is not a ReplyGuard backup (it has no " + BackupManifest.ENTRY + ").");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(MAX_MANIFEST_BYTES + 1);
            if (bytes.length > MAX_MANIFEST_BYTES) {
                throw new BackupException("The manifest of " + source + " is too large to be a ReplyGuard manifest.");
            }
            return json.readValue(bytes, BackupManifest.class);
        } catch (BackupException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Jackson wraps what the manifest records' constructors refuse; that message is the one to show.
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof BackupException b) {
                    throw b;
                }
            }
            throw new BackupException("The manifest of " + source + " cannot be read: " + firstLine(e.getMessage()), e);
        }
    }

    /** Every entry must be the manifest or a listed database, and every listed database must be there. */
    private void checkEntries() {
        Set<String> expected = new HashSet<>();
        expected.add(BackupManifest.ENTRY);
        manifest.files().forEach(f -> expected.add(f.name()));
        Set<String> seen = new HashSet<>();
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            String name = e.nextElement().getName();
            if (!expected.contains(name) || !seen.add(name)) {
                throw new BackupException("The backup holds an unexpected entry \"" + name
                        + "\"; it was not written by ReplyGuard or was changed since. Nothing was restored.");
            }
        }
        if (!seen.equals(expected)) {
            expected.removeAll(seen);
            throw new BackupException("The backup lacks " + expected + " although its manifest lists it.");
        }
    }

    private static OutputStream newOwnerOnlyFile(Path target) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(target, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(target);
        }
        return Files.newOutputStream(target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING,
                LinkOption.NOFOLLOW_LINKS);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // Read-only handle: nothing to lose.
        }
    }
}
