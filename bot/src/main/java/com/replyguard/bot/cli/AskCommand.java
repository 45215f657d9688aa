package com.replyguard.bot.cli;

import picocli.CommandLine.Command;

/** Placeholder for the `ask` subcommand until its feature lands. */
@Command(name = "ask", description = "not available yet")
public final class AskCommand implements Runnable {
    @Override
    public void run() {
        System.err.println("replyguard ask: not available yet");
    }
}
