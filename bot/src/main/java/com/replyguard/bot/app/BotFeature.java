package com.replyguard.bot.app;

import com.replyguard.bot.config.BotConfig;
import com.replyguard.bot.core.HandlerRegistry;

/**
 * A feature of the conversation (agent tools, curation...) that registers its commands and buttons. Features are
 * registered in order; a later feature may replace an earlier one's handler of the same name.
 */
@FunctionalInterface
public interface BotFeature {
    void register(HandlerRegistry registry, BotParts parts, BotConfig config);
}
