package com.replyguard.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --config FILE}, for the commands that read the configuration (bot, chat, serve, doctor). */
public final class ConfigOption {
    @Option(names = "--config", paramLabel = "FILE", defaultValue = "${env:REPLYGUARD_CONFIG}",
            description = "configuration file (default: $REPLYGUARD_CONFIG, else <data>/config.yaml)")
    Path file;

    /** The file given, or null: then {@code <data>/config.yaml}. */
    public Path file() {
        return file;
    }
}
