package com.replyguard.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.replyguard.bot.core.Messages;
import com.replyguard.knowledge.text.Notice;
import com.replyguard.policy.CheckResult;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.StartupTrace;
import com.replyguard.policy.Verdict;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.rules.RuleFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code replyguard check}: checks a draft (argument or standard input) against the marketplace's rules and prints
 * the marked draft, the findings and the fixed draft, or JSON ({@code --json}), or one JSON result per input line
 * ({@code --jsonl}). Exit status: 0 when the check ran, 1 when {@code --fail-on} was reached, 2 for usage errors.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a reply draft against the marketplace's messaging rules.")
public final class CheckCommand implements Callable<Integer> {
    static final int FAIL = 1;
    static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    MarketplaceOption marketplace = new MarketplaceOption(Marketplace.ALL);

    /**
     * One output mode at most: picocli refuses {@code --json} with {@code --jsonl} or {@code --format} ({@code --json}
     * is {@code --format json}).
     */
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Output output = new Output();

    static final class Output extends OutputModes {
        @Option(names = "--format", paramLabel = "F", description = "output: ${COMPLETION-CANDIDATES} (default: text;"
                + " sarif and github are for pipelines that gate merges)")
        Format format;
    }

    /** How a single check is printed; {@code --json} is {@code --format json}. */
    enum Format { text, json, sarif, github }

    @Option(names = "--no-color", description = "no colour in the text report (also: NO_COLOR set, or not a terminal)")
    boolean noColor;

    @Option(names = "--file", paramLabel = "FILE", description = "check this file (named in sarif/github output)")
    java.nio.file.Path file;

    @Option(names = "--lang", paramLabel = "L", defaultValue = "${env:REPLYGUARD_LANG}",
            converter = CliCandidates.LanguageConverter.class, completionCandidates = CliCandidates.Languages.class,
            description = "language of the reasons and fixes: ${COMPLETION-CANDIDATES} (default: $REPLYGUARD_LANG, else"
                    + " the draft's language)")
    Language lang;

    @Option(names = "--fail-on", paramLabel = "LEVEL", completionCandidates = CliCandidates.FailLevels.class, description = "exit 1 when a verdict is at least block or warn")
    String failOn;

    @Parameters(arity = "0..*", paramLabel = "TEXT", description = "the draft (default: standard input)")
    List<String> words;

    /** Where standard input comes from; tests replace it. */
    InputStream stdin = System.in;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(out);
        } catch (InputProblem e) {
            err.println("replyguard check: " + e.in(OperatorLanguage.of(spec)));
            return USAGE;
        } catch (RuleFileException e) {
            err.println("replyguard check: " + OperatorLanguage.get(OperatorLanguage.of(spec), "operator.rules_invalid",
                    e.getMessage()));
            return USAGE;
        } catch (IllegalArgumentException e) {
            err.println("replyguard check: " + OperatorLanguage.message(e, OperatorLanguage.of(spec)));
            return USAGE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int run(PrintWriter out) {
        StartupTrace.mark("check: arguments parsed");
        boolean json = output != null && output.json;
        boolean jsonl = output != null && output.jsonl;
        Format format = output == null ? null : output.format;
        if (file != null && (jsonl || words != null && !words.isEmpty())) {
            throw new InputProblem(Notice.of("input.file_and_text"));
        }
        Format shape = format != null ? format : json ? Format.json : Format.text;
        Verdict threshold = threshold();
        Language chosen = lang; // null: the draft's own language
        Marketplace site = parseMarketplace(marketplace);
        if (jsonl && words != null && !words.isEmpty()) {
            throw new InputProblem(Notice.of("input.jsonl_and_text"));
        }
        // The data directory's retrained model and the team's approved false alarms apply here as in the bot.
        // (The composition builds the checker alone: no knowledge base or state file is opened for a check.)
        ComplianceChecker checker = common.composition().checker();
        ObjectMapper mapper = shape == Format.text && !jsonl ? null : CheckJson.mapper(); // the text report needs none
        if (jsonl) {
            Verdict worst;
            try {
                worst = new JsonlBatch(mapper, site).run(stdin, out, (text, m) -> {
                String problem = InputText.problem(text);
                if (problem != null) {
                    throw new IllegalArgumentException(problem);
                }
                return CheckJson.result(mapper, null, text, checker.check(text, m), chosen);
                });
            } catch (IOException e) {
                throw new InputProblem(Notice.of("input.stdin_unreadable", e.getMessage()));
            }
            return reached(worst, threshold) ? FAIL : 0;
        }
        String text = words != null && !words.isEmpty() ? String.join(" ", words)
                : InputText.decode(file != null ? readFile() : readStdin());
        InputText.validate(text);
        StartupTrace.mark("check: checker ready");
        CheckResult result = checker.check(text, site);
        StartupTrace.mark("check: checked");
        if (shape == Format.sarif || shape == Format.github) {
            ObjectNode node = CheckJson.result(mapper, null, text, result, chosen);
            String where = file == null ? "stdin" : file.toString().replace(java.io.File.separatorChar, '/');
            if (shape == Format.sarif) {
                out.println(CheckJson.write(CheckJson.mapper(),
                        FindingFormats.sarif(mapper, node, text, where, BuildVersion.version())));
            } else {
                out.print(FindingFormats.github(node, text, where));
            }
        } else if (shape == Format.json) {
            ObjectNode node = CheckJson.result(mapper, null, text, result, chosen);
            out.println(CheckJson.write(mapper, node));
        } else {
            new CheckReport(CheckReport.colourWanted(noColor), new Messages(), chosen).print(text, result, out);
        }
        StartupTrace.mark("check: printed");
        return reached(result.verdict(), threshold) ? FAIL : 0;
    }

    private byte[] readStdin() {
        try {
            return stdin.readNBytes(InputText.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new InputProblem(Notice.of("input.stdin_unreadable", e.getMessage()));
        }
    }

    private byte[] readFile() {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return in.readNBytes(InputText.MAX_BYTES + 1);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputProblem(Notice.of("input.no_file", file));
        } catch (IOException e) {
            throw new InputProblem(Notice.of("input.file_unreadable", file, e.getMessage()));
        }
    }

    private Verdict threshold() {
        if (failOn == null) {
            return null;
        }
        return switch (failOn.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "block" -> Verdict.BLOCK;
            case "warn" -> Verdict.WARN;
            default -> throw new InputProblem(Notice.of("input.fail_on", failOn));
        };
    }

    private static boolean reached(Verdict v, Verdict threshold) {
        return threshold != null && v != null && v.compareTo(threshold) >= 0;
    }

    static Marketplace parseMarketplace(MarketplaceOption option) {
        try {
            return option.get();
        } catch (IllegalArgumentException e) {
            throw new InputProblem(option.problem());
        }
    }

    /**
     * A problem with the user's input, reported as one sentence in the operator's language ({@link #in}); its message
     * is the English one.
     */
    static final class InputProblem extends RuntimeException {
        private final transient Notice notice;

        InputProblem(Notice notice) {
            super(notice.toString());
            this.notice = notice;
        }

        /** The sentence in {@code language}. */
        String in(Language language) {
            return OperatorLanguage.TEXTS.notice(language, notice);
        }
    }

    /** Reads a JSON line's fields; used by the batch. */
    static String field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v.isTextual() ? v.textValue() : v.toString();
    }
}
