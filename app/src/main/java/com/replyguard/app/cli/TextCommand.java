package com.replyguard.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.replyguard.app.Composition;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What {@code draft} and {@code ask} share: text from the arguments or standard input, {@code --marketplace},
 * and the three output modes (human text, {@code --json}, {@code --jsonl} batch). Exit 0 on success, 2 on usage
 * errors (unknown marketplace, both output modes).
 */
abstract class TextCommand<R> implements Callable<Integer> {
    /** What the command makes of a text: drafts, or answers. */
    @FunctionalInterface
    interface Answer<R> {
        R of(Composition services, String text, Marketplace m);
    }

    /** How a result is printed as text, in a language (null: the message's own). */
    @FunctionalInterface
    interface TextForm<R> {
        void print(DraftOutput output, R result, PrintWriter out, Language lang);
    }

    private final Answer<R> answer;
    private final BiFunction<DraftOutput, R, ObjectNode> jsonForm;
    private final TextForm<R> textForm;

    TextCommand(Answer<R> answer, BiFunction<DraftOutput, R, ObjectNode> jsonForm, TextForm<R> textForm) {
        this.answer = answer;
        this.jsonForm = jsonForm;
        this.textForm = textForm;
    }

    @Mixin
    CommonOptions common;

    /** One output mode at most: picocli refuses {@code --json} with {@code --jsonl}. */
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    OutputModes output = new OutputModes();

    @Mixin
    MarketplaceOption marketplace = new MarketplaceOption(Marketplace.AMAZON);

    @Option(names = "--lang", paramLabel = "L", defaultValue = "${env:REPLYGUARD_LANG}",
            converter = CliCandidates.LanguageConverter.class, completionCandidates = CliCandidates.Languages.class,
            description = "language of the labels and notes in the text output: ${COMPLETION-CANDIDATES} (default:"
                    + " $REPLYGUARD_LANG, else the message's language; the JSON keeps its codes)")
    Language lang;

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = "the text (default: standard input)")
    List<String> words = new ArrayList<>();

    @Spec
    CommandSpec spec;

    /** Where the text comes from when no argument is given; tests replace it. */
    InputStream stdin = System.in;

    private ObjectNode toJson(Composition services, String text, Marketplace m, DraftOutput output) {
        return jsonForm.apply(output, answer.of(services, text, m));
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Marketplace m;
        try {
            m = marketplace.get();
        } catch (IllegalArgumentException e) {
            err.println("replyguard " + spec.name() + ": " + OperatorLanguage.TEXTS.notice(OperatorLanguage.of(spec),
                    marketplace.problem()));
            return 2;
        }
        boolean json = output != null && output.json;
        boolean jsonl = output != null && output.jsonl;
        if (jsonl && !words.isEmpty()) {
            err.println("replyguard " + spec.name() + ": " + OperatorLanguage.get(OperatorLanguage.of(spec),
                    "input.jsonl_args"));
            return 2;
        }
        // Made here, not as a field: picocli instantiates every subcommand to parse any command line, and a mapper
        // per instance was most of the start-up of `replyguard check` and `--version`.
        ObjectMapper mapper = new ObjectMapper();
        DraftOutput output = new DraftOutput(mapper);
        BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        try (Composition services = common.composition()) {
            if (jsonl) {
                new JsonlBatch(mapper, m).run(stdin, out, (text, mp) -> toJson(services, text, mp, output));
                return 0;
            }
            String text = words.isEmpty() ? readAll(in) : String.join(" ", words);
            if (json) {
                out.println(mapper.writeValueAsString(toJson(services, text, m, output)));
                out.flush();
            } else {
                textForm.print(output, answer.of(services, text, m), out, lang);
            }
        }
        return 0;
    }

    private static String readAll(BufferedReader in) throws IOException {
        StringBuilder b = new StringBuilder();
        char[] buf = new char[8192];
        int n;
        while ((n = in.read(buf)) > 0 && b.length() < 1_000_000) {
            b.append(buf, 0, n);
        }
        return b.toString();
    }
}
