package com.replyguard.bot.cli;

import picocli.CommandLine.Command;

/** Placeholder for the `bot` subcommand until its feature lands. */
@Command(name = "bot", description = "not available yet")
public final class BotCommand implements Runnable {
    @Override
    public void run() {
        System.err.println("replyguard bot: not available yet");
    }
}
