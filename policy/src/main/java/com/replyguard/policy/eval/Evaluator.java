package com.replyguard.policy.eval;

import com.replyguard.policy.Category;
import com.replyguard.policy.CheckResult;
import com.replyguard.policy.Severity;
import com.replyguard.policy.Verdict;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.learn.Corpus;
import com.replyguard.policy.learn.LabelledCase;
import com.replyguard.policy.rules.RuleChecker;
import com.replyguard.policy.rules.RulePacks;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The checker's evaluation harness (Presidio's evaluator in spirit): runs the whole checker (rules and the learned
 * model) over labelled cases and prints detection recall, category recall, the false block rate, warn recall and
 * the share of clean cases sent with a warning (per category: a warning of that category), overall, per language,
 * per language and register, and per category; with {@code --rules-only} the same for the rules alone.
 * {@code scripts/eval} runs it on the corpus' held-out part and on every probe.
 *
 * <p>usage: {@code Evaluator [--split heldout|train|probe|any] [--rules-only] [--model FILE] [--list] FILE_OR_DIR...}
 */
public final class Evaluator {
    private final RuleChecker checker;
    private final PrintStream out;

    Evaluator(RuleChecker checker, PrintStream out) {
        this.checker = checker;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        String split = "any";
        boolean rulesOnly = false;
        boolean list = false;
        Path modelFile = null;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--split" -> split = args[++i];
                case "--rules-only" -> rulesOnly = true;
                case "--list" -> list = true;
                case "--model" -> modelFile = Path.of(args[++i]);
                default -> inputs.add(Path.of(args[i]));
            }
        }
        if (inputs.isEmpty()) {
            System.err.println("usage: eval [--split heldout|train|probe|any] [--rules-only] [--list] FILE_OR_DIR...");
            System.exit(2);
        }
        TextAnalysis analysis = new TextAnalysis();
        RuleChecker checker = RulePacks.loadChecker(analysis, List.of());
        if (modelFile != null) {
            try (var in = Files.newInputStream(modelFile)) {
                checker = checker.withModel(com.replyguard.policy.learn.LinearModel.read(in));
            }
        }
        if (rulesOnly) {
            checker = checker.withoutModel();
        }
        List<LabelledCase> cases = new ArrayList<>();
        for (Path p : inputs) {
            List<LabelledCase> read = Files.isDirectory(p) ? Corpus.readDir(p) : Corpus.read(p);
            for (LabelledCase c : read) {
                if (split.equals("any") || c.split().equals(split)) {
                    cases.add(c);
                }
            }
        }
        new Evaluator(checker, System.out).report(String.join(" ", args), cases, list);
    }

    void report(String title, List<LabelledCase> cases, boolean list) {
        Scores all = new Scores();
        Map<String, Scores> byLanguage = new TreeMap<>();
        Map<String, Scores> byRegister = new TreeMap<>();
        Map<Category, Scores> byCategory = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        List<String> falseBlocks = new ArrayList<>();
        List<String> wrongCategory = new ArrayList<>();
        List<String> missedWarnings = new ArrayList<>();
        List<String> falseWarnings = new ArrayList<>();
        for (LabelledCase c : cases) {
            CheckResult r = checker.check(c.text(), c.marketplace());
            all.add(c, r);
            byLanguage.computeIfAbsent(c.lang(), k -> new Scores()).add(c, r);
            byRegister.computeIfAbsent(c.lang() + "/" + c.register(), k -> new Scores()).add(c, r);
            for (Category cat : Category.values()) {
                if (c.block().contains(cat) || c.warn().contains(cat) || c.clean()) {
                    byCategory.computeIfAbsent(cat, k -> new Scores()).addCategory(c, r, cat);
                }
            }
            if (!c.block().isEmpty() && r.verdict() != Verdict.BLOCK) {
                // in the categories' own order: Set.copyOf iterates in a different order in every JVM run
                misses.add(c.id() + " " + new java.util.TreeSet<>(c.block()) + " " + c.text());
            } else if (!c.block().isEmpty()) {
                List<Category> missing = c.block().stream().filter(cat -> !Scores.has(r, cat, true)).sorted().toList();
                if (!missing.isEmpty()) {
                    wrongCategory.add(c.id() + " " + missing + " found " + r.findings().stream()
                            .filter(f -> f.severity() == Severity.BLOCK).map(f -> f.category()).distinct().toList()
                            + " " + c.text());
                }
            } else if (c.clean() && r.verdict() == Verdict.BLOCK) {
                falseBlocks.add(c.id() + " " + r.findings().stream().map(f -> f.rule()).distinct().toList() + " "
                        + c.text());
            } else if (c.clean() && Scores.warned(r, null)) {
                falseWarnings.add(c.id() + " " + r.findings().stream().map(f -> f.rule()).distinct().toList() + " "
                        + c.text());
            }
            List<Category> unwarned = c.warn().stream().filter(cat -> !Scores.has(r, cat, false)).sorted().toList();
            if (!unwarned.isEmpty()) {
                missedWarnings.add(c.id() + " " + unwarned + " " + c.text());
            }
        }
        out.println("eval " + title + " (" + cases.size() + " cases" + (checker.model() == null ? ", rules only" : "")
                + ")");
        out.println(Scores.header());
        out.println(all.row("all"));
        byLanguage.forEach((k, v) -> out.println(v.row("lang " + k)));
        byRegister.forEach((k, v) -> out.println(v.row("register " + k)));
        byCategory.forEach((k, v) -> {
            if (v.violating + v.warnPairs > 0) {
                out.println(v.row(k.name()));
            }
        });
        if (list) {
            out.println("missed violations (" + misses.size() + "):");
            misses.forEach(m -> out.println("  " + m));
            out.println("blocked without an expected category (" + wrongCategory.size() + "):");
            wrongCategory.forEach(m -> out.println("  " + m));
            out.println("false blocks (" + falseBlocks.size() + "):");
            falseBlocks.forEach(m -> out.println("  " + m));
            out.println("missed warnings (" + missedWarnings.size() + "):");
            missedWarnings.forEach(m -> out.println("  " + m));
            out.println("clean text warned of (" + falseWarnings.size() + "):");
            falseWarnings.forEach(m -> out.println("  " + m));
        }
    }
}
