package com.replyguard.bot.app;

import com.replyguard.bot.core.FeedbackSink;
import com.replyguard.bot.state.BotStateDb;
import com.replyguard.bot.state.SqliteSettingsStore;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.drafting.DraftingService;
import com.replyguard.knowledge.gaps.Gap;
import com.replyguard.knowledge.gaps.GapLog;
import com.replyguard.knowledge.reports.LiveChecker;
import com.replyguard.knowledge.reports.ModelRetrainer;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.rules.RulePacks;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The composition root's wiring: builds each service once, on first use, from the settings.
 *
 * <p>Thread safety: getters are synchronized; the services themselves are thread-safe.
 */
public final class Services implements AutoCloseable {
    private final Path dataDir;
    private final List<Path> ruleDirs;
    private TextAnalysis analysis;
    private LiveChecker checker;
    private ModelRetrainer retrainer;
    private KnowledgeBase knowledge;
    private DraftingService drafting;
    private KnowledgeFeedbackSink feedback;
    private final BackgroundWriter gapWriter = new BackgroundWriter("knowledge-gap");
    private BotStateDb botState;

    public Services(Path dataDir, List<Path> ruleDirs) {
        this.dataDir = dataDir;
        this.ruleDirs = List.copyOf(ruleDirs);
    }

    public Path dataDir() {
        return dataDir;
    }

    public synchronized TextAnalysis analysis() {
        if (analysis == null) {
            analysis = new TextAnalysis();
        }
        return analysis;
    }

    public synchronized ComplianceChecker checker() {
        return liveChecker();
    }

    /**
     * The one checker everything here shares (drafting, the knowledge base's gate, /check): the rules with the data
     * directory's retrained model and the team's approved false alarms; {@link #retrainer()} changes it as leads
     * approve reports.
     */
    public synchronized LiveChecker liveChecker() {
        if (checker == null) {
            checker = LiveChecker.forDataDirectory(RulePacks.loadChecker(analysis(), ruleDirs), dataDir);
        }
        return checker;
    }

    public synchronized KnowledgeBase knowledge() {
        if (knowledge == null) {
            knowledge = KnowledgeBase.open(dataDir, analysis(), checker());
            checker.allow(knowledge.reports().allowances());
        }
        return knowledge;
    }

    /** Retrains the shared checker's model from the team's approved reports (see {@link ModelRetrainer}). */
    public synchronized ModelRetrainer retrainer() {
        if (retrainer == null) {
            retrainer = ModelRetrainer.standard(dataDir, analysis(), liveChecker(), knowledge().reports());
        }
        return retrainer;
    }

    /** How often a running bot looks for reports approved elsewhere (the command line) and for a newer model. */
    private static final java.time.Duration REPORT_POLL = java.time.Duration.ofMinutes(1);

    public synchronized DraftingService drafting() {
        if (drafting == null) {
            KnowledgeBase kb = knowledge();
            // Knowledge gaps are recorded off the reply's path (a durable write waits for the disk).
            GapLog gaps = new GapLog() {
                @Override
                public void record(Gap gap) {
                    gapWriter.submit(() -> kb.record(gap));
                }

                @Override
                public List<Gap> since(Instant from) {
                    return kb.since(from);
                }
            };
            drafting = new DraftingService(kb, gaps, checker(), analysis());
        }
        return drafting;
    }

    /** The bot's own state file ({@code bot-state.db}): handled updates, user settings, feedback. */
    public synchronized BotStateDb botState() {
        if (botState == null) {
            botState = BotStateDb.open(dataDir);
        }
        return botState;
    }

    /** Where drafts served and agents' feedback go: the knowledge base, which ranks and reports with them. */
    public synchronized FeedbackSink feedback() {
        if (feedback == null) {
            feedback = new KnowledgeFeedbackSink(knowledge());
        }
        return feedback;
    }

    /**
     * The parts the conversation's features use, wired from these services. They open the knowledge base on
     * first use, so the bot answers /help and /start while it loads; {@link #warmUp} starts loading at once.
     */
    public synchronized BotParts botParts(java.time.Clock clock) {
        com.replyguard.drafting.Drafter drafter = new com.replyguard.drafting.Drafter() {
            @Override
            public com.replyguard.drafting.DraftResult draft(String text,
                    com.replyguard.policy.Marketplace m) {
                return drafting().draft(text, m);
            }

            @Override
            public com.replyguard.drafting.DraftResult draft(String text,
                    com.replyguard.policy.Marketplace m, java.util.Map<String, String> known) {
                return drafting().draft(text, m, known); // the agent's /sign values reach the filler
            }
        };
        com.replyguard.drafting.Asker asker = (question, m) -> drafting().ask(question, m);
        ComplianceChecker lazyChecker = (text, m) -> checker().check(text, m);
        FeedbackSink lazyFeedback = new FeedbackSink() {
            @Override
            public void record(com.replyguard.bot.core.Feedback f) {
                feedback().record(f);
            }

            @Override
            public com.replyguard.knowledge.curation.VoteChange vote(com.replyguard.bot.core.Feedback f) {
                return feedback().vote(f);
            }

            @Override
            public void served(String actor, String entryId, com.replyguard.knowledge.entry.Intent intent,
                               com.replyguard.policy.Marketplace marketplace) {
                feedback().served(actor, entryId, intent, marketplace);
            }
        };
        return new BotParts(drafter, asker, lazyChecker, new SqliteSettingsStore(botState()), lazyFeedback, clock,
                this, botState());
    }

    /** How long the start-up warm-up drafts: long enough for the JIT to compile the drafting paths. */
    private static final long WARM_UP_MILLIS = 3_000;

    /**
     * Opens the knowledge base and drafting (with its neighbour index) on a background thread and warms the drafting
     * paths up, so the first pastes do not wait as long; the warm-up stands aside while {@code realWork} is true.
     */
    public void warmUp(java.util.function.BooleanSupplier realWork) {
        Thread t = new Thread(() -> {
            try {
                // Classifying a message builds drafting's neighbour index (seconds on a large knowledge base); then
                // a few seconds of drafts (no gaps recorded) let the JIT compile the paths every paste takes.
                drafting().guessIntent("Where is my parcel?");
                drafting().warmUp(WARM_UP_MILLIS, realWork);
            } catch (RuntimeException e) {
                // the first real use reports the problem to the user
            }
            try {
                // A model older than the newest approved report is retrained in the background; approvals made
                // with the command line while the bot runs reach it within a minute.
                retrainer().refresh();
                retrainer().startPolling(REPORT_POLL);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(Services.class).warn("the team's reports could not be read: {}",
                        e.getMessage());
            }
        }, "replyguard-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    @Override
    public synchronized void close() {
        if (retrainer != null) {
            retrainer.close();
        }
        try {
            gapWriter.flush(5_000);
            if (feedback != null) {
                feedback.flush(5_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Closing must finish even when this thread was interrupted (a SIGTERM during shutdown): Lucene refuses to
        // close an index on an interrupted thread, which would leave the last writes uncommitted.
        boolean interrupted = Thread.interrupted();
        try {
            if (knowledge != null) {
                knowledge.close();
            }
            if (botState != null) {
                botState.close();
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
