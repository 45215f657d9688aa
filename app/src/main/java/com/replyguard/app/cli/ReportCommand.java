package com.replyguard.app.cli;

import com.replyguard.app.Composition;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.text.Notice;
import com.replyguard.knowledge.reports.Report;
import com.replyguard.policy.Category;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.rules.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code replyguard report false-alarm|missed}: tells the team lead that the checker flagged text that is fine, or
 * let a violation through. The report waits in the lead's review queue ({@code kb reports}, Telegram's /review).
 * Exit status: 0 filed, 1 not saved, 2 usage errors (unknown rule or category, empty text).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Report a checker finding as a false alarm, or a passed draft as a missed violation, for a "
                + "team lead's review.",
        subcommands = {ReportCommand.FalseAlarm.class, ReportCommand.Missed.class})
public final class ReportCommand extends CommandGroup {
    /** CLI reports are filed as {@code cli:$USER}, like the kb writes. */
    static String actor() {
        String user = System.getenv("USER");
        if (user == null || user.isBlank()) {
            user = System.getProperty("user.name", "unknown");
        }
        return "cli:" + user;
    }

    /** What both kinds share: the data directory, the marketplace, JSON output and the text. */
    abstract static class Filing implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        /** Where the text was checked. */
        @Mixin
        MarketplaceOption marketplace = new MarketplaceOption(Marketplace.ALL);

        @Option(names = "--json", description = "print the report as one JSON object")
        boolean json;

        @Parameters(arity = "0..*", paramLabel = "TEXT", description = "the text (default: standard input)")
        List<String> words;

        /** Where standard input comes from; tests replace it. */
        InputStream stdin = System.in;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            String text;
            Marketplace m;
            try {
                m = CheckCommand.parseMarketplace(marketplace);
                text = words != null && !words.isEmpty() ? String.join(" ", words)
                        : InputText.decode(stdin.readNBytes(InputText.MAX_BYTES + 1));
                InputText.validate(text);
            } catch (CheckCommand.InputProblem e) {
                err.println("replyguard report: " + e.in(OperatorLanguage.of(spec)));
                return CheckCommand.USAGE;
            }
            try (Composition services = common.composition()) {
                Report r;
                try {
                    r = file(services, m, text);
                } catch (CheckCommand.InputProblem e) {
                    err.println("replyguard report: " + e.in(OperatorLanguage.of(spec)));
                    return CheckCommand.USAGE;
                }
                if (json) {
                    out.println(ReportOutput.json(r));
                } else {
                    Language l = OperatorLanguage.of(spec);
                    out.println(OperatorLanguage.get(l, "operator.report.filed", r.id(), ReportOutput.what(r, l),
                            r.marketplace().id(), r.language()));
                }
                out.flush();
                return 0;
            }
        }

        abstract Report file(Composition services, Marketplace m, String text);

        static String language(Composition services, String text) {
            return services.analysis().analyse(text).detection().language().code();
        }
    }

    @Command(name = "false-alarm", mixinStandardHelpOptions = true,
            description = "The rule RULE flagged TEXT (the flagged part, as check printed it) but it is fine.")
    static final class FalseAlarm extends Filing {
        @Option(names = "--rule", required = true, paramLabel = "ID",
                description = "the finding's rule id as check printed it (common.overpromise, model.marketing, ...)")
        String rule;

        @Override
        Report file(Composition services, Marketplace m, String text) {
            Category category = categoryOf(services, rule.strip())
                    .orElseThrow(() -> new CheckCommand.InputProblem(Notice.of("input.rule_unknown", rule)));
            KnowledgeBase kb = services.knowledge();
            return kb.reports().falseAlarm(rule.strip(), category, m, language(services, text), text, actor());
        }

        /** The category of a loaded rule, or of the learned model's {@code model.<category>}. */
        static Optional<Category> categoryOf(Composition services, String rule) {
            if (rule.startsWith("model.")) {
                try {
                    return Optional.of(Category.valueOf(rule.substring(6).toUpperCase(Locale.ROOT).replace('-', '_')));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
            return services.checker().current().rules().stream().filter(r -> r.id().equals(rule))
                    .map(Rule::category).findFirst();
        }
    }

    @Command(name = "missed", mixinStandardHelpOptions = true,
            description = "TEXT passed the checker but breaks CATEGORY.")
    static final class Missed extends Filing {
        @Option(names = "--category", required = true, paramLabel = "C",
                description = "the compliance category it breaks (EXTERNAL_LINK, CONTACT_INFO, OFF_PLATFORM, "
                        + "REVIEW_INCENTIVE, MARKETING, ...)")
        String category;

        @Override
        Report file(Composition services, Marketplace m, String text) {
            Category c;
            try {
                c = Category.valueOf(category.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new CheckCommand.InputProblem(Notice.of("input.category_unknown", category,
                        String.join(", ", java.util.Arrays.stream(Category.values()).map(Enum::name).toList())));
            }
            return services.knowledge().reports().missed(c, m, language(services, text), text, actor());
        }
    }
}
