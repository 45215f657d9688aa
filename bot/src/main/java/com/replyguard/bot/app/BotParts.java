package com.replyguard.bot.app;

import com.replyguard.bot.core.FeedbackSink;
import com.replyguard.bot.core.SettingsStore;
import com.replyguard.bot.state.BotStateDb;
import com.replyguard.drafting.Asker;
import com.replyguard.drafting.Drafter;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.reports.ModelRetrainer;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.analysis.LanguageDetector;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The parts a conversation's features use, built with constructors by whoever starts the conversation (the
 * application's composition root, or a test from stubs). {@code team} (the knowledge base behind the leads'
 * curation and the team's reports) may be null: the conversation then has the agent features only. {@code state}
 * (the bot's state file, where chats' memory lives) may be null, and chats then remember only in this process.
 */
public record BotParts(Drafter drafter, Asker asker, ComplianceChecker checker, SettingsStore settings,
                       FeedbackSink feedback, Clock clock, Team team, BotStateDb state) {
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
                    FeedbackSink feedback, Clock clock, Team team) {
        this(drafter, asker, checker, settings, feedback, clock, team, null);
    }

    /**
     * What the leads' curation and the team's reports need: the knowledge base (opened when the conversation is
     * built), drafting's guess of a question's intent, the language detector, and the checker's retrainer (made on
     * first use, when a lead approves a report).
     */
    public record Team(KnowledgeBase knowledge, Function<String, Optional<Intent>> intentGuesser,
                       LanguageDetector detector, Supplier<ModelRetrainer> retrainer) {
        public Team {
            Objects.requireNonNull(knowledge, "knowledge");
            Objects.requireNonNull(intentGuesser, "intentGuesser");
            Objects.requireNonNull(detector, "detector");
            Objects.requireNonNull(retrainer, "retrainer");
        }
    }
}
