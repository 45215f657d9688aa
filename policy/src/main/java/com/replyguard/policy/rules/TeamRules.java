package com.replyguard.policy.rules;

import com.replyguard.policy.CheckResult;
import com.replyguard.policy.Finding;
import com.replyguard.policy.analysis.TextAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Rule tooling for teams ({@code replyguard rules lint|test}): checks a rule folder's files one by one, reporting
 * every problem with file:line instead of stopping at the first, and runs every example of every rule with the
 * assertions of the project's own {@code RuleExamplesTest}: a bad example gives the rule's finding at the marked
 * offsets and applying the rule's fixes removes it (and gives the expected text when one is given); a good example
 * gives no finding of the rule. A folder's rule with a built-in rule's id stands in for the built-in one, so an edit
 * of a shipped pack can be tested before it is shipped.
 */
public final class TeamRules {
    private TeamRules() {
    }

    /** One problem, located: {@code file:line: rule: message}. */
    public record Problem(String file, int line, String rule, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + rule + ": " + message;
        }
    }

    /** What a run looked at and what it found. */
    public record Outcome(int rules, int examples, List<Problem> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }

        public boolean passed() {
            return problems.isEmpty();
        }
    }

    /** Structure only: every file parses into a rule (with its examples), ids are unique; no example is run. */
    public static Outcome lint(TextAnalysis analysis, Path dir) {
        Loaded loaded = load(analysis, dir);
        int examples = loaded.rules.stream().mapToInt(r -> r.bad().size() + r.good().size()).sum();
        return new Outcome(loaded.rules.size(), examples, loaded.problems);
    }

    /** Lints the folder, then runs every example of its rules against the built-in packs plus the folder. */
    public static Outcome test(TextAnalysis analysis, Path dir) {
        Loaded loaded = load(analysis, dir);
        if (!loaded.problems.isEmpty()) {
            return new Outcome(loaded.rules.size(), 0, loaded.problems);
        }
        Map<String, Rule> all = new LinkedHashMap<>();
        for (Rule r : RulePacks.loadChecker(analysis, List.of()).rules()) {
            all.put(r.id(), r);
        }
        for (Rule r : loaded.rules) {
            all.put(r.id(), r);
        }
        RuleChecker checker = new RuleChecker(analysis, new ArrayList<>(all.values()), RulePacks.builtInModel());
        return run(checker, loaded.rules);
    }

    /** Runs every example of the shipped packs, as the product loads them. */
    public static Outcome testBuiltIn(TextAnalysis analysis) {
        RuleChecker checker = RulePacks.loadChecker(analysis, List.of());
        return run(checker, checker.rules());
    }

    private static Outcome run(RuleChecker checker, List<Rule> rules) {
        List<Problem> problems = new ArrayList<>();
        int examples = 0;
        for (Rule rule : rules) {
            for (Example e : rule.bad()) {
                examples++;
                String p = problem(checker, rule, e);
                if (p != null) {
                    problems.add(new Problem(rule.file(), e.line(), rule.id(), p));
                }
            }
            for (Example e : rule.good()) {
                examples++;
                String p = problem(checker, rule, e);
                if (p != null) {
                    problems.add(new Problem(rule.file(), e.line(), rule.id(), p));
                }
            }
        }
        return new Outcome(rules.size(), examples, problems);
    }

    /** Why one example does not behave as marked, or null when it does. */
    static String problem(RuleChecker checker, Rule rule, Example example) {
        Predicate<Finding> fromRule = rule.kind() instanceof RuleKind.Exception ex
                ? f -> ex.covers(f.rule(), f.category())
                : f -> f.rule().equals(rule.id());
        CheckResult result = checker.check(example.text(), example.marketplace());
        List<Finding> mine = result.findings().stream().filter(fromRule).toList();
        if (!example.bad()) {
            return mine.isEmpty() ? null : "good example flagged: " + describe(example.text(), mine);
        }
        if (mine.stream().noneMatch(f -> f.start() == example.start() && f.end() == example.end())) {
            return "expected a finding at [" + example.start() + "," + example.end() + ") \""
                    + example.text().substring(example.start(), example.end()) + "\" but got "
                    + (mine.isEmpty() ? "none" : describe(example.text(), mine));
        }
        if (mine.stream().allMatch(f -> f.fix() != null)) {
            String fixed = Fixes.apply(example.text(), mine);
            List<Finding> again = checker.check(fixed, example.marketplace()).findings().stream().filter(fromRule).toList();
            if (!again.isEmpty()) {
                return "the fix did not remove the finding: \"" + fixed + "\" still gives " + describe(fixed, again);
            }
            if (example.fixed() != null && !example.fixed().equals(fixed)) {
                return "the fixed text is \"" + fixed + "\", the example expects \"" + example.fixed() + "\"";
            }
        }
        return null;
    }

    private static String describe(String text, List<Finding> findings) {
        StringBuilder b = new StringBuilder();
        for (Finding f : findings) {
            b.append(b.isEmpty() ? "" : ", ").append('[').append(f.start()).append(',').append(f.end()).append(") \"")
                    .append(text, Math.max(0, f.start()), Math.min(text.length(), f.end())).append('"');
        }
        return b.toString();
    }

    private record Loaded(List<Rule> rules, List<Problem> problems) {
    }

    /** Loads each file on its own (ids as {@link RulePacks} gives them: the folder's name, then the path). */
    private static Loaded load(TextAnalysis analysis, Path dir) {
        RuleFolderNotFoundException.require(dir);
        Path abs = dir.toAbsolutePath().normalize();
        Path base = abs.getParent() == null ? abs : abs.getParent();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(abs)) {
            files = walk.filter(p -> Files.isRegularFile(p) && (p.toString().endsWith(".yaml")
                    || p.toString().endsWith(".yml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list rule folder " + dir, e);
        }
        RuleLoader loader = new RuleLoader(analysis);
        List<Rule> rules = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Path file : files) {
            String rel = base.relativize(file).toString().replace('\\', '/');
            String id = rel.substring(0, rel.lastIndexOf('.')).replace('/', '.');
            String shown = file.toString();
            try {
                String yaml = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
                Rule rule = loader.load(shown, id, yaml, false);
                String other = seen.putIfAbsent(id, shown);
                if (other != null) {
                    problems.add(new Problem(shown, 1, id, "the id is already used by " + other));
                } else {
                    rules.add(rule);
                }
            } catch (RuleFileException e) {
                problems.add(new Problem(e.file(), e.line(), e.ruleId(), e.problem()));
            } catch (CharacterCodingException e) {
                problems.add(new Problem(shown, 1, id, "is not valid UTF-8 text"));
            } catch (IOException e) {
                problems.add(new Problem(shown, 1, id, "cannot be read: " + e.getMessage()));
            }
        }
        if (files.isEmpty()) {
            problems.add(new Problem(dir.toString(), 0, "-", "the folder has no .yaml rule files"));
        }
        return new Loaded(rules, problems);
    }
}
