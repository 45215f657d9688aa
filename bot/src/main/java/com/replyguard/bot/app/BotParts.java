package com.replyguard.bot.app;

import com.replyguard.bot.core.FeedbackSink;
import com.replyguard.bot.state.BotStateDb;
import com.replyguard.bot.core.SettingsStore;
import com.replyguard.drafting.Asker;
import com.replyguard.drafting.Drafter;
import com.replyguard.policy.ComplianceChecker;
import java.time.Clock;
import java.util.Objects;

/**
 * The services a conversation's features use. Tests build one from fakes; the launcher from {@link Services}.
 * {@code services} may be null in tests that do not need the knowledge base itself; {@code state} (the bot's state
 * file, where chats' memory lives) may be null, and chats then remember only in this process.
 */
public record BotParts(Drafter drafter, Asker asker, ComplianceChecker checker, SettingsStore settings,
                       FeedbackSink feedback, Clock clock, Services services, BotStateDb state) {
    public BotParts {
        Objects.requireNonNull(drafter, "drafter");
        Objects.requireNonNull(asker, "asker");
        Objects.requireNonNull(checker, "checker");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(clock, "clock");
    }

    /** Parts without a state file: chats remember only in this process. */
    public BotParts(Drafter drafter, Asker asker, ComplianceChecker checker, SettingsStore settings,
                    FeedbackSink feedback, Clock clock, Services services) {
        this(drafter, asker, checker, settings, feedback, clock, services, null);
    }
}
