package com.replyguard.bot.agent;

import com.replyguard.bot.core.FeedbackSink;
import com.replyguard.bot.core.HandlerRegistry;
import com.replyguard.knowledge.draft.Asker;
import com.replyguard.knowledge.draft.Drafter;
import com.replyguard.policy.ComplianceChecker;

/**
 * The agents' features of the conversation: drafting from a pasted message, /check, /ask, /market, /lang, /help,
 * /start and answers to photos and stickers. Other features (curation) register after these and may override them.
 */
public final class AgentFeatures {
    private AgentFeatures() {
    }

    /** Registers every agent feature; {@code openAsk} lets anyone not listed use /ask. */
    public static HandlerRegistry register(HandlerRegistry registry, Drafter drafter, Asker asker,
                                           ComplianceChecker checker, FeedbackSink feedback, boolean openAsk) {
        new HelpHandler(registry).register(registry);
        new DraftHandler(drafter, feedback).register(registry);
        new CheckHandler(checker).register(registry);
        new AskHandler(asker).register(registry, openAsk);
        new SettingsHandler().register(registry);
        return registry;
    }
}
