package com.replyguard.bot.telegram;

import com.replyguard.bot.config.BotConfig;
import com.replyguard.bot.core.Conversation;
import com.replyguard.bot.core.Input;
import com.replyguard.bot.core.Reply;
import com.replyguard.bot.logging.Redaction;
import com.replyguard.bot.state.HandledUpdates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The Telegram long-polling loop. It drives getUpdates itself so no update is lost or handled twice across a crash:
 * each update received is stored in {@code bot-state.db} (its JSON, in the inbox) before the next getUpdates call
 * confirms it to Telegram; it is then handled on its chat's serial executor, every reply sent is recorded (the
 * moment Telegram's answer arrives, see {@link DeliveryWatch}), and it is marked done. After a restart the bot
 * hands out what the inbox still holds (skipping replies already sent), asks Telegram for whatever it had not
 * confirmed, and skips updates recorded as done. A slow chat's queue never holds the offset back, so it never
 * keeps other users' updates waiting.
 *
 * <p>Usage (as {@code Launcher.telegramBot} wires it): {@code new TelegramBot(config, conversation, new
 * TelegramSender(TelegramClients.create(config, watch), watch), handled).run()} blocks until {@link #stop()};
 * {@link #start()} runs it on a background thread.
 *
 * <p>Thread safety: start/stop from any thread; one loop per instance.
 */
public final class TelegramBot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);
    private static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query");
    /**
     * Updates one chat may have queued or running; beyond it the chat is flooding (an agent waits for each answer,
     * and the per-user rate limit allows far fewer), and further updates are confirmed without an answer.
     */
    static final int MAX_CHAT_BACKLOG = 20;

    private final BotConfig config;
    private final Conversation conversation;
    private final TelegramSender sender;
    private final HandledUpdates handled;
    private final UpdateMapper mapper;
    private final ChatExecutor chats;
    private final TelegramFiles files;
    private final ConcurrentSkipListSet<Long> inFlight = new ConcurrentSkipListSet<>();
    private final AtomicLong handledCount = new AtomicLong();
    private final AtomicLong droppedCount = new AtomicLong();
    private volatile boolean running;
    private volatile boolean halted;
    private volatile Thread loopThread;
    private final java.util.concurrent.CountDownLatch loopDone = new java.util.concurrent.CountDownLatch(1);

    public TelegramBot(BotConfig config, Conversation conversation, TelegramSender sender, HandledUpdates handled) {
        if (!config.hasToken()) {
            throw new IllegalArgumentException("no Telegram bot token configured");
        }
        Redaction.secret(config.token().orElseThrow());
        this.config = config;
        this.conversation = conversation;
        this.sender = sender;
        this.handled = handled;
        this.mapper = new UpdateMapper(config.allowGroups());
        this.chats = new ChatExecutor(config.workers());
        this.files = new TelegramFiles(sender, config.apiUrl(), config.token().orElseThrow());
    }

    /** Runs the loop on a new thread and returns at once. */
    public synchronized Thread start() {
        if (loopThread != null) {
            throw new IllegalStateException("the bot is already running");
        }
        running = true;
        Thread t = new Thread(this::loopAndSignal, "replyguard-telegram-poll");
        t.setDaemon(false);
        loopThread = t;
        t.start();
        return t;
    }

    /** Runs the loop on the calling thread until {@link #stop()}. */
    public void run() {
        synchronized (this) {
            if (loopThread != null) {
                throw new IllegalStateException("the bot is already running");
            }
            running = true;
            loopThread = Thread.currentThread();
        }
        loopAndSignal();
        // Let answers being written finish before the caller closes the services. stop() interrupts this thread to
        // end the loop, and that interrupt can arrive after the loop ended (or stay set when the loop ended another
        // way): it must not cut the drain short, or the caller closes bot-state.db under a reply still being sent
        // and the update stays unfinished in the inbox. Interrupts are kept for the caller, after the drain.
        boolean interrupted = Thread.interrupted();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                chats.drain(Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many updates were confirmed unanswered because their chat was flooding the bot. */
    public long droppedCount() {
        return droppedCount.get();
    }

    /** Whether updates are queued or being handled right now. */
    public boolean busy() {
        return !inFlight.isEmpty();
    }

    /** How many updates this instance finished handling (for benchmarks and health output). */
    public long handledCount() {
        return handledCount.get();
    }

    private void loop() {
        try {
            Webhook.clearIfSet(sender); // while a webhook is set, Telegram refuses getUpdates
        } catch (InterruptedException e) {
            return;
        }
        MenuCommands.publish(sender, conversation);
        // A role changed by /users or a language chosen with /lang shows in that user's menu at once.
        conversation.onUserChanged(userId -> MenuCommands.publishFor(sender, conversation, userId));
        resumeInbox();
        Integer offset = null; // first call: everything Telegram still holds unconfirmed
        long failures = 0;
        while (running) {
            try {
                List<Update> updates = sender.callOnce(new LenientGetUpdates(offset, 100,
                        (int) config.pollTimeout().toSeconds(), ALLOWED_UPDATES));
                if (!running) {
                    break;
                }
                failures = 0;
                long maxSeen = offset == null ? -1 : offset - 1L;
                List<Update> fresh = new ArrayList<>();
                List<Integer> sentBefore = new ArrayList<>();
                for (Update u : updates == null ? List.<Update>of() : updates) {
                    if (u == null || u.getUpdateId() == null) {
                        continue;
                    }
                    long id = u.getUpdateId();
                    maxSeen = Math.max(maxSeen, id);
                    if (inFlight.contains(id)) {
                        continue; // re-offered after a restart while its copy from the inbox is being handled
                    }
                    HandledUpdates.Progress p = handled.progress(id);
                    if (p.done()) {
                        continue;
                    }
                    fresh.add(u);
                    sentBefore.add(p.sent());
                }
                // Durable before confirmed: the next getUpdates call confirms everything up to maxSeen.
                handled.accept(UpdateJson.byId(fresh));
                for (int k = 0; k < fresh.size(); k++) {
                    dispatch(fresh.get(k), sentBefore.get(k));
                }
                long next = maxSeen + 1;
                if (next > 0 && (offset == null || next > offset)) {
                    offset = (int) next;
                    handled.pruneBelow(next - 1000); // keep a margin: a restart may be offered recent ids again
                }
            } catch (InterruptedException e) {
                if (running) {
                    LOG.warn("the polling loop was interrupted; stopping");
                }
                break;
            } catch (SendFailedException | RuntimeException e) {
                if (!running) {
                    break;
                }
                failures++;
                long wait = Math.min(30_000, 250L << Math.min(failures, 7));
                LOG.warn("getUpdates failed ({}); trying again in {} ms", redact(TelegramSender.describe(e)), wait);
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException ie) {
                    break;
                }
            }
        }
    }

    /** Hands out the updates a previous run stored and did not finish (they were confirmed to Telegram already). */
    private void resumeInbox() {
        List<HandledUpdates.Pending> pending;
        try {
            pending = handled.inbox();
        } catch (RuntimeException e) {
            LOG.error("cannot read the updates left from the last run: {}", e.getMessage());
            return;
        }
        for (HandledUpdates.Pending p : pending) {
            try {
                dispatch(UpdateJson.parse(p.json()), p.sent());
            } catch (java.io.IOException | RuntimeException e) {
                LOG.error("update {} from the last run cannot be read and is dropped: {}", p.updateId(),
                        e.getMessage());
                handled.markDone(p.updateId(), p.sent());
            }
        }
        if (!pending.isEmpty()) {
            LOG.info("resumed {} update(s) left unfinished by the last run", pending.size());
        }
    }

    private void dispatch(Update u, int alreadySent) {
        long id = u.getUpdateId();
        Optional<UpdateMapper.Mapped> mapped = mapper.map(u);
        if (mapped.isEmpty()) {
            handled.markDone(id, 0); // nothing the bot answers: confirm it and move on
            handledCount.incrementAndGet();
            return;
        }
        Input input = mapped.get().input();
        if (chats.pending(input.chatId()) >= MAX_CHAT_BACKLOG) {
            // One chat flooding the bot: its rate limit would refuse these anyway, and its queue would grow without
            // bound. Mark them done unanswered.
            handled.markDone(id, 0);
            handledCount.incrementAndGet();
            droppedCount.incrementAndGet();
            return;
        }
        inFlight.add(id);
        chats.submit(input.chatId(), () -> {
            try {
                process(id, mapped.get(), alreadySent);
            } catch (RuntimeException e) {
                LOG.error("update {} failed unexpectedly", id, e);
            } finally {
                inFlight.remove(id);
            }
        });
    }

    private void process(long id, UpdateMapper.Mapped mapped, int alreadySent) {
        Input input = mapped.input();
        List<Reply> replies;
        try {
            // A full disk or a busy database before anything was sent: the same input is handled again when the
            // storage works, nothing was answered yet (the update stays in the inbox meanwhile).
            List<List<Reply>> handledReplies = new ArrayList<>(1);
            durably(() -> handledReplies.add(conversation.handle(input, files,
                    new TelegramProgress(sender, input.chatId()))));
            replies = handledReplies.getLast();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        String callbackId = mapped.callbackQueryId();
        int sent = alreadySent;
        try {
            if (callbackId != null && alreadySent == 0) {
                String toast = replies.stream().filter(r -> r instanceof Reply.Toast).map(r -> ((Reply.Toast) r)
                        .text()).findFirst().orElse(null);
                if (halted) {
                    return;
                }
                sender.answerCallback(callbackId, toast);
            }
            List<Reply> toSend = new ArrayList<>();
            for (Reply r : replies) {
                if (!(r instanceof Reply.Toast)) {
                    toSend.add(r);
                }
            }
            for (int i = alreadySent; i < toSend.size(); i++) {
                if (halted) {
                    return; // a crash: leave the update unfinished so a restart handles it
                }
                int upTo = i + 1;
                // Recorded the moment Telegram accepts the reply, and again here in case that went unrecognised.
                Reply reply = toSend.get(i);
                long messageId = sender.send(input.chatId(), reply, null, () -> handled.markSent(id, upTo));
                sent = upTo;
                // A full disk or a busy database stops this answer here, with what was sent recorded, and it goes on
                // when the write succeeds again: the next part is never sent before this one is on record.
                durably(() -> conversation.attached(input.chatId(), reply, messageId)); // its buttons work only there
                durably(() -> handled.markSent(id, upTo));
            }
        } catch (SendFailedException e) {
            LOG.error("could not answer update {} in chat {}: {}", id, input.chatId(),
                    redact(TelegramSender.describe(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (!halted) {
            int finished = sent;
            try {
                durably(() -> handled.markDone(id, finished));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            handledCount.incrementAndGet();
        }
    }

    /**
     * Runs a write to the bot's files until it succeeds, waiting longer between attempts (up to 5 s), while the
     * cause is the storage (a full disk, a locked or read-only database: an SQL or I/O error underneath); any other
     * failure is thrown at once. A crash ({@link #halt()}) ends the wait.
     */
    private void durably(Runnable write) throws InterruptedException {
        long wait = 100;
        boolean warned = false;
        while (true) {
            try {
                write.run();
                if (warned) {
                    LOG.info("the bot state can be written again; the answer goes on");
                }
                return;
            } catch (RuntimeException e) {
                if (halted || !storageFault(e)) {
                    throw e;
                }
                if (!warned) {
                    LOG.warn("cannot write the bot state ({}); the answer goes on when it can", e.getMessage());
                    warned = true;
                }
                Thread.sleep(wait);
                wait = Math.min(5_000, wait * 2);
            }
        }
    }

    private static boolean storageFault(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException || t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    private static String redact(String s) {
        return Redaction.apply(s);
    }

    /** The loop, then telling {@link #stop()} that it ended. */
    private void loopAndSignal() {
        try {
            loop();
        } finally {
            loopDone.countDown();
        }
    }

    /**
     * Stops polling at once (the long poll on the wire is cancelled rather than waited out), lets updates being
     * handled finish (up to 30 s), then returns. SIGTERM's shutdown hook calls it: the process ends in well under
     * 2 s with every reply under way delivered (scripts/bench-sigterm measures it).
     */
    public void stop() {
        running = false;
        sender.cancelPolls();
        Thread t = loopThread;
        if (t != null && t != Thread.currentThread()) {
            if (loopDone.getCount() > 0) {
                t.interrupt(); // not once the loop is over: run()'s caller may be closing the services
            }
            try {
                // Waits for the loop, not the thread: with run() the thread is the caller's (main), which goes on
                // to System.exit and waits for this very shutdown hook, so joining it waited out the whole timeout.
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (!loopDone.await(50, TimeUnit.MILLISECONDS) && System.nanoTime() < deadline) {
                    sender.cancelPolls(); // also one that started between the flag and the interrupt
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            chats.drain(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops at once without finishing or recording anything, as if the process died. A test-only seam, package
     * private so production code cannot reach it: the crash tests in this package call it. The instance cannot be
     * used afterwards.
     */
    void halt() {
        halted = true;
        running = false;
        sender.close();
        chats.halt();
        Thread t = loopThread;
        if (t != null) {
            t.interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
