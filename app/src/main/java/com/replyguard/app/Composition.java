package com.replyguard.app;

import com.replyguard.bot.app.BotParts;
import com.replyguard.bot.app.ConversationFactory;
import com.replyguard.bot.app.KnowledgeFeedbackSink;
import com.replyguard.bot.app.QueuedGapLog;
import com.replyguard.bot.config.BotConfig;
import com.replyguard.bot.core.Conversation;
import com.replyguard.bot.core.Feedback;
import com.replyguard.bot.core.FeedbackSink;
import com.replyguard.bot.state.BotStateDb;
import com.replyguard.bot.state.HandledUpdates;
import com.replyguard.bot.state.SqliteSettingsStore;
import com.replyguard.bot.telegram.DeliveryWatch;
import com.replyguard.bot.telegram.TelegramBot;
import com.replyguard.bot.telegram.TelegramClients;
import com.replyguard.bot.telegram.TelegramSender;
import com.replyguard.bot.terminal.TerminalChat;
import com.replyguard.drafting.DraftResult;
import com.replyguard.drafting.Drafter;
import com.replyguard.drafting.DraftingService;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.curation.VoteChange;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.reports.LiveChecker;
import com.replyguard.knowledge.reports.ModelRetrainer;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.rules.RulePacks;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the one place that knows how the modules' parts fit together. Each command gets one, through
 * the {@link Opener} {@link CommandFactory} gave its options, for its data directory and rule folders, and asks for
 * what it needs; a part is built with its constructor the first
 * time it is asked for, so a one-shot {@code check} loads the rules and nothing else (no SQLite, no Lucene), and
 * {@code kb list} opens the knowledge base without the bot's state file. Tests wire their own parts with the same
 * constructors (see {@code BotHarness}, {@code ApiServerTest}).
 *
 * <p>Usage: {@code try (Composition parts = new Composition(dataDir, ruleDirs)) { parts.checker().check(...); }}
 *
 * <p>Thread safety: the accessors are synchronized; the parts themselves are thread-safe.
 */
public final class Composition implements AutoCloseable {
    /**
     * Opens the parts for a data directory and rule folders, which a command knows only once its options are parsed:
     * {@code Composition::new} in {@link Main}, whatever a test wants in tests (see {@link CommandFactory}).
     */
    @FunctionalInterface
    public interface Opener {
        Composition open(Path dataDir, List<Path> ruleDirs);
    }

    /** How long the start-up warm-up drafts: long enough for the JIT to compile the drafting paths. */
    private static final long WARM_UP_MILLIS = 3_000;
    /** How often a running bot looks for reports approved elsewhere (the command line) and for a newer model. */
    private static final Duration REPORT_POLL = Duration.ofMinutes(1);

    private final Path dataDir;
    private final List<Path> ruleDirs;
    private TextAnalysis analysis;
    private LiveChecker checker;
    private KnowledgeBase knowledge;
    private ModelRetrainer retrainer;
    private QueuedGapLog gaps;
    private DraftingService drafting;
    private KnowledgeFeedbackSink feedback;
    private BotStateDb botState;

    public Composition(Path dataDir, List<Path> ruleDirs) {
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

    /**
     * The one checker everything here shares (drafting, the knowledge base's gate, check, /check): the rules with
     * the data directory's retrained model and, once the knowledge base is open, the team's approved false alarms;
     * {@link #retrainer()} changes it as leads approve reports.
     */
    public synchronized LiveChecker checker() {
        if (checker == null) {
            CheckerPrefetch.Built ahead = analysis == null ? CheckerPrefetch.take(dataDir, ruleDirs) : null;
            if (ahead != null) { // a one-shot check's, built while its command line was read
                analysis = ahead.analysis();
                checker = ahead.checker();
                return checker;
            }
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
            retrainer = ModelRetrainer.standard(dataDir, analysis(), checker(), knowledge().reports());
        }
        return retrainer;
    }

    /** Drafting over the knowledge base; the gaps it finds are written off the reply's path. */
    public synchronized DraftingService drafting() {
        if (drafting == null) {
            gaps = new QueuedGapLog(knowledge());
            drafting = new DraftingService(knowledge(), gaps, checker(), analysis());
        }
        return drafting;
    }

    /** The bot's own state file ({@code bot-state.db}): handled updates, user settings, chats' memory. */
    synchronized BotStateDb botState() {
        if (botState == null) {
            botState = BotStateDb.open(dataDir);
        }
        return botState;
    }

    /** Where drafts served and agents' feedback go: the knowledge base, which ranks and reports with them. */
    private synchronized KnowledgeFeedbackSink feedback() {
        if (feedback == null) {
            feedback = new KnowledgeFeedbackSink(knowledge());
        }
        return feedback;
    }

    /**
     * The parts the conversation's features use. The knowledge base and drafting open here (the curation features
     * hold the knowledge base); the checker and drafting are asked for at each use, so nothing else is built twice.
     */
    BotParts botParts(Clock clock) {
        DraftingService d = drafting();
        Drafter drafter = new Drafter() {
            @Override
            public DraftResult draft(String text, Marketplace m) {
                return drafting().draft(text, m);
            }

            @Override
            public DraftResult draft(String text, Marketplace m, Map<String, String> known) {
                return drafting().draft(text, m, known); // the agent's /sign values reach the filler
            }
        };
        ComplianceChecker check = (text, m) -> checker().check(text, m);
        FeedbackSink votes = new FeedbackSink() {
            @Override
            public void record(Feedback f) {
                feedback().record(f);
            }

            @Override
            public VoteChange vote(Feedback f) {
                return feedback().vote(f);
            }

            @Override
            public void served(String actor, String entryId, Intent intent, Marketplace marketplace) {
                feedback().served(actor, entryId, intent, marketplace);
            }
        };
        BotParts.Team team = new BotParts.Team(knowledge(), d::guessIntent, analysis().detector(), this::retrainer);
        return new BotParts(drafter, (question, m) -> drafting().ask(question, m), check,
                new SqliteSettingsStore(botState()), votes, clock, team, botState());
    }

    /** Runs the terminal chat on {@code in}/{@code out} until end of input or /quit. */
    public void runTerminal(BotConfig config, InputStream in, PrintStream out, boolean ansi) throws IOException {
        drafting().bengaliReplies(config.bengaliReplies());
        Conversation conversation = ConversationFactory.forTerminal(config, botParts(Clock.systemUTC()),
                ConversationFactory.standardFeatures(), TerminalChat.LOCAL_USER);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        new TerminalChat(conversation, reader, out, ansi, dataDir.resolve("exports")).run();
    }

    /** Builds the Telegram bot (not started) for a configuration with a token. */
    public TelegramBot telegramBot(BotConfig config) {
        drafting().bengaliReplies(config.bengaliReplies());
        Conversation conversation = ConversationFactory.forTelegram(config, botParts(Clock.systemUTC()),
                ConversationFactory.standardFeatures());
        DeliveryWatch deliveries = new DeliveryWatch();
        TelegramSender sender = new TelegramSender(TelegramClients.create(config, deliveries), deliveries);
        return new TelegramBot(config, conversation, sender, new HandledUpdates(botState(), Clock.systemUTC()));
    }

    /**
     * Opens the knowledge base and drafting (with its neighbour index) on a background thread and warms the drafting
     * paths up, so the first pastes do not wait as long; the warm-up stands aside while {@code realWork} is true.
     */
    public void warmUp(BooleanSupplier realWork) {
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
                LoggerFactory.getLogger(Composition.class).warn("the team's reports could not be read: {}",
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
            if (gaps != null) {
                gaps.flush(5_000);
            }
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
