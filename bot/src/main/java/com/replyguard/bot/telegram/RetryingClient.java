package com.replyguard.bot.telegram;

import com.replyguard.bot.logging.Redaction;
import java.io.Serializable;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Calls the Bot API and retries where that is safe: paces each attempt per chat and overall, waits out
 * {@code retry_after} on 429, backs off on network errors and 5xx, gives up on anything else, and never sends a
 * message twice when Telegram's answer showed it was accepted. Once closed, every call is refused at once.
 *
 * <p>Thread safety: thread-safe.
 */
final class RetryingClient {
    private static final Logger LOG = LoggerFactory.getLogger(RetryingClient.class);
    static final int MAX_ATTEMPTS = 6;
    static final long MAX_RETRY_AFTER_SECONDS = 300;

    /** One attempt at a call that is not a {@link BotApiMethod} (a file upload). */
    @FunctionalInterface
    interface Attempt {
        void run(TelegramClient client) throws TelegramApiException;
    }

    private final TelegramClient client;
    private final Pacer pacer;
    private final TelegramSender.Sleeper sleeper;
    private final long baseBackoffMillis;
    private volatile boolean closed;

    RetryingClient(TelegramClient client, Pacer pacer, TelegramSender.Sleeper sleeper, long baseBackoffMillis) {
        this.client = client;
        this.pacer = pacer;
        this.sleeper = sleeper;
        this.baseBackoffMillis = baseBackoffMillis;
    }

    void close() {
        closed = true;
    }

    private void ensureOpen(String method) throws SendFailedException {
        if (closed) {
            throw new SendFailedException(method + " not sent: the sender is closed", null, null);
        }
    }

    /** Runs {@code attempt} (paced for {@code chatId}) until it succeeds or fails for good. */
    void upload(String method, long chatId, Attempt attempt) throws SendFailedException, InterruptedException {
        for (int n = 1; ; n++) {
            ensureOpen(method);
            pacer.acquire(chatId);
            try {
                attempt.run(client);
                return;
            } catch (TelegramApiException e) {
                waitBeforeRetry(e, n, method);
            }
        }
    }

    /**
     * Calls {@code method} with retries ({@code paced}: waiting for the chat's and the global send budget), watching
     * each attempt for Telegram's acceptance when
     * {@code watching} is given: once an answer said the message was accepted, a failure to read the rest of that
     * answer is not retried (that would send it twice), and null is returned.
     */
    <T extends Serializable> T call(BotApiMethod<T> method, long chatId, boolean paced,
                                            Supplier<DeliveryWatch.Expectation> watching)
            throws SendFailedException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            ensureOpen(method.getMethod());
            if (paced) {
                pacer.acquire(chatId);
            }
            DeliveryWatch.Expectation expectation = watching == null ? null : watching.get();
            try {
                return client.execute(method);
            } catch (TelegramApiException e) {
                if (expectation != null && expectation.delivered()) {
                    LOG.warn("Telegram accepted a message but its answer could not be read ({})", describe(e));
                    return null;
                }
                waitBeforeRetry(e, attempt, method.getMethod());
            } finally {
                if (expectation != null) {
                    expectation.close();
                }
            }
        }
    }

    /**
     * Calls a method once, for callers with their own retry loop (the poller): a 429 still waits out
     * {@code retry_after} before the failure is reported.
     */
    <T extends Serializable> T callOnce(BotApiMethod<T> method) throws SendFailedException, InterruptedException {
        ensureOpen(method.getMethod());
        try {
            return client.execute(method);
        } catch (TelegramApiException e) {
            Integer code = e instanceof TelegramApiRequestException r ? r.getErrorCode() : null;
            if (code != null && code == 429) {
                waitBeforeRetry(e, 1, method.getMethod());
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("interrupted while calling " + method.getMethod());
            }
            throw new SendFailedException(method.getMethod() + " failed" + (code == null ? "" : " with " + code)
                    + ": " + describe(e), code, e);
        }
    }

    /** Waits as Telegram asks (429) or backs off (5xx, network); throws when the error is final. */
    private void waitBeforeRetry(TelegramApiException e, int attempt, String method)
            throws SendFailedException, InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("interrupted while calling " + method);
        }
        Integer code = e instanceof TelegramApiRequestException r ? r.getErrorCode() : null;
        if (code != null && code == 429) {
            Integer after = ((TelegramApiRequestException) e).getParameters() == null ? null
                    : ((TelegramApiRequestException) e).getParameters().getRetryAfter();
            long seconds = Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(1, after == null ? 1 : after));
            if (attempt >= MAX_ATTEMPTS * 2) {
                throw new SendFailedException(method + " still rate limited after " + attempt + " attempts", code, e);
            }
            LOG.info("Telegram asked to slow down on {}; retrying in {} s", method, seconds);
            sleeper.sleep(seconds * 1000);
            return;
        }
        // No code, or 0: no usable answer (network error, or a body cut short or garbled, which the library reports
        // as code 0 "Unable to deserialize response"): as transient as a 5xx. Treating 0 as final left ~2% of replies
        // unsent under scripts/soak's fault mix.
        boolean transientError = code == null || code == 0 || code >= 500;
        if (!transientError || attempt >= MAX_ATTEMPTS) {
            throw new SendFailedException(method + " failed" + (code == null ? "" : " with " + code) + ": "
                    + describe(e), code, e);
        }
        long backoff = baseBackoffMillis << Math.min(attempt - 1, 6);
        LOG.warn("{} failed ({}); retry {} in {} ms", method, describe(e), attempt, backoff);
        sleeper.sleep(backoff);
    }

    /** A short description without URLs (which would carry the token). */
    static String describe(Throwable e) {
        Throwable root = e;
        String msg = e.getMessage();
        while ((msg == null || msg.isBlank()) && root.getCause() != null) {
            root = root.getCause();
            msg = root.getMessage();
        }
        String s = msg == null ? root.getClass().getSimpleName() : msg;
        return Redaction.apply(s);
    }
}
