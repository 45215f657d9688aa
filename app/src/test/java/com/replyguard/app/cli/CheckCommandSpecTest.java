package com.replyguard.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.app.CommandFactory;
import com.replyguard.app.Composition;
import com.replyguard.app.Main;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code check}'s written-out picocli model ({@link CheckCommandSpec}, what a one-shot {@code replyguard check} uses) is
 * the model picocli reads from {@link CheckCommand}'s annotations: the same options with the same attributes, the
 * same usage help, and every command line below parses to the same command state or fails with the same message.
 */
class CheckCommandSpecTest {
    /** The command line as before: the annotated class added to the top-level command by reflection. */
    private static CommandLine annotated() {
        CommandLine top = new CommandLine(new Main(), new CommandFactory(Composition::new));
        top.addSubcommand(CheckCommand.class);
        return top;
    }

    /** The command line a one-shot check builds now. */
    private static CommandLine written() {
        CommandLine top = Main.commandLine(new String[] {"check", "hi"});
        assertTrue(top.getSubcommands().get("check").getCommandSpec().userObject() instanceof CheckCommand);
        return top;
    }

    private static CommandSpec check(CommandLine top) {
        return top.getSubcommands().get("check").getCommandSpec();
    }

    @Test
    void aOneShotCheckUsesTheWrittenModelAndEveryOtherCommandLineTheAnnotations() {
        assertNotSame(null, check(written()));
        // the written model has no annotated element behind its options; the annotated one does
        assertTrue(check(written()).optionsMap().get("--json").userObject() == null);
        assertTrue(check(annotated()).optionsMap().get("--json").userObject() != null);
        assertTrue(check(Main.commandLine()).optionsMap().get("--json").userObject() != null);
    }

    @Test
    void theCommandAndEveryOptionParameterAndGroupHaveTheSameAttributes() {
        assertSameModel(check(annotated()), check(written()));
    }

    @Test
    void theTopLevelCommandHasTheSameAttributes() {
        CommandSpec want = annotated().getCommandSpec();
        CommandSpec got = written().getCommandSpec();
        assertSameModel(want, got);
        assertEquals(Arrays.asList(want.version()), Arrays.asList(got.version()));
        assertSame(want.versionProvider().getClass(), got.versionProvider().getClass());
        assertSame(want.userObject().getClass(), got.userObject().getClass());
        assertEquals(want.subcommands().keySet(), got.subcommands().keySet());
    }

    private static void assertSameModel(CommandSpec want, CommandSpec got) {
        assertEquals(want.name(), got.name());
        assertEquals(List.of(want.usageMessage().description()), List.of(got.usageMessage().description()));
        assertEquals(Arrays.asList(want.usageMessage().description()), Arrays.asList(got.usageMessage().description()));
        assertEquals(want.mixinStandardHelpOptions(), got.mixinStandardHelpOptions());
        assertEquals(want.mixins().keySet(), got.mixins().keySet());
        assertEquals(want.version().length, got.version().length);
        assertEquals(want.qualifiedName(), got.qualifiedName());
        for (String mixin : want.mixins().keySet()) {
            assertEquals(options(want.mixins().get(mixin)), options(got.mixins().get(mixin)), "mixin " + mixin);
            if (!mixin.equals(CheckCommandSpec.STANDARD_HELP)) { // picocli's own mixin class is not public
                assertSame(want.mixins().get(mixin).userObject().getClass(),
                        got.mixins().get(mixin).userObject().getClass());
            }
        }
        assertEquals(options(want), options(got));
        assertEquals(positionals(want), positionals(got));
        assertEquals(want.argGroups().size(), got.argGroups().size());
        for (int i = 0; i < want.argGroups().size(); i++) {
            assertEquals(group(want.argGroups().get(i)), group(got.argGroups().get(i)));
        }
        assertEquals(want.optionsMap().keySet(), got.optionsMap().keySet());
        assertEquals(want.negatedOptionsMap().keySet(), got.negatedOptionsMap().keySet());
        assertEquals(want.requiredArgs().size(), got.requiredArgs().size());
    }

    private static Map<String, String> options(CommandSpec spec) {
        Map<String, String> out = new TreeMap<>();
        for (OptionSpec o : spec.options()) {
            out.put(o.longestName(), String.join("\n", List.of(
                    "names=" + Arrays.toString(o.names()),
                    "negatable=" + o.negatable(),
                    "usageHelp=" + o.usageHelp(),
                    "versionHelp=" + o.versionHelp(),
                    "help=" + o.help(),
                    "fallback=" + o.fallbackValue(),
                    "order=" + o.order()))
                    + "\n" + arg(o));
        }
        return out;
    }

    private static List<String> positionals(CommandSpec spec) {
        List<String> out = new ArrayList<>();
        for (PositionalParamSpec p : spec.positionalParameters()) {
            out.add("index=" + p.index() + "\n" + arg(p));
        }
        return out;
    }

    /** Every attribute of an option or parameter picocli's help, parser and completion read. */
    private static String arg(ArgSpec a) {
        List<String> converters = new ArrayList<>();
        for (CommandLine.ITypeConverter<?> c : a.converters()) {
            converters.add(c.getClass().getName());
        }
        List<String> candidates = new ArrayList<>();
        if (a.completionCandidates() != null) {
            a.completionCandidates().forEach(candidates::add);
        }
        return String.join("\n", List.of(
                "paramLabel=" + a.paramLabel(),
                "hideParamSyntax=" + a.hideParamSyntax(),
                "description=" + Arrays.toString(a.description()),
                "descriptionKey=" + a.descriptionKey(),
                "arity=" + a.arity() + " unspecified=" + a.arity().isUnspecified(),
                "type=" + a.type().getName(),
                "auxiliaryTypes=" + Arrays.toString(a.auxiliaryTypes()),
                "typeInfo=" + a.typeInfo().getClassName() + " collection=" + a.typeInfo().isCollection()
                        + " map=" + a.typeInfo().isMap() + " array=" + a.typeInfo().isArray()
                        + " multi=" + a.typeInfo().isMultiValue() + " enum=" + a.typeInfo().isEnum()
                        + " boolean=" + a.typeInfo().isBoolean() + " optional=" + a.typeInfo().isOptional()
                        + " aux=" + a.typeInfo().getAuxiliaryTypeInfos().size(),
                "required=" + a.required(),
                "interactive=" + a.interactive(),
                "echo=" + a.echo(),
                "prompt=" + a.prompt(),
                "defaultValue=" + a.defaultValue(),
                "defaultValueString=" + a.defaultValueString(),
                "initialValue=" + a.initialValue(),
                "hasInitialValue=" + a.hasInitialValue(),
                "showDefaultValue=" + a.showDefaultValue(),
                "hidden=" + a.hidden(),
                "inherited=" + a.inherited(),
                "scopeType=" + a.scopeType(),
                "split=" + a.splitRegex() + " / " + a.splitRegexSynopsisLabel(),
                "mapFallback=" + a.mapFallbackValue(),
                "converters=" + converters,
                "candidates=" + candidates,
                "parameterConsumer=" + (a.parameterConsumer() == null ? null : a.parameterConsumer().getClass()),
                "preprocessor=" + a.preprocessor().getClass().getName(),
                "group=" + (a.group() == null ? null : a.group().synopsis()),
                "value=" + a.getValue()));
    }

    private static String group(ArgGroupSpec g) {
        List<String> args = new ArrayList<>();
        for (ArgSpec a : g.args()) {
            args.add(a instanceof OptionSpec o ? o.longestName() : a.paramLabel());
        }
        return String.join("\n", List.of("exclusive=" + g.exclusive(), "multiplicity=" + g.multiplicity(),
                "validate=" + g.validate(), "heading=" + g.heading(), "order=" + g.order(), "args=" + args,
                "synopsis=" + g.synopsis(), "subgroups=" + g.subgroups().size()));
    }

    @Test
    void theUsageHelpIsTheSame() {
        for (CommandLine.Help.Ansi ansi : CommandLine.Help.Ansi.values()) {
            if (ansi == CommandLine.Help.Ansi.AUTO) {
                continue;
            }
            assertEquals(annotated().getSubcommands().get("check").getUsageMessage(ansi),
                    written().getSubcommands().get("check").getUsageMessage(ansi));
            assertEquals(annotated().getUsageMessage(ansi), written().getUsageMessage(ansi));
        }
    }

    /** Command lines (after {@code check}, with top-level options before it where given) to parse both ways. */
    private static final List<String[]> LINES = List.of(
            new String[] {"check", "Thanks for your order"},
            new String[] {"check", "--marketplace", "amazon", "Thanks", "for", "your", "order"},
            new String[] {"check", "-m", "EBAY", "--json", "hello"},
            new String[] {"check", "-m=walmart", "--jsonl"},
            new String[] {"check", "--format", "sarif", "--file", "draft.txt"},
            new String[] {"check", "--format=github", "--no-color", "--fail-on", "warn", "x"},
            new String[] {"check", "--format", "xml", "x"},
            new String[] {"check", "--json", "--jsonl"},
            new String[] {"check", "--json", "--format", "json"},
            new String[] {"check", "--jsonl", "--json", "x"},
            new String[] {"check", "--lang", "bn", "hello"},
            new String[] {"check", "--lang", "xx", "hello"},
            new String[] {"check", "--lang"},
            new String[] {"check", "--file"},
            new String[] {"check", "--bogus", "hello"},
            new String[] {"check", "-x"},
            new String[] {"check", "--data", "/tmp/d", "--rules", "r1", "--rules=r2", "hi"},
            new String[] {"--data", "/tmp/top", "--rules", "top", "check", "--rules", "own", "hi"},
            new String[] {"--data", "/tmp/top", "check", "--data", "/tmp/own", "hi"},
            new String[] {"check", "--", "--json", "-m", "ebay"},
            new String[] {"check", "-h"},
            new String[] {"check", "--help", "ignored"},
            new String[] {"check", "-V"},
            new String[] {"check", "--version"},
            new String[] {"check", "--no-color=false", "x"},
            new String[] {"check", "--json", "--json", "x"},
            new String[] {"check", "-m"},
            new String[] {"check", "--fail-on", "block", "--fail-on", "warn", "x"},
            new String[] {"--config", "/tmp/c.yaml", "check", "hi"},
            new String[] {"--config", "check", "hi"},
            new String[] {"--data", "check", "check", "hi"},
            new String[] {"-h", "check"},
            new String[] {"--version", "check", "x"},
            new String[] {"--bogus", "check", "x"},
            new String[] {"check", "--config", "x", "hi"},
            new String[] {"check"});

    @Test
    void everyCommandLineParsesToTheSameCommandOrFailsTheSameWay() {
        for (String[] line : LINES) {
            assertEquals(parse(annotated(), line), parse(written(), line), String.join(" ", line));
        }
    }

    private static String parse(CommandLine top, String[] args) {
        try {
            CommandLine.ParseResult r = top.parseArgs(args);
            CommandLine sub = top.getSubcommands().get("check");
            CheckCommand c = (CheckCommand) sub.getCommand();
            if (!r.hasSubcommand()) {
                return "top only: help=" + top.isUsageHelpRequested() + "/" + top.isVersionHelpRequested()
                        + " " + r.matchedArgs().size() + " " + r.unmatched();
            }
            return String.join("\n", List.of(
                    "sub=" + r.hasSubcommand(),
                    "top=" + top.isUsageHelpRequested() + "/" + top.isVersionHelpRequested() + " config="
                            + top.getCommandSpec().findOption("--config").getValue() + " "
                            + r.matchedArgs().size() + " " + r.unmatched(),
                    "help=" + sub.isUsageHelpRequested() + "/" + sub.isVersionHelpRequested(),
                    "output=" + (c.output == null ? "null"
                            : c.output.json + "/" + c.output.jsonl + "/" + c.output.format),
                    "noColor=" + c.noColor, "file=" + c.file, "lang=" + c.lang, "failOn=" + c.failOn,
                    "words=" + c.words, "marketplace=" + c.marketplace.name,
                    "data=" + c.common.dataDir(), "rules=" + c.common.ruleDirs(),
                    "spec=" + (c.spec == sub.getCommandSpec()),
                    "matched=" + r.subcommand().matchedArgs().size()
                            + " " + r.subcommand().originalArgs()
                            + " " + r.subcommand().unmatched()));
        } catch (CommandLine.ParameterException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @Test
    void helpVersionAndUsageErrorsPrintTheSameThroughTheWholeCommandLine() {
        List<String[]> lines = List.of(new String[] {"check", "--help"}, new String[] {"check", "-V"},
                new String[] {"check", "--json", "--jsonl", "x"}, new String[] {"check", "--format", "xml", "x"},
                new String[] {"check", "--lang", "xx", "x"}, new String[] {"check", "--bogus"},
                new String[] {"check", "--lang", "bn", "--bogus"}, new String[] {"check", "-m"},
                new String[] {"check", "--file", "a", "some", "text"},
                new String[] {"check", "--fail-on", "never", "x"}, new String[] {"check", "-m", "nowhere", "x"},
                new String[] {"-h", "check"}, new String[] {"--version", "check"}, new String[] {"--bogus", "check"},
                new String[] {"--lang", "bn", "check", "x"}, new String[] {"check", "--lang", "ms", "--json", "--jsonl"});
        for (String[] line : lines) {
            assertEquals(runBothWays(line, true), runBothWays(line, false), String.join(" ", line));
        }
    }

    private static CliRun runBothWays(String[] args, boolean annotatedModel) {
        String old = System.getProperty("replyguard.checkSpec");
        try {
            if (annotatedModel) {
                System.setProperty("replyguard.checkSpec", "false");
            } else {
                System.clearProperty("replyguard.checkSpec");
            }
            return CliRun.of(args);
        } finally {
            if (old == null) {
                System.clearProperty("replyguard.checkSpec");
            } else {
                System.setProperty("replyguard.checkSpec", old);
            }
        }
    }
}
