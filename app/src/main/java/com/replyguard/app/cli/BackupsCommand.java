package com.replyguard.app.cli;

import com.replyguard.app.backup.Backups;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What {@code backup} and {@code restore} share: the data directory's {@link Backups}, and a report on standard
 * output.
 */
abstract class BackupsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        run(new Backups(common.dataDir()), out);
        out.flush();
        return 0;
    }

    /** Does the work and says what was done; a failure is thrown (the command line reports it in one sentence). */
    abstract void run(Backups backups, PrintWriter out);
}
