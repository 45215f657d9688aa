package com.replyguard.app.cli;

import com.replyguard.app.backup.BackupManifest;
import com.replyguard.app.backup.Backups;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code backup} subcommand: a consistent copy of the data directory's databases in one zip, safe while the bot runs. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a consistent copy of knowledge.db and bot-state.db (with a manifest) to FILE, a zip.",
                "Safe while the bot runs. The search index is not copied: it is rebuilt from knowledge.db."})
public final class BackupCommand extends BackupsCommand {
    @Option(names = "--force", description = "replace FILE if it exists")
    boolean force;

    @Parameters(paramLabel = "FILE", description = "the backup file to write, e.g. replyguard-$(date +%%F).zip")
    Path file;

    @Override
    void run(Backups backups, PrintWriter out) {
        BackupManifest manifest = backups.backup(file, force);
        for (BackupManifest.BackedUpFile f : manifest.files()) {
            out.printf("%-14s %,12d bytes  sha256 %s%n", f.name(), f.bytes(), f.sha256());
        }
        out.println(OperatorLanguage.get(OperatorLanguage.of(spec), "operator.backup.done", common.dataDir(), file));
    }
}
