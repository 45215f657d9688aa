package com.replyguard.app.backup;

import com.replyguard.bot.state.BotStateDb;
import com.replyguard.knowledge.files.OwnerOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs up and restores one data directory: its SQLite databases ({@link DataFiles#DATABASES}) in one zip with a
 * manifest. A backup is an online, consistent copy (the bot may keep running); a restore verifies the whole file
 * first, refuses to replace databases a running instance holds open unless forced, sets the replaced files aside in
 * {@code pre-restore-<time>/} and moves the derived index there too, so the knowledge base rebuilds it on next start.
 *
 * <p>Usage: {@code new Backups(dataDir).backup(Path.of("rg.zip"), false)}; {@code restore(Path.of("rg.zip"), false)}.
 * Thread safety: no shared state; run one restore at a time per data directory (restores are offline operations).
 */
public final class Backups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private final Path dataDir;
    private final Clock clock;
    private final String application;

    public Backups(Path dataDir) {
        this(dataDir, Clock.systemUTC(), "ReplyGuard " + version());
    }

    Backups(Path dataDir, Clock clock, String application) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.clock = clock;
        this.application = application;
    }

    /** Writes a backup of the data directory to {@code target}; an existing file is replaced only with overwrite. */
    public BackupManifest backup(Path target, boolean overwrite) {
        return new BackupWriter(clock, application).write(dataDir, target, overwrite);
    }

    /**
     * Replaces the data directory's databases with the backup's. Without {@code force}, refuses when a running
     * ReplyGuard holds one of them open. Writes only inside the data directory, which it creates owner-only if needed.
     */
    public RestoreReport restore(Path source, boolean force) {
        try (BackupReader reader = new BackupReader(source)) {
            List<String> busy = DataFiles.DATABASES.stream().filter(n -> DataFiles.inUse(dataDir.resolve(n))).toList();
            if (!busy.isEmpty() && !force) {
                throw new BackupException("A running ReplyGuard (bot or chat) has " + String.join(" and ", busy)
                        + " in " + dataDir + " open. Stop it first, or pass --force and restart it right after.");
            }
            DataFiles.createDataDir(dataDir);
            List<Path> staged = stage(reader);
            try {
                return swapIn(reader.manifest(), busy);
            } finally {
                for (Path p : staged) {
                    deleteIfExists(p);
                }
            }
        }
    }

    /** Extracts and checks every database next to its final place before anything live is touched. */
    private List<Path> stage(BackupReader reader) {
        List<Path> staged = new ArrayList<>();
        try {
            for (BackupManifest.BackedUpFile f : reader.manifest().files()) {
                Path tmp = staging(f.name());
                deleteIfExists(tmp);
                staged.add(tmp);
                reader.extract(f, tmp);
                String problem = DataFiles.problemsOf(tmp);
                if (problem == null && f.name().equals("knowledge.db")) {
                    // A foreign SQLite file would be re-seeded silently, a newer schema would stop the service.
                    problem = com.replyguard.knowledge.store.Migrations.problemOf(tmp);
                }
                if (problem != null) {
                    throw new BackupException("The backup's " + f.name() + " is not a sound database (" + problem
                            + "). Nothing was restored.");
                }
            }
            return staged;
        } catch (RuntimeException e) {
            staged.forEach(Backups::deleteIfExists);
            throw e;
        }
    }

    private RestoreReport swapIn(BackupManifest manifest, List<String> busy) {
        Path aside = dataDir.resolve("pre-restore-" + STAMP.format(clock.instant()));
        List<String> setAside = new ArrayList<>();
        try {
            List<String> moveAside = new ArrayList<>();
            for (BackupManifest.BackedUpFile f : manifest.files()) {
                moveAside.add(f.name());
                DataFiles.COMPANIONS.forEach(suffix -> moveAside.add(f.name() + suffix));
                if (f.name().equals(BotStateDb.FILE_NAME)) {
                    moveAside.add(BotStateDb.SENT_JOURNAL); // amends the current file, not the restored one
                }
            }
            moveAside.add(DataFiles.INDEX);
            for (String name : moveAside) {
                Path current = dataDir.resolve(name);
                if (Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                    OwnerOnly.directory(aside);
                    Files.move(current, aside.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                    setAside.add(name);
                }
            }
            OwnerOnly.restrictTree(aside); // what was set aside keeps no wider mode than the rest of the data
            List<String> restored = new ArrayList<>();
            for (BackupManifest.BackedUpFile f : manifest.files()) {
                Files.move(staging(f.name()), dataDir.resolve(f.name()), StandardCopyOption.ATOMIC_MOVE);
                restored.add(f.name());
            }
            return new RestoreReport(manifest, restored, setAside.isEmpty() ? null : aside, busy);
        } catch (IOException e) {
            throw new BackupException("Restoring into " + dataDir + " failed half-way: " + e.getMessage()
                    + ". The previous files are in " + aside + "; move them back to undo.", e);
        }
    }

    private Path staging(String name) {
        return dataDir.resolve(".restore-" + name + ".tmp");
    }

    private static void deleteIfExists(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // A leftover .restore-*.tmp is harmless and replaced by the next restore.
        }
    }

    private static String version() {
        String v = Backups.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
