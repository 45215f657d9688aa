package com.replyguard.app.cli;

import com.replyguard.app.Composition;
import com.replyguard.policy.analysis.Language;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code check}'s picocli model written out, for a one-shot check: picocli builds a command's model from its
 * annotations by reflection (its fields, their annotations as run-time proxies, the mixins' too), which was about
 * 15-20 ms of CPU on the main thread at every start while the checker loads beside it. This builds the same model
 * with plain calls, bound to the same {@link CheckCommand} fields. The annotations on {@link CheckCommand} and its
 * mixins stay the source of truth: the whole command tree ({@code --help}, completion, man pages) is still built from
 * them, and {@code CheckCommandSpecTest} holds this copy to them (every option's names, labels, descriptions, types,
 * defaults, candidates, the group, the usage help, and what a set of command lines parses to or fails with).
 *
 * <p>Usage: {@code new CommandLine(CheckCommandSpec.create(opener))} in place of {@code CheckCommand.class}.
 */
public final class CheckCommandSpec {
    /** The key picocli gives the mixin of {@code mixinStandardHelpOptions = true}. */
    static final String STANDARD_HELP = "mixinStandardHelpOptions";

    private CheckCommandSpec() {
    }

    /** {@code check}'s model over a new {@link CheckCommand} whose parts come from {@code opener}. */
    public static CommandSpec create(Composition.Opener opener) {
        CheckCommand cmd = new CheckCommand();
        cmd.common = new CommonOptions(opener);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(cmd);
        spec.name("check");
        spec.usageMessage().description("Check a reply draft against the marketplace's messaging rules.");
        spec.addMixin(STANDARD_HELP, standardHelp());
        spec.addMixin("common", common(cmd.common));
        spec.addMixin("marketplace", marketplace(cmd.marketplace));
        cmd.common.mixee = spec;

        CheckCommand.Output output = cmd.output;
        spec.addArgGroup(ArgGroupSpec.builder().exclusive(true).multiplicity("0..1")
                .addArg(OptionSpec.builder("--json").type(boolean.class).paramLabel("<json>").prompt("").descriptionKey("").initialValue(false)
                        .description("print one JSON object")
                        .setter(bind(() -> output.json, v -> output.json = (Boolean) v)).getter(get(() -> output.json)).build())
                .addArg(OptionSpec.builder("--jsonl").type(boolean.class).paramLabel("<jsonl>").prompt("").descriptionKey("").initialValue(false)
                        .description("batch: one JSON object per input line ({\"id\", \"marketplace\", \"text\"}) and"
                                + " per output line")
                        .setter(bind(() -> output.jsonl, v -> output.jsonl = (Boolean) v)).getter(get(() -> output.jsonl)).build())
                .addArg(OptionSpec.builder("--format").type(CheckCommand.Format.class).prompt("").descriptionKey("").paramLabel("F")
                        .description("output: ${COMPLETION-CANDIDATES} (default: text; sarif and github are for"
                                + " pipelines that gate merges)")
                        .setter(bind(() -> output.format, v -> output.format = (CheckCommand.Format) v)).getter(get(() -> output.format))
                        .build())
                .build());
        spec.addOption(OptionSpec.builder("--no-color").type(boolean.class).paramLabel("<noColor>").prompt("").descriptionKey("").initialValue(false)
                .description("no colour in the text report (also: NO_COLOR set, or not a terminal)")
                .setter(bind(() -> cmd.noColor, v -> cmd.noColor = (Boolean) v)).getter(get(() -> cmd.noColor)).build());
        spec.addOption(OptionSpec.builder("--file").type(Path.class).prompt("").descriptionKey("").paramLabel("FILE")
                .description("check this file (named in sarif/github output)")
                .setter(bind(() -> cmd.file, v -> cmd.file = (Path) v)).getter(get(() -> cmd.file)).build());
        spec.addOption(OptionSpec.builder("--lang").type(Language.class).prompt("").descriptionKey("").paramLabel("L")
                .defaultValue("${env:REPLYGUARD_LANG}").converters(new CliCandidates.LanguageConverter())
                .completionCandidates(new CliCandidates.Languages())
                .description("language of the reasons and fixes: ${COMPLETION-CANDIDATES} (default: $REPLYGUARD_LANG,"
                        + " else the draft's language)")
                .setter(bind(() -> cmd.lang, v -> cmd.lang = (Language) v)).getter(get(() -> cmd.lang)).build());
        spec.addOption(OptionSpec.builder("--fail-on").type(String.class).prompt("").descriptionKey("").paramLabel("LEVEL")
                .completionCandidates(new CliCandidates.FailLevels())
                .description("exit 1 when a verdict is at least block or warn")
                .setter(bind(() -> cmd.failOn, v -> cmd.failOn = (String) v)).getter(get(() -> cmd.failOn)).build());
        spec.addPositional(PositionalParamSpec.builder().type(List.class).prompt("").descriptionKey("").auxiliaryTypes(String.class)
                .arity("0..*").paramLabel("TEXT").description("the draft (default: standard input)")
                .setter(bind(() -> cmd.words, v -> cmd.words = castList(v))).getter(get(() -> cmd.words)).build());
        cmd.spec = spec;
        return spec;
    }

    /**
     * The top-level command's model for a one-shot check, as {@code Main}'s annotations give it: its name,
     * description, {@code -h}/{@code -V} with the build's version, and the {@code common} ({@code --data},
     * {@code --rules}) and {@code config} ({@code --config}) mixins over the objects given.
     */
    public static CommandSpec topLevel(Object main, CommonOptions common, ConfigOption config) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(main);
        spec.name("replyguard");
        spec.usageMessage().description("Safe, compliance-checked replies for marketplace support teams.");
        spec.versionProvider(new BuildVersion());
        spec.addMixin(STANDARD_HELP, standardHelp());
        spec.addMixin("common", common(common));
        spec.addMixin("config", config(config));
        common.mixee = spec;
        return spec;
    }

    /** {@code -h/--help} and {@code -V/--version}, as {@code mixinStandardHelpOptions = true} adds them. */
    static CommandSpec standardHelp() {
        boolean[] seen = new boolean[2]; // the mixin's own fields: nothing reads them
        CommandSpec mixin = CommandSpec.create();
        mixin.addOption(OptionSpec.builder("-h", "--help").type(boolean.class).prompt("").initialValue(false)
                .usageHelp(true).paramLabel("<helpRequested>").descriptionKey("mixinStandardHelpOptions.help")
                .description("Show this help message and exit.")
                .setter(bind(() -> seen[0], v -> seen[0] = (Boolean) v)).getter(get(() -> seen[0])).build());
        mixin.addOption(OptionSpec.builder("-V", "--version").type(boolean.class).prompt("").initialValue(false)
                .versionHelp(true).paramLabel("<versionRequested>").descriptionKey("mixinStandardHelpOptions.version")
                .description("Print version information and exit.")
                .setter(bind(() -> seen[1], v -> seen[1] = (Boolean) v)).getter(get(() -> seen[1])).build());
        return mixin;
    }

    /** {@link CommonOptions}' {@code --data} and {@code --rules}. */
    static CommandSpec common(CommonOptions o) {
        CommandSpec mixin = CommandSpec.wrapWithoutInspection(o);
        mixin.addOption(OptionSpec.builder("--data").type(Path.class).prompt("").descriptionKey("").paramLabel("DIR")
                .description("data directory (default: $REPLYGUARD_DATA or ~/.replyguard)")
                .setter(bind(() -> o.data, v -> o.data = (Path) v)).getter(get(() -> o.data)).build());
        mixin.addOption(OptionSpec.builder("--rules").type(List.class).prompt("").descriptionKey("").auxiliaryTypes(Path.class)
                .paramLabel("DIR").initialValue(o.rules).description("an extra rule folder (repeatable)")
                .setter(bind(() -> o.rules, v -> o.rules = castList(v))).getter(get(() -> o.rules)).build());
        return mixin;
    }

    /** {@link ConfigOption}'s {@code --config}. */
    static CommandSpec config(ConfigOption o) {
        CommandSpec mixin = CommandSpec.wrapWithoutInspection(o);
        mixin.addOption(OptionSpec.builder("--config").type(Path.class).prompt("").descriptionKey("")
                .paramLabel("FILE").defaultValue("${env:REPLYGUARD_CONFIG}")
                .description("configuration file (default: $REPLYGUARD_CONFIG, else <data>/config.yaml)")
                .setter(bind(() -> o.file, v -> o.file = (Path) v)).getter(get(() -> o.file)).build());
        return mixin;
    }

    /** {@link MarketplaceOption}'s {@code -m/--marketplace}. */
    static CommandSpec marketplace(MarketplaceOption o) {
        CommandSpec mixin = CommandSpec.wrapWithoutInspection(o);
        mixin.addOption(OptionSpec.builder("-m", "--marketplace").type(String.class).prompt("").descriptionKey("").paramLabel("M")
                .initialValue(o.name).completionCandidates(new CliCandidates.MarketplacesAndAll())
                .description("${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; $REPLYGUARD_MARKETPLACE sets it)")
                .setter(bind(() -> o.name, v -> o.name = (String) v)).getter(get(() -> o.name)).build());
        return mixin;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> castList(Object v) {
        return (List<T>) v;
    }

    /** A setter over a field assignment; like picocli's own field binding it returns the value it replaced. */
    private static picocli.CommandLine.Model.ISetter bind(java.util.function.Supplier<Object> read,
                                                         java.util.function.Consumer<Object> set) {
        return new picocli.CommandLine.Model.ISetter() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T set(T value) {
                T previous = (T) read.get();
                set.accept(value);
                return previous;
            }
        };
    }

    /** A getter over a field read. */
    private static picocli.CommandLine.Model.IGetter get(java.util.function.Supplier<Object> read) {
        return new picocli.CommandLine.Model.IGetter() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T get() {
                return (T) read.get();
            }
        };
    }
}
