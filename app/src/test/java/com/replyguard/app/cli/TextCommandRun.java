package com.replyguard.app.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Runs a text command ({@code draft}, {@code ask}) in-process on one data directory, capturing its output (test helper). */
final class TextCommandRun {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    private final Path data;
    private final Supplier<TextCommand<?>> command;

    TextCommandRun(Path data, Supplier<TextCommand<?>> command) {
        this.data = data;
        this.command = command;
    }

    /** Runs a new command with {@code args} after {@code --data DIR}, reading {@code stdin}; returns the exit status. */
    int run(String stdin, String... args) {
        TextCommand<?> command = this.command.get();
        command.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        CommandLine cl = new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cl.execute(all);
    }
}
