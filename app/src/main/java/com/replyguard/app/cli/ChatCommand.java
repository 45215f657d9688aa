package com.replyguard.app.cli;


import com.replyguard.bot.config.BotConfig;
import com.replyguard.bot.core.Messages;
import com.replyguard.bot.core.StorageFault;
import com.replyguard.bot.core.StorageProblem;
import com.replyguard.knowledge.KnowledgeException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code replyguard chat}: the bot's conversation in the terminal, as a local admin. */
@Command(name = "chat", description = "Talk to ReplyGuard in the terminal: paste a buyer message, use the bot's commands.")
public final class ChatCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    ConfigOption config;

    @Spec
    CommandSpec spec;

    @Option(names = "--no-color", description = "plain text without terminal colours")
    boolean noColor;

    @Override
    public Integer call() throws IOException {
        BotConfig cfg = BotSettings.load(config.file(), common.dataDir());
        return run(cfg);
    }

    /**
     * {@code replyguard} without a subcommand: the terminal chat, unless a bot token is set AND the config says
     * {@code no_args: bot}; then the Telegram bot. A token alone never starts the bot, so a developer with a token
     * in the environment still gets the terminal.
     */
    public static int runWithoutArguments(CommonOptions common, Path configFile) throws IOException {
        BotConfig cfg = BotSettings.load(configFile, common.dataDir());
        if (cfg.hasToken() && cfg.noArgs() == com.replyguard.bot.config.NoArgsMode.BOT) {
            return BotCommand.run(common.composition(), cfg, configFile);
        }
        if (cfg.hasToken()) {
            System.err.println(OperatorLanguage.get(OperatorLanguage.resolve(null, configFile, common.dataDir(),
                    System.getenv()), "operator.token_set_terminal"));
        }
        ChatCommand chat = new ChatCommand();
        chat.common = common;
        return chat.run(cfg);
    }

    /**
     * True when a person is at a terminal, so colours are wanted. From JDK 22 {@code System.console()} exists even
     * when the streams are redirected; {@code Console.isTerminal()} (not in the Java 21 API) tells them apart.
     */
    private static boolean atTerminal() {
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a console exists only for a terminal
        }
    }

    Integer run(BotConfig cfg) throws IOException {
        boolean ansi = !noColor && atTerminal() && System.getenv("NO_COLOR") == null;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (var services = common.composition()) {
            services.runTerminal(cfg, System.in, out, ansi);
        } catch (RuntimeException e) {
            String said = startupProblem(new Messages().in(cfg.defaultLanguage()), e);
            if (said == null) {
                throw e;
            }
            java.io.PrintWriter err = spec != null ? spec.commandLine().getErr()
                    : new java.io.PrintWriter(new PrintStream(System.err, true, StandardCharsets.UTF_8), true);
            err.println("replyguard chat: " + said);
            err.flush();
            return 1;
        }
        return 0;
    }

    /**
     * What the person at the terminal is told, in the team's language, when the data directory or the knowledge
     * base cannot be used (a file where the directory should be, a damaged or missing knowledge base, a full disk,
     * no permission), the library's own detail inside the sentence; null for anything else, which stays a failure.
     */
    static String startupProblem(Messages.Localized t, Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof KnowledgeException k && k.notice() != null) {
                return t.notice(k.notice());
            }
        }
        if (StorageFault.causedBy(e) || StorageProblem.of(e) != StorageProblem.OTHER) {
            return StorageProblem.sentence(t, e);
        }
        return null;
    }
}
