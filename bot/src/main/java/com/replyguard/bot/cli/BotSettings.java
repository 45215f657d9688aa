package com.replyguard.bot.cli;

import com.replyguard.bot.config.BotConfig;
import com.replyguard.bot.config.ConfigLoader;
import java.nio.file.Path;

/** Loads the bot configuration from the file and the process environment. */
final class BotSettings {
    private BotSettings() {
    }

    static BotConfig load(Path explicitFile, Path dataDir) {
        return new ConfigLoader(System.getenv()).load(explicitFile, dataDir);
    }
}
