package com.replyguard.bot.cli;

import picocli.CommandLine.Command;

/** Placeholder for the `chat` subcommand until its feature lands. */
@Command(name = "chat", description = "not available yet")
public final class ChatCommand implements Runnable {
    @Override
    public void run() {
        System.err.println("replyguard chat: not available yet");
    }
}
