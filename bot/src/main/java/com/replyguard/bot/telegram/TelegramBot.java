package com.replyguard.bot.telegram;

import com.replyguard.bot.config.BotConfig;
import com.replyguard.bot.core.Conversation;
import com.replyguard.bot.logging.Redaction;
import com.replyguard.bot.state.HandledUpdates;
import java.util.concurrent.TimeUnit;

/**
 * The Telegram bot's lifecycle: start, run, stop (draining what is under way) and the crash seam; the polling is
 * {@link UpdatePoller}'s, the answering {@link UpdateDispatcher}'s. It drives getUpdates itself so no update is lost or handled twice across a crash:
 * each update received is stored in {@code bot-state.db} (its JSON, in the inbox) before the next getUpdates call
 * confirms it to Telegram; it is then handled on its chat's serial executor, every reply sent is recorded (the
 * moment Telegram's answer arrives, see {@link DeliveryWatch}), and it is marked done. After a restart the bot
 * hands out what the inbox still holds (skipping replies already sent), asks Telegram for whatever it had not
 * confirmed, and skips updates recorded as done. A slow chat's queue never holds the offset back, so it never
 * keeps other users' updates waiting.
 *
 * <p>Usage (as {@code app.Composition.telegramBot} wires it): {@code new TelegramBot(config, conversation, new
 * TelegramSender(TelegramClients.create(config, watch), watch), handled).run()} blocks until {@link #stop()};
 * {@link #start()} runs it on a background thread.
 *
 * <p>Thread safety: start/stop from any thread; one loop per instance.
 */
public final class TelegramBot implements AutoCloseable {
    private final Conversation conversation;
    private final TelegramSender sender;
    private final UpdateDispatcher dispatcher;
    private final UpdatePoller poller;
    private volatile boolean running;
    private volatile TokenListener tokenListener = TokenListener.NONE;
    private volatile Thread loopThread;
    private final java.util.concurrent.CountDownLatch loopDone = new java.util.concurrent.CountDownLatch(1);

    public TelegramBot(BotConfig config, Conversation conversation, TelegramSender sender, HandledUpdates handled) {
        if (!config.hasToken()) {
            throw new IllegalArgumentException("no Telegram bot token configured");
        }
        Redaction.secret(config.token().orElseThrow());
        this.conversation = conversation;
        this.sender = sender;
        this.dispatcher = new UpdateDispatcher(config, conversation, sender, handled);
        this.poller = new UpdatePoller(sender, handled, dispatcher, (int) config.pollTimeout().toSeconds(),
                () -> tokenListener);
    }

    /** Who is told when Telegram refuses the token and when it accepts it again (by default nobody but the log). */
    public void onToken(TokenListener listener) {
        this.tokenListener = listener == null ? TokenListener.NONE : listener;
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
                dispatcher.drain(Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
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
        return dispatcher.droppedCount();
    }

    /** Whether updates are queued or being handled right now. */
    public boolean busy() {
        return dispatcher.busy();
    }

    /** How many updates this instance finished handling (for benchmarks and health output). */
    public long handledCount() {
        return dispatcher.handledCount();
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
        poller.resumeInbox();
        poller.poll(() -> running);
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
            dispatcher.drain(30_000);
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
        running = false;
        dispatcher.halt();
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
