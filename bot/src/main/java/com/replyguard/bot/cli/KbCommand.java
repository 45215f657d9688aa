package com.replyguard.bot.cli;

import picocli.CommandLine.Command;

/** Placeholder for the `kb` subcommand until its feature lands. */
@Command(name = "kb", description = "not available yet")
public final class KbCommand implements Runnable {
    @Override
    public void run() {
        System.err.println("replyguard kb: not available yet");
    }
}
