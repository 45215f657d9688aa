package com.replyguard.bot.agent;

import com.replyguard.bot.core.FeedbackSink;
import com.replyguard.bot.core.HandlerRegistry;
import com.replyguard.drafting.Asker;
import com.replyguard.drafting.Drafter;
import com.replyguard.policy.ComplianceChecker;

/**
 * The agents' features of the conversation: drafting from a pasted message, /check, /ask, /market, /lang, /help,
 * /start and answers to photos and stickers. Other features (curation) register after these and may override them.
 */
public final class AgentFeatures {
    /** Chat-state key of the draft shown last ({@code knowledge.draft.Draft}), for features such as /save. */
    public static final String LAST_DRAFT = "draft.last";
    /** Chat-state key of the buyer message drafted last ({@code String}). */
    public static final String LAST_BUYER_MESSAGE = "draft.buyerMessage";
    /** Chat-state key of the last drafting result ({@code knowledge.draft.DraftResult}: intent, entities...). */
    public static final String LAST_RESULT = "draft.result";
    /** The text mode that checks the next pasted text (what "check my edit" sets). */
    public static final String CHECK_MODE = CheckHandler.MODE;

    private AgentFeatures() {
    }

    /** Registers every agent feature; {@code openAsk} lets anyone not listed use /ask. */
    public static HandlerRegistry register(HandlerRegistry registry, Drafter drafter, Asker asker,
                                           ComplianceChecker checker, FeedbackSink feedback, boolean openAsk) {
        new HelpHandler(registry).register(registry);
        new DraftHandler(drafter, feedback, checker).register(registry);
        new CheckHandler(checker).register(registry);
        new AskHandler(asker).register(registry, openAsk);
        new SettingsHandler().register(registry);
        return registry;
    }
}
