package com.replyguard.bot.testing;

import com.replyguard.bot.app.BotParts;
import com.replyguard.bot.app.KnowledgeFeedbackSink;
import com.replyguard.bot.app.QueuedGapLog;
import com.replyguard.bot.state.BotStateDb;
import com.replyguard.bot.state.SqliteSettingsStore;
import com.replyguard.drafting.DraftingService;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.reports.LiveChecker;
import com.replyguard.knowledge.reports.ModelRetrainer;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.rules.RulePacks;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The shipped parts (rules, knowledge base, drafting, the bot's state file) on a data directory, wired with their
 * constructors the way the application's composition root wires them, for tests that need the real thing.
 */
public final class RealParts implements AutoCloseable {
    private final Path dataDir;
    private final TextAnalysis analysis = new TextAnalysis();
    private final LiveChecker checker;
    private final KnowledgeBase knowledge;
    private final QueuedGapLog gaps;
    private final DraftingService drafting;
    private final KnowledgeFeedbackSink feedback;
    private final BotStateDb state;
    private ModelRetrainer retrainer;

    public RealParts(Path dataDir) {
        this.dataDir = dataDir;
        this.checker = LiveChecker.forDataDirectory(RulePacks.loadChecker(analysis, List.of()), dataDir);
        this.knowledge = KnowledgeBase.open(dataDir, analysis, checker);
        checker.allow(knowledge.reports().allowances());
        this.gaps = new QueuedGapLog(knowledge);
        this.drafting = new DraftingService(knowledge, gaps, checker, analysis);
        this.feedback = new KnowledgeFeedbackSink(knowledge);
        this.state = BotStateDb.open(dataDir);
    }

    public LiveChecker checker() {
        return checker;
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    public DraftingService drafting() {
        return drafting;
    }

    public BotStateDb state() {
        return state;
    }

    public synchronized ModelRetrainer retrainer() {
        if (retrainer == null) {
            retrainer = ModelRetrainer.standard(dataDir, analysis, checker, knowledge.reports());
        }
        return retrainer;
    }

    /** The conversation's parts over these, the leads' curation and the team's reports included. */
    public BotParts botParts(Clock clock) {
        return new BotParts(drafting, drafting, checker, new SqliteSettingsStore(state), feedback, clock,
                new BotParts.Team(knowledge, drafting::guessIntent, analysis.detector(), this::retrainer), state);
    }

    @Override
    public synchronized void close() {
        if (retrainer != null) {
            retrainer.close();
        }
        try {
            gaps.flush(5_000);
            feedback.flush(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        knowledge.close();
        state.close();
    }
}
