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
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Answers stored updates: each goes to its chat's serial executor, through the conversation, and its replies are sent
 * one by one, each recorded as sent before the next; the update is then marked done. A chat flooding the bot has its
 * further updates confirmed unanswered. Writes to the bot's files are retried while the storage fails, so an answer
 * stops where it was and goes on, never sending a part twice or skipping one.
 *
 * <p>Thread safety: {@link #dispatch} from the polling thread; the work runs on the chats' executors.
 */
final class UpdateDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateDispatcher.class);

    private final Conversation conversation;
    private final TelegramSender sender;
    private final HandledUpdates handled;
    private final UpdateMapper mapper;
    private final ChatExecutor chats;
    private final TelegramFiles files;
    /**
     * Updates one chat may have queued or running; beyond it the chat is flooding (an agent waits for each answer,
     * and the per-user rate limit allows far fewer), and further updates are confirmed without an answer.
     */
    static final int MAX_CHAT_BACKLOG = 20;

    private final ConcurrentSkipListSet<Long> inFlight = new ConcurrentSkipListSet<>();
    private final AtomicLong handledCount = new AtomicLong();
    private final AtomicLong droppedCount = new AtomicLong();
    private volatile boolean halted;

    /** Answers through {@code conversation}, with the workers, group policy and file access {@code config} sets. */
    UpdateDispatcher(BotConfig config, Conversation conversation, TelegramSender sender, HandledUpdates handled) {
        this.conversation = conversation;
        this.sender = sender;
        this.handled = handled;
        this.mapper = new UpdateMapper(config.allowGroups());
        this.chats = new ChatExecutor(config.workers());
        this.files = new TelegramFiles(sender, config.apiUrl(), config.token().orElseThrow());
    }

    /** Whether update {@code id} is queued or being handled now. */
    boolean inFlight(long id) {
        return inFlight.contains(id);
    }

    boolean busy() {
        return !inFlight.isEmpty();
    }

    long handledCount() {
        return handledCount.get();
    }

    long droppedCount() {
        return droppedCount.get();
    }

    /** Waits up to {@code millis} for the updates queued or running to finish. */
    void drain(long millis) throws InterruptedException {
        chats.drain(millis);
    }

    /** Stops at once, finishing and recording nothing more (a crash, for the crash tests). */
    void halt() {
        halted = true;
        sender.close();
        chats.halt();
    }

    /** Queues stored update {@code u} on its chat; {@code alreadySent} of its replies went out before a restart. */
    void dispatch(Update u, int alreadySent) {
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
}
