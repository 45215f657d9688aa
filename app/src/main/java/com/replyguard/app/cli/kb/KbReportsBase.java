package com.replyguard.app.cli.kb;

import com.replyguard.app.Composition;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.reports.ModelRetrainer;

/** The reports commands: {@code kb} subcommands that need the retrainer beside the knowledge base. */
abstract class KbReportsBase extends KbSubcommand {
    @Override
    abstract int run(Composition services) throws Exception;

    @Override
    final int run(KnowledgeBase kb) {
        throw new IllegalStateException("reports commands run with every service, not the knowledge base alone");
    }

    /** Trains in this process (the command line has no background to leave it to) and says what came out. */
    void retrain(Composition services) throws Exception {
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
