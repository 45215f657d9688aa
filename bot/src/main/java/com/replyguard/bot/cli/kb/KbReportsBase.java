package com.replyguard.bot.cli.kb;

import com.replyguard.bot.app.Services;
import com.replyguard.bot.cli.CommonOptions;
import com.replyguard.knowledge.reports.ModelRetrainer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What the reports commands share: the data directory options, the writers, the actor and the services. */
abstract class KbReportsBase implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    @Override
    public final Integer call() throws Exception {
        try (Services services = common.services()) {
            int code = run(services);
            out().flush();
            return code;
        }
    }

    abstract int run(Services services) throws Exception;

    /** Trains in this process (the command line has no background to leave it to) and says what came out. */
    void retrain(Services services) throws Exception {
        int team = services.knowledge().reports().approvedCases().size();
        out().println("Retraining the checker's model with " + team + " case(s) from the team's reports "
                + "(this can take a minute)...");
        out().flush();
        ModelRetrainer.Outcome o = services.retrainer().retrainNow();
        out().printf("Model retrained on %d cases (%d from the team's reports, %d categories learned) in %.1f s: "
                + "%s. A running bot uses it within a minute.%n", o.cases(), o.teamCases(), o.categories(),
                o.took().toMillis() / 1000.0, o.file());
    }
}
