package com.replyguard.bot.telegram;

import com.replyguard.bot.logging.Redaction;
import com.replyguard.bot.state.HandledUpdates;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Update intake: long-polls getUpdates and stores each new update in the inbox ({@code bot-state.db}) before the next
 * call confirms it to Telegram, then hands it to the {@link UpdateDispatcher}; updates already done or under way are
 * skipped. At start it hands out what a previous run left in the inbox. Failures are retried with a growing pause; a
 * refused token (401) is also told to the {@link TokenListener}, once until Telegram answers again.
 *
 * <p>Thread safety: one polling thread.
 */
record UpdatePoller(TelegramSender sender, HandledUpdates handled, UpdateDispatcher dispatcher, int pollSeconds,
                    java.util.function.Supplier<TokenListener> tokens) {
    /** Telegram's answer to a token it does not accept. */
    static final int UNAUTHORIZED = 401;

    private static final Logger LOG = LoggerFactory.getLogger(UpdatePoller.class);
    private static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query");

    /** Hands out the updates a previous run stored and did not finish (they were confirmed to Telegram already). */
    void resumeInbox() {
        List<HandledUpdates.Pending> pending;
        try {
            pending = handled.inbox();
        } catch (RuntimeException e) {
            LOG.error("cannot read the updates left from the last run: {}", e.getMessage());
            return;
        }
        for (HandledUpdates.Pending p : pending) {
            try {
                dispatcher.dispatch(UpdateJson.parse(p.json()), p.sent());
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

    /** Polls until {@code running} turns false or the thread is interrupted. */
    void poll(BooleanSupplier running) {
        Integer offset = null; // first call: everything Telegram still holds unconfirmed
        long failures = 0;
        boolean refused = false; // the last answer was 401: the operator has been told
        while (running.getAsBoolean()) {
            try {
                List<Update> updates = sender.callOnce(new LenientGetUpdates(offset, 100,
                        pollSeconds, ALLOWED_UPDATES));
                if (!running.getAsBoolean()) {
                    break;
                }
                failures = 0;
                if (refused) {
                    refused = false;
                    tokens.get().acceptedAgain();
                }
                long maxSeen = offset == null ? -1 : offset - 1L;
                List<Update> fresh = new ArrayList<>();
                List<Integer> sentBefore = new ArrayList<>();
                for (Update u : updates == null ? List.<Update>of() : updates) {
                    if (u == null || u.getUpdateId() == null) {
                        continue;
                    }
                    long id = u.getUpdateId();
                    maxSeen = Math.max(maxSeen, id);
                    if (dispatcher.inFlight(id)) {
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
                    dispatcher.dispatch(fresh.get(k), sentBefore.get(k));
                }
                long next = maxSeen + 1;
                if (next > 0 && (offset == null || next > offset)) {
                    offset = (int) next;
                    handled.pruneBelow(next - 1000); // keep a margin: a restart may be offered recent ids again
                }
            } catch (InterruptedException e) {
                if (running.getAsBoolean()) {
                    LOG.warn("the polling loop was interrupted; stopping");
                }
                break;
            } catch (SendFailedException | RuntimeException e) {
                if (!running.getAsBoolean()) {
                    break;
                }
                failures++;
                if (!refused && e instanceof SendFailedException f && f.errorCode() != null
                        && f.errorCode() == UNAUTHORIZED) {
                    refused = true;
                    tokens.get().rejected();
                }
                long wait = Math.min(30_000, 250L << Math.min(failures, 7));
                LOG.warn("getUpdates failed ({}); trying again in {} ms", Redaction.apply(TelegramSender.describe(e)),
                        wait);
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException ie) {
                    break;
                }
            }
        }
    }
}
