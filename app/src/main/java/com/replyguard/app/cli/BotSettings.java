package com.replyguard.app.cli;

import com.replyguard.bot.config.BotConfig;
import com.replyguard.bot.config.ConfigLoader;
import com.replyguard.bot.logging.Redaction;
import java.nio.file.Path;

/** Loads the bot configuration from the file and the process environment. */
final class BotSettings {
    private BotSettings() {
    }

    static BotConfig load(Path explicitFile, Path dataDir) {
        BotConfig config = new ConfigLoader(System.getenv()).load(explicitFile, dataDir);
        config.token().ifPresent(Redaction::secret); // masked in every log line from now on
        return config;
    }
}
