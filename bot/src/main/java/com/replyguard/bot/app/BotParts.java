package com.replyguard.bot.app;

import com.replyguard.bot.core.FeedbackSink;
import com.replyguard.bot.core.SettingsStore;
import com.replyguard.knowledge.draft.Asker;
import com.replyguard.knowledge.draft.Drafter;
import com.replyguard.policy.ComplianceChecker;
import java.time.Clock;
import java.util.Objects;

/**
 * The services a conversation's features use. Tests build one from fakes; the launcher from {@link Services}.
 * {@code services} may be null in tests that do not need the knowledge base itself.
 */
public record BotParts(Drafter drafter, Asker asker, ComplianceChecker checker, SettingsStore settings,
                       FeedbackSink feedback, Clock clock, Services services) {
    public BotParts {
        Objects.requireNonNull(drafter, "drafter");
        Objects.requireNonNull(asker, "asker");
        Objects.requireNonNull(checker, "checker");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(clock, "clock");
    }
}
