package com.replyguard.app.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes one backup zip: an online copy of each database, then the manifest, then an atomic rename into place. */
final class BackupWriter {
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Clock clock;
    private final String application;

    BackupWriter(Clock clock, String application) {
        this.clock = clock;
        this.application = application;
    }

    BackupManifest write(Path dataDir, Path target, boolean overwrite) {
        List<String> present = DataFiles.DATABASES.stream().filter(n -> Files.isRegularFile(dataDir.resolve(n))).toList();
        if (present.isEmpty()) {
            throw new BackupException("Nothing to back up: " + dataDir + " holds none of " + DataFiles.DATABASES
                    + ". Check --data or REPLYGUARD_DATA.");
        }
        if (Files.exists(target) && !overwrite) {
            throw new BackupException(target + " already exists; choose another name or pass --force to replace it.");
        }
        Path folder = target.toAbsolutePath().getParent();
        Path work = null;
        try {
            Files.createDirectories(folder);
            // Copies and the half-written zip stay next to the target: same file system for the final atomic rename,
            // and nothing large lands in a small /tmp.
            LeftoverWork.removeDead(folder);
            work = Files.createTempDirectory(folder, LeftoverWork.PREFIX);
            try (LeftoverWork.Running running = LeftoverWork.claim(work)) {
                return writeIn(dataDir, present, work, target);
            }
        } catch (IOException e) {
            throw new BackupException("Cannot write the backup " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(work);
        }
    }

    private BackupManifest writeIn(Path dataDir, List<String> present, Path work, Path target) throws IOException {
        List<BackupManifest.BackedUpFile> files = new ArrayList<>();
        for (String name : present) {
            Path copy = work.resolve(name);
            DataFiles.copyOnline(dataDir.resolve(name), copy);
            files.add(new BackupManifest.BackedUpFile(name, Files.size(copy), sha256(copy)));
        }
        BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, BackupManifest.VERSION,
                clock.instant().truncatedTo(ChronoUnit.SECONDS).toString(), application, files);
        Path zip = work.resolve("backup.zip");
        try (OutputStream out = Files.newOutputStream(ownerOnly(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            z.write(json.writeValueAsBytes(manifest));
            z.closeEntry();
            for (BackupManifest.BackedUpFile f : files) {
                z.putNextEntry(new ZipEntry(f.name()));
                Files.copy(work.resolve(f.name()), z);
                z.closeEntry();
            }
        }
        Files.move(zip, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return manifest;
    }

    /** Creates an empty file only its owner can read: a backup holds the whole knowledge base and user settings. */
    private static Path ownerOnly(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createFile(file);
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static void deleteQuietly(Path work) {
        if (work == null) {
            return;
        }
        try (var files = Files.list(work)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(work);
        } catch (IOException ignored) {
            // A leftover temporary folder is named after what it was for; the next backup removes it.
        }
    }
}
