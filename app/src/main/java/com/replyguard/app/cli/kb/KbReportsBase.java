package com.replyguard.app.cli.kb;

import com.replyguard.app.Composition;
import com.replyguard.app.cli.OperatorLanguage;
import com.replyguard.policy.analysis.Language;
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
        Language l = OperatorLanguage.of(spec);
        out().println(OperatorLanguage.get(l, "operator.retrain.start", team));
        out().flush();
        ModelRetrainer.Outcome o = services.retrainer().retrainNow();
        out().println(OperatorLanguage.get(l, "operator.retrain.done", o.cases(), o.teamCases(), o.categories(),
                String.format(java.util.Locale.ROOT, "%.1f", o.took().toMillis() / 1000.0), o.file()));
    }
}
