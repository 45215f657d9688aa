package com.replyguard.bot.cli;

import com.replyguard.bot.app.Services;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Options every service-using subcommand shares: the data directory and extra rule folders.
 * The data directory is {@code --data}, else {@code REPLYGUARD_DATA}, else {@code ~/.replyguard}.
 */
public final class CommonOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "data directory (default: $REPLYGUARD_DATA or ~/.replyguard)")
    Path data;

    @Option(names = "--rules", paramLabel = "DIR", description = "an extra rule folder (repeatable)")
    List<Path> rules = new ArrayList<>();

    public Path dataDir() {
        if (data != null) {
            return data;
        }
        String env = System.getenv("REPLYGUARD_DATA");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".replyguard");
    }

    public Services services() {
        return new Services(dataDir(), rules);
    }
}
