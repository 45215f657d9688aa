package com.replyguard.bot.telegram;

import com.replyguard.bot.core.Button;
import com.replyguard.bot.core.Reply;
import com.replyguard.bot.core.RichText;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.CopyTextButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The one place that talks to the Bot API for the bot: renders replies as HTML, splits long texts, paces messages
 * per chat and overall, waits out {@code retry_after} on 429, backs off on network errors and 5xx, and falls back
 * to plain text when Telegram refuses the HTML.
 *
 * <p>Thread safety: thread-safe.
 */
public final class TelegramSender {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramSender.class);
    static final int MAX_ATTEMPTS = RetryingClient.MAX_ATTEMPTS;

    /** Sleeps between attempts; tests replace it to run fast. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private final RetryingClient api;
    private final DeliveryWatch watch;

    TelegramSender(TelegramClient client, DeliveryWatch watch, Pacer pacer, Sleeper sleeper, long baseBackoffMillis) {
        this.api = new RetryingClient(client, pacer, sleeper, baseBackoffMillis);
        this.watch = watch;
    }

    TelegramSender(TelegramClient client, Pacer pacer, Sleeper sleeper, long baseBackoffMillis) {
        this(client, new DeliveryWatch(), pacer, sleeper, baseBackoffMillis);
    }

    /** A sender learning of deliveries from {@code watch}, which must be the one {@code client} was built with. */
    public TelegramSender(TelegramClient client, DeliveryWatch watch) {
        this(client, watch, Pacer.telegramDefaults(), Thread::sleep, 500);
    }

    /** Refuses every later call at once (a halted bot must not keep retrying in the background). */
    public void close() {
        api.close();
    }

    /** Ends a long poll in progress at once (see {@link DeliveryWatch#cancelPolls()}); sends are not touched. */
    public void cancelPolls() {
        watch.cancelPolls();
    }

    /** Sends one reply to a chat; {@code callbackQueryId} (may be null) receives toasts. */
    public long send(long chatId, Reply reply, String callbackQueryId)
            throws SendFailedException, InterruptedException {
        return send(chatId, reply, callbackQueryId, null);
    }

    /**
     * Sends one reply; {@code onDelivered} (may be null) runs as soon as Telegram's answer shows the reply was
     * accepted (for a long text split in parts: its last part), on the HTTP client's thread, possibly before this
     * method returns; when the answer could not be recognised it has not run, and the caller learns of the
     * delivery by this method returning. Returns the id Telegram gave the message (for a long text: the last part,
     * which carries the buttons), or 0 when there is none or it is unknown.
     */
    public long send(long chatId, Reply reply, String callbackQueryId, Runnable onDelivered)
            throws SendFailedException, InterruptedException {
        switch (reply) {
            case Reply.Message m -> {
                return sendMessage(chatId, m, onDelivered);
            }
            case Reply.Document d -> sendDocument(chatId, d);
            case Reply.Photo p -> sendPhoto(chatId, p);
            case Reply.Notify n -> sendMessage(n.userId(), new Reply.Message(n.text()), onDelivered);
            case Reply.Toast t -> {
                if (callbackQueryId != null) {
                    answerCallback(callbackQueryId, t.text());
                }
            }
        }
        return 0;
    }

    /** Stops the button's spinner, with an optional short notice (null for none). */
    public void answerCallback(String callbackQueryId, String text) throws SendFailedException, InterruptedException {
        AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> b = AnswerCallbackQuery.builder()
                .callbackQueryId(callbackQueryId);
        if (text != null && !text.isBlank()) {
            b.text(text.length() > 200 ? text.substring(0, 200) : text);
        }
        try {
            api.call(b.build(), 0, false, null);
        } catch (SendFailedException e) {
            // An old button press (query too old) cannot be answered any more; the reply itself still goes out.
            if (e.errorCode() == null || e.errorCode() != 400) {
                throw e;
            }
        }
    }

    private long sendMessage(long chatId, Reply.Message m, Runnable onDelivered)
            throws SendFailedException, InterruptedException {
        List<RichText> parts = HtmlRenderer.split(m.text(), HtmlRenderer.TELEGRAM_LIMIT);
        long sentId = 0;
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            SendMessage.SendMessageBuilder<?, ?> b = SendMessage.builder().chatId(chatId)
                    .text(HtmlRenderer.render(parts.get(i))).parseMode("HTML")
                    .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
            if (last && !m.buttons().isEmpty()) {
                b.replyMarkup(keyboard(m.buttons()));
            }
            try {
                sentId = deliver(b.build(), chatId, last ? onDelivered : null);
            } catch (SendFailedException e) {
                if (e.errorCode() == null || e.errorCode() != 400) {
                    throw e;
                }
                LOG.warn("Telegram refused a formatted message ({}); sending it as plain text", e.getMessage());
                SendMessage.SendMessageBuilder<?, ?> plain = SendMessage.builder().chatId(chatId)
                        .text(parts.get(i).visibleText());
                if (last && !m.buttons().isEmpty()) {
                    plain.replyMarkup(keyboard(m.buttons()));
                }
                sentId = deliver(plain.build(), chatId, last ? onDelivered : null);
            }
        }
        return sentId;
    }

    /** Sends a message with retries; {@code onDelivered} (may be null) is told when Telegram accepts it. */
    private long deliver(SendMessage message, long chatId, Runnable onDelivered)
            throws SendFailedException, InterruptedException {
        Message sent = api.call(message, chatId, true, onDelivered == null ? null : () -> watch.expect(chatId,
                message.getText(), onDelivered));
        return sent == null || sent.getMessageId() == null ? 0 : sent.getMessageId();
    }

    static InlineKeyboardMarkup keyboard(List<List<Button>> rows) {
        List<InlineKeyboardRow> out = new ArrayList<>();
        for (List<Button> row : rows) {
            InlineKeyboardRow r = new InlineKeyboardRow();
            for (Button button : row) {
                InlineKeyboardButton.InlineKeyboardButtonBuilder<?, ?> b = InlineKeyboardButton.builder()
                        .text(button.label());
                switch (button.action()) {
                    case Button.Callback c -> b.callbackData(c.data());
                    case Button.CopyText c -> b.copyText(new CopyTextButton(c.text()));
                }
                r.add(b.build());
            }
            out.add(r);
        }
        return new InlineKeyboardMarkup(out);
    }

    private void sendPhoto(long chatId, Reply.Photo p) throws SendFailedException, InterruptedException {
        api.upload("sendPhoto", chatId, client -> client.execute(SendPhoto.builder().chatId(chatId)
                .photo(new InputFile(new ByteArrayInputStream(p.png()), p.fileName())).caption(caption(p.caption()))
                .build()));
    }

    private void sendDocument(long chatId, Reply.Document d) throws SendFailedException, InterruptedException {
        api.upload("sendDocument", chatId, client -> client.execute(SendDocument.builder().chatId(chatId)
                .document(new InputFile(new ByteArrayInputStream(d.content()), d.fileName()))
                .caption(caption(d.caption())).build()));
    }

    /** A file's caption within Telegram's 1,024 characters; null for none. */
    private static String caption(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.length() > 1024 ? text.substring(0, 1024) : text;
    }

    /** Calls a Bot API method with retries; {@code paced} waits for the chat's and the global send budget. */
    public <T extends Serializable> T call(BotApiMethod<T> method, long chatId, boolean paced)
            throws SendFailedException, InterruptedException {
        return api.call(method, chatId, paced, null);
    }

    /**
     * Calls a method once, for callers with their own retry loop (the poller): a 429 still waits out
     * {@code retry_after} before the failure is reported.
     */
    public <T extends Serializable> T callOnce(BotApiMethod<T> method) throws SendFailedException, InterruptedException {
        return api.callOnce(method);
    }

    /** A short description without URLs (which would carry the token). */
    static String describe(Throwable e) {
        return RetryingClient.describe(e);
    }
}
