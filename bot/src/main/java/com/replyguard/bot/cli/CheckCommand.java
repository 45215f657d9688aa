package com.replyguard.bot.cli;

import picocli.CommandLine.Command;

/** Placeholder for the `check` subcommand until its feature lands. */
@Command(name = "check", description = "not available yet")
public final class CheckCommand implements Runnable {
    @Override
    public void run() {
        System.err.println("replyguard check: not available yet");
    }
}
