package com.replyguard.app.cli;

import com.replyguard.app.backup.Backups;
import com.replyguard.app.backup.RestoreReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code restore} subcommand: puts a backup's databases back into the data directory, verified first. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the data directory's databases with those in FILE (written by `replyguard backup`).",
                "Refuses while a running bot or chat holds them open, unless --force. Replaced files are kept in",
                "<data>/pre-restore-<time>/; the search index is rebuilt on the next start."})
public final class RestoreCommand extends BackupsCommand {
    @Option(names = "--force", description = "restore even though a running instance has the databases open (restart it right after)")
    boolean force;

    @Parameters(paramLabel = "FILE", description = "the backup file to restore")
    Path file;

    @Override
    void run(Backups backups, PrintWriter out) {
        RestoreReport report = backups.restore(file, force);
        com.replyguard.policy.analysis.Language l = OperatorLanguage.of(spec);
        out.println(OperatorLanguage.get(l, "operator.restore.done", report.restored(), file,
                report.manifest().created(), report.manifest().application()));
        if (report.setAside() != null) {
            out.println(OperatorLanguage.get(l, "operator.restore.set_aside", report.setAside()));
        }
        out.println(OperatorLanguage.get(l, "operator.restore.reindex"));
        if (!report.forcedWhileInUse().isEmpty()) {
            out.println(OperatorLanguage.get(l, "operator.restore.restart"));
        }
    }
}
