package com.replyguard.app.cli.kb;

import com.replyguard.app.Composition;
import com.replyguard.app.cli.OperatorLangOption;
import com.replyguard.app.cli.OperatorLanguage;
import com.replyguard.app.cli.ReportOutput;
import com.replyguard.policy.Category;
import com.replyguard.policy.analysis.Language;
import com.replyguard.knowledge.reports.Report;
import com.replyguard.knowledge.reports.ReportKind;
import com.replyguard.knowledge.reports.ReportStatus;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kb reports}: the team's reports about the checker (false alarms, missed violations), oldest first, and the
 * lead's decisions on them: {@code approve ID}, {@code reject ID --reason TEXT}, {@code retrain}.
 */
@Command(name = "reports", description = "List the team's checker reports (false alarms, missed violations); "
        + "approve or reject them; retrain the checker's model from the approved ones.",
        subcommands = {KbReportsCommand.Approve.class, KbReportsCommand.Reject.class, KbReportsCommand.Retrain.class})
public final class KbReportsCommand extends KbReportsBase {
    @Option(names = "--status", paramLabel = "S", description = "only pending, approved or rejected reports")
    String status;

    @Option(names = "--json", description = "print one JSON object {\"reports\": [...]}")
    boolean json;

    @Option(names = "--category", paramLabel = "C", description = "only reports about this checker category: its code "
            + "(MARKETING) or its name in en, bn or ms as the listing shows it")
    String category;

    @Mixin
    OperatorLangOption lang;

    @Override
    int run(Composition services) {
        ReportStatus s;
        try {
            s = status == null ? null : ReportStatus.parse(status);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Category c = null;
        if (category != null) {
            c = OperatorLanguage.TEXTS.parse(Category.class, category).orElseThrow(() ->
                    new CommandLine.ParameterException(spec.commandLine(), "unknown category '" + category
                            + "' (expected one of " + java.util.Arrays.toString(Category.values()) + ")"));
        }
        Category wanted = c;
        List<Report> reports = services.knowledge().reports().list(s).stream()
                .filter(r -> wanted == null || r.category() == wanted).toList();
        Language l = OperatorLanguage.of(spec);
        if (json) {
            out().println(ReportOutput.json(reports));
        } else if (reports.isEmpty()) {
            out().println(s == null ? OperatorLanguage.get(l, "table.no_reports")
                    : OperatorLanguage.get(l, "table.no_reports_status", OperatorLanguage.get(l, "table." + s.id())));
        } else {
            reports.forEach(r -> out().println(ReportOutput.line(r, l)));
        }
        return 0;
    }

    @Command(name = "approve", description = "Approve a pending report: a false alarm stops its rule flagging that "
            + "text at once; the model is retrained with the report (unless --no-retrain).")
    static final class Approve extends KbReportsBase {
        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Option(names = "--no-retrain", description = "record the approval only; a running bot (or the next start, "
                + "or kb reports retrain) retrains the model")
        boolean noRetrain;

        @Override
        int run(Composition services) throws Exception {
            Report r = services.knowledge().reports().approve(id, KbSubcommand.actor());
            Language l = OperatorLanguage.of(spec);
            out().println(r.kind() == ReportKind.FALSE_ALARM
                    ? OperatorLanguage.get(l, "operator.report.approved_rule", r.id(), ReportOutput.what(r, l), r.rule())
                    : OperatorLanguage.get(l, "operator.report.approved", r.id(), ReportOutput.what(r, l)));
            if (!noRetrain) {
                retrain(services);
            }
            return 0;
        }
    }

    @Command(name = "reject", description = "Reject a pending report, with the reason for the person who filed it.")
    static final class Reject extends KbReportsBase {
        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        @Override
        int run(Composition services) {
            Report r = services.knowledge().reports().reject(id, KbSubcommand.actor(), reason);
            Language l = OperatorLanguage.of(spec);
            out().println(OperatorLanguage.get(l, "operator.report.rejected", r.id(), ReportOutput.what(r, l),
                    r.reason()));
            return 0;
        }
    }

    @Command(name = "retrain", description = "Retrain the checker's model now from the shipped training cases plus "
            + "every approved report, into <data>/model/model.bin.")
    static final class Retrain extends KbReportsBase {
        @Override
        int run(Composition services) throws Exception {
            retrain(services);
            return 0;
        }
    }
}
