package com.replyguard.bot.telegram;

import com.replyguard.bot.core.ProgressDisplay;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * {@link ProgressDisplay} on Telegram: the first status is sent as a message, later ones edit it
 * (editMessageText), at most one edit per {@link #MIN_EDIT_GAP} except the last words; chat actions go out as
 * sendChatAction. Failures are logged and dropped: progress is a courtesy, the task's answer comes anyway.
 *
 * <p>Thread safety: one instance per update, used by the thread handling it.
 */
final class TelegramProgress implements ProgressDisplay {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramProgress.class);
    /** Telegram allows about one message a second per chat; edits count. */
    static final Duration MIN_EDIT_GAP = Duration.ofSeconds(2);

    private final TelegramSender sender;
    private final long chatId;
    private Integer messageId;
    private String shown;
    private long lastNanos;

    TelegramProgress(TelegramSender sender, long chatId) {
        this.sender = sender;
        this.chatId = chatId;
    }

    @Override
    public void status(String text) {
        show(text, false);
    }

    @Override
    public void finish(String text) {
        show(text, true);
    }

    private void show(String text, boolean last) {
        if (text == null || text.isBlank() || text.equals(shown)) {
            return;
        }
        long now = System.nanoTime();
        try {
            if (messageId == null) {
                Message m = sender.call(SendMessage.builder().chatId(chatId).text(text).build(), chatId, true);
                messageId = m == null ? null : m.getMessageId();
            } else if (last || now - lastNanos >= MIN_EDIT_GAP.toNanos()) {
                sender.call(EditMessageText.builder().chatId(chatId).messageId(messageId).text(text).build(), chatId,
                        true);
            } else {
                return; // thinned out: the next status or the last words replace it
            }
            shown = text;
            lastNanos = now;
        } catch (SendFailedException | RuntimeException e) {
            LOG.warn("could not show progress in chat {}: {}", chatId, TelegramSender.describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void action(ChatAction action) {
        try {
            sender.call(SendChatAction.builder().chatId(chatId).action(action == ChatAction.UPLOAD_DOCUMENT
                    ? "upload_document" : "typing").build(), chatId, false);
        } catch (SendFailedException | RuntimeException e) {
            LOG.warn("could not show a chat action in chat {}: {}", chatId, TelegramSender.describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
