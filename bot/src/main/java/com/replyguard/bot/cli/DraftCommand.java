package com.replyguard.bot.cli;

import picocli.CommandLine.Command;

/** Placeholder for the `draft` subcommand until its feature lands. */
@Command(name = "draft", description = "not available yet")
public final class DraftCommand implements Runnable {
    @Override
    public void run() {
        System.err.println("replyguard draft: not available yet");
    }
}
