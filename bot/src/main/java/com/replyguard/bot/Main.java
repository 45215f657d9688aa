package com.replyguard.bot;

import com.replyguard.bot.cli.AskCommand;
import com.replyguard.bot.cli.BotCommand;
import com.replyguard.bot.cli.ChatCommand;
import com.replyguard.bot.cli.CheckCommand;
import com.replyguard.bot.cli.DraftCommand;
import com.replyguard.bot.cli.KbCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The composition root: parses the command line and runs one subcommand; no arguments opens the terminal chat. */
@Command(name = "replyguard", mixinStandardHelpOptions = true, version = "ReplyGuard 0.1.0",
        description = "Safe, compliance-checked replies for marketplace support teams.",
        subcommands = {CheckCommand.class, DraftCommand.class, AskCommand.class, KbCommand.class, BotCommand.class,
                ChatCommand.class})
public final class Main implements Runnable {

    @Override
    public void run() {
        new CommandLine(new ChatCommand()).execute();
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit status (0 ok, 2 usage error, 1 failure). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        // Usage mistakes (unknown option, bad value) exit 2, everything else 1, as the contracts say.
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? 2 : 1);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("replyguard: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return 1;
        });
        return cl.execute(args);
    }
}
