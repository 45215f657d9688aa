package com.replyguard.app.cli.rules;

import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.rules.TeamRules;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code replyguard rules lint DIR} and {@code rules test DIR|--built-in}: a team checks its own rule folder the
 * way the project checks its packs. Each problem is printed as {@code file:line: rule: message}. Exit 0 when
 * everything passes, 1 when a rule or example fails, 2 for usage errors (no such folder).
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Check a team's rule folder: its structure (lint) or every example of every rule (test).",
        subcommands = {RulesCommand.Lint.class, RulesCommand.Test.class})
public final class RulesCommand {
    static final int FAILED = 1;
    static final int USAGE = 2;

    /** DIR, or the shipped packs: one or the other. */
    static final class Target {
        @Parameters(paramLabel = "DIR", description = "a rule folder (as given to --rules)")
        Path dir;

        @Option(names = "--built-in", description = "the rule packs shipped with ReplyGuard")
        boolean builtIn;
    }

    @Command(name = "lint", mixinStandardHelpOptions = true,
            description = "Check that every rule file in DIR loads (fields, patterns, examples, unique ids) without running it.")
    static final class Lint implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "a rule folder (as given to --rules)")
        Path dir;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return report(spec, () -> TeamRules.lint(new TextAnalysis(), dir), "lint");
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Run every example of every rule in DIR (or the shipped packs) and print file:line for each failure.")
    static final class Test implements Callable<Integer> {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Target target;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return report(spec, () -> target.builtIn ? TeamRules.testBuiltIn(new TextAnalysis())
                    : TeamRules.test(new TextAnalysis(), target.dir), "test");
        }
    }

    private static int report(CommandSpec spec, java.util.function.Supplier<TeamRules.Outcome> work, String what) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TeamRules.Outcome o;
        try {
            o = work.get();
        } catch (IllegalArgumentException e) {
            err.println("replyguard rules " + what + ": " + e.getMessage());
            err.flush();
            return USAGE;
        }
        for (TeamRules.Problem p : o.problems()) {
            out.println(p);
        }
        out.println(o.rules() + " rules, " + o.examples() + " examples: "
                + (o.passed() ? "all pass" : o.problems().size() + " problem" + (o.problems().size() == 1 ? "" : "s")));
        out.flush();
        return o.passed() ? 0 : FAILED;
    }
}
