package com.replyguard.app;

import com.replyguard.app.cli.AskCommand;
import com.replyguard.app.cli.BackupCommand;
import com.replyguard.app.cli.BotCommand;
import com.replyguard.app.cli.ChatCommand;
import com.replyguard.app.cli.CheckCommand;
import com.replyguard.app.cli.CommonOptions;
import com.replyguard.app.cli.DraftCommand;
import com.replyguard.app.cli.KbCommand;
import com.replyguard.app.cli.ReportCommand;
import com.replyguard.app.cli.RestoreCommand;
import com.replyguard.bot.config.ConfigException;
import com.replyguard.bot.logging.Redaction;
import com.replyguard.policy.StartupTrace;
import com.replyguard.policy.analysis.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The composition root: parses the command line and runs one subcommand; no arguments opens the terminal chat. */
@Command(name = "replyguard", mixinStandardHelpOptions = true, versionProvider = com.replyguard.app.cli.BuildVersion.class,
        description = "Safe, compliance-checked replies for marketplace support teams.")
public final class Main implements Runnable {
    /**
     * The subcommands, in the order {@code --help} lists them. They are added by {@link #commandLine}, not named in
     * the annotation: picocli reads every command class it is given (and instantiates it) before parsing, and a
     * one-shot {@code check} only needs its own.
     */
    static final java.util.List<Class<?>> SUBCOMMANDS = java.util.List.of(CheckCommand.class, DraftCommand.class,
            AskCommand.class, KbCommand.class, BotCommand.class, ChatCommand.class, BackupCommand.class,
            RestoreCommand.class, ReportCommand.class, com.replyguard.app.cli.serve.ServeCommand.class,
            com.replyguard.app.cli.rules.RulesCommand.class, com.replyguard.app.cli.doctor.DoctorCommand.class);

    /**
     * The subcommands' names, in the order of {@link #SUBCOMMANDS} (each its {@code @Command} name; MainTest holds the
     * two lists together): finding the one {@code args} name reads no annotation, which costs a one-shot command
     * milliseconds of reflection per class before its checker can start loading.
     */
    static final java.util.List<String> SUBCOMMAND_NAMES = java.util.List.of("check", "draft", "ask", "kb", "bot",
            "chat", "backup", "restore", "report", "serve", "rules", "doctor");

    /** Top-level options that take a value, so the value is not mistaken for a subcommand's name. */
    private static final java.util.Set<String> VALUE_OPTIONS = java.util.Set.of("--data", "--rules", "--config");

    @picocli.CommandLine.Mixin
    CommonOptions common; // built by the CommandFactory, like every command's

    @picocli.CommandLine.Mixin
    com.replyguard.app.cli.ConfigOption config;

    /**
     * No subcommand: the terminal chat, unless a bot token is set AND the config says {@code no_args: bot}; then
     * the Telegram bot. A token alone never starts the bot, so a developer with a token exported still gets the
     * terminal.
     */
    @Override
    public void run() {
        try {
            exit = ChatCommand.runWithoutArguments(common, config.file());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private int exit;

    /**
     * Lucene reports on standard error, through java.util.logging, that the JDK's incubating vector module is not
     * enabled; that is a performance hint for operators, not something an agent at the terminal should read.
     * The reference is kept so the logger (and its level) is not garbage-collected.
     */
    private static volatile java.util.logging.Logger luceneVectorHint;

    public static void main(String[] args) {
        StartupTrace.mark("main");
        Redaction.redirectStandardError(); // before anything can print; java.util.logging's part in run
        int status = run(args);
        StartupTrace.mark("exit");
        StartupTrace.threadTimes();
        System.exit(status);
    }

    /**
     * What {@link #main} does before the command (the AOT cache's training run too, so the classes it loads, the
     * redaction's and java.util.logging's, come from the cache): every line on standard error gets secrets masked.
     */
    static void prepareProcess() {
        Redaction.install(); // before anything can log
        java.util.logging.Logger hint = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");
        hint.setLevel(java.util.logging.Level.SEVERE);
        luceneVectorHint = hint;
    }

    /** What {@link #main} runs: {@link #execute}, a one-shot check's rules and model loading meanwhile. */
    static int run(String... args) {
        // A one-shot check's rules and model load on a second thread while picocli reads the command line; the
        // logging set-up (tens of milliseconds of java.util.logging) runs meanwhile, not before it.
        CheckerPrefetch.start(args, subcommandName(args));
        StartupTrace.mark("prefetch started");
        prepareProcess();
        StartupTrace.mark("logging ready");
        return execute(args);
    }

    /** Runs the command line and returns the exit status (0 ok, 2 usage error, 1 failure). */
    public static int execute(String... args) {
        return execute(Composition::new, args);
    }

    /**
     * Runs the command line over the parts {@code opener} builds (tests pass their own) and returns the exit status.
     */
    public static int execute(Composition.Opener opener, String... args) {
        CommandLine cl = commandLine(args, opener);
        StartupTrace.mark("command line built");
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? 2 : 1);
        CommandLine.IParameterExceptionHandler usual = cl.getParameterExceptionHandler();
        cl.setParameterExceptionHandler((ex, given) -> {
            if (ex.getCause() instanceof com.replyguard.app.cli.CliCandidates.UnknownLanguage unknown) {
                // An unknown --lang: the allowed values, in the operator's language, then the command's usage.
                CommandLine cmd = ex.getCommandLine();
                cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + unknown.in(
                        com.replyguard.app.cli.OperatorLanguage.fromArgs(args, System.getenv())));
                cmd.usage(cmd.getErr());
                return 2;
            }
            Language operator = com.replyguard.app.cli.OperatorLanguage.fromArgs(args, System.getenv());
            if (operator != Language.EN) {
                // picocli words its parse errors in English: the operator reads what is wrong in their language
                // (the usage help that follows keeps the commands' own English descriptions)
                CommandLine cmd = ex.getCommandLine();
                cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + parseError(ex, operator));
                cmd.usage(cmd.getErr());
                return 2;
            }
            return usual.handleParseException(ex, given);
        });
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // In the operator's language (--lang, the config's language:, the locale), never a stack trace.
            cmd.getErr().println(com.replyguard.app.cli.OperatorLanguage.describe(e,
                    com.replyguard.app.cli.OperatorLanguage.fromArgs(args, System.getenv())));
            if (!(e instanceof ConfigException) && System.getenv("REPLYGUARD_DEBUG") != null) {
                e.printStackTrace(cmd.getErr());
            }
            return 1;
        });
        int status = cl.execute(args);
        if (status == 0 && cl.getParseResult() != null && !cl.getParseResult().hasSubcommand()
                && !cl.isUsageHelpRequested() && !cl.isVersionHelpRequested()) {
            return ((Main) cl.getCommand()).exit;
        }
        return status;
    }

    /** A picocli parse error in {@code language}: an unknown option or argument, a missing one, a bad value. */
    static String parseError(CommandLine.ParameterException ex, Language language) {
        com.replyguard.knowledge.text.Texts t = com.replyguard.app.cli.OperatorLanguage.TEXTS;
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return t.get(language, "operator.cli.unknown", String.join(" ", u.getUnmatched()));
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            return t.get(language, "operator.cli.missing", m.getMissing().stream()
                    .map(a -> a instanceof CommandLine.Model.OptionSpec o ? o.longestName() : a.paramLabel())
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            CommandLine.Model.ArgSpec a = ex.getArgSpec();
            return t.get(language, "operator.cli.bad_value", ex.getValue(),
                    a instanceof CommandLine.Model.OptionSpec o ? o.longestName() : a.paramLabel());
        }
        return t.get(language, "operator.cli.other", ex.getMessage());
    }

    /** The whole command line, every subcommand included (for help, completion and man pages). */
    public static CommandLine commandLine() {
        return commandLine((String[]) null);
    }

    /**
     * The command line for {@code args}: when they name a subcommand, only that one is added (its own help and
     * errors are the same; the top-level help, completion and man pages build the whole tree).
     */
    public static CommandLine commandLine(String[] args) {
        return commandLine(args, Composition::new);
    }

    /** The command line for {@code args}, each command getting its parts from {@code opener}. */
    public static CommandLine commandLine(String[] args, Composition.Opener opener) {
        CommandFactory factory = new CommandFactory(opener);
        String chosen = args == null ? null : subcommandName(args);
        if ("check".equals(chosen) && !"false".equals(System.getProperty("replyguard.checkSpec"))) {
            // A one-shot check: this command's and check's models written out (CheckCommandSpecTest holds them to the
            // annotations), so no reflection over fields, annotations and mixins while the checker loads.
            Main main = new Main();
            main.common = new CommonOptions(opener);
            main.config = new com.replyguard.app.cli.ConfigOption();
            CommandLine cl = new CommandLine(com.replyguard.app.cli.CheckCommandSpec.topLevel(main, main.common,
                    main.config), factory);
            StartupTrace.mark("top-level command read");
            cl.addSubcommand(new CommandLine(com.replyguard.app.cli.CheckCommandSpec.create(opener), factory));
            return cl;
        }
        CommandLine cl = new CommandLine(new Main(), factory);
        StartupTrace.mark("top-level command read");
        for (int i = 0; i < SUBCOMMANDS.size(); i++) {
            if (chosen == null || chosen.equals(SUBCOMMAND_NAMES.get(i))) {
                cl.addSubcommand(SUBCOMMANDS.get(i));
            }
        }
        return cl;
    }

    /** The subcommand {@code args} name (the first argument that is not a top-level option), or null. */
    private static String subcommandName(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                return null;
            }
            if (!a.startsWith("-")) {
                // not a subcommand: null, and picocli reports it with the whole list
                return SUBCOMMAND_NAMES.contains(a) ? a : null;
            }
            if (VALUE_OPTIONS.contains(a)) {
                i++;
            }
        }
        return null;
    }
}
