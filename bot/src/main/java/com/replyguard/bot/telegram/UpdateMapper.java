package com.replyguard.bot.telegram;

import com.replyguard.bot.core.Input;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;

/**
 * Turns a Telegram update into the core's input, or nothing for updates the bot ignores: other update kinds,
 * group chats (unless allowed), bots, and malformed updates without a sender or chat.
 */
final class UpdateMapper {
    private final boolean allowGroups;

    UpdateMapper(boolean allowGroups) {
        this.allowGroups = allowGroups;
    }

    /** The input and, for button presses, the callback query id to answer. */
    record Mapped(Input input, String callbackQueryId) {
    }

    Optional<Mapped> map(Update u) {
        if (u == null) {
            return Optional.empty();
        }
        if (u.getCallbackQuery() != null) {
            return callback(u.getCallbackQuery());
        }
        Message m = u.getMessage();
        if (m == null || m.getFrom() == null || m.getChat() == null || m.getChat().getId() == null
                || m.getFrom().getId() == null || Boolean.TRUE.equals(m.getFrom().getIsBot())
                || !chatAllowed(m.getChat())) {
            return Optional.empty();
        }
        long user = m.getFrom().getId();
        long chat = m.getChat().getId();
        String lang = m.getFrom().getLanguageCode();
        if (m.getText() != null) {
            Message replied = m.getReplyToMessage();
            String replyTo = replied == null ? null : replied.getText() != null ? replied.getText()
                    : replied.getCaption();
            return Optional.of(new Mapped(new Input.Text(user, chat, m.getText(), replyTo, lang), null));
        }
        if (m.getPhoto() != null && !m.getPhoto().isEmpty()) {
            List<PhotoSize> sizes = m.getPhoto();
            PhotoSize biggest = sizes.get(sizes.size() - 1);
            return media(user, chat, lang, Input.MediaKind.PHOTO, biggest.getFileId(), null, "image/jpeg",
                    biggest.getFileSize() == null ? 0 : biggest.getFileSize(), m.getCaption());
        }
        if (m.getSticker() != null) {
            return media(user, chat, lang, Input.MediaKind.STICKER, m.getSticker().getFileId(), null, null,
                    m.getSticker().getFileSize() == null ? 0 : m.getSticker().getFileSize(), null);
        }
        if (m.getDocument() != null) {
            Document d = m.getDocument();
            return media(user, chat, lang, Input.MediaKind.DOCUMENT, d.getFileId(), d.getFileName(), d.getMimeType(),
                    d.getFileSize() == null ? 0 : d.getFileSize(), m.getCaption());
        }
        if (m.getVoice() != null) {
            return media(user, chat, lang, Input.MediaKind.VOICE, m.getVoice().getFileId(), null, null,
                    m.getVoice().getFileSize() == null ? 0 : m.getVoice().getFileSize(), null);
        }
        return Optional.of(new Mapped(new Input.Media(user, chat, Input.MediaKind.OTHER, null, m.getCaption(), lang),
                null));
    }

    private Optional<Mapped> callback(CallbackQuery q) {
        if (q.getFrom() == null || q.getFrom().getId() == null || q.getData() == null || q.getMessage() == null
                || q.getMessage().getChat() == null || q.getMessage().getChatId() == null
                || !chatAllowed(q.getMessage().getChat())) {
            return Optional.empty();
        }
        Integer messageId = q.getMessage().getMessageId();
        return Optional.of(new Mapped(new Input.ButtonPress(q.getFrom().getId(), q.getMessage().getChatId(),
                q.getData(), messageId == null ? 0 : messageId, q.getFrom().getLanguageCode()), q.getId()));
    }

    private static Optional<Mapped> media(long user, long chat, String lang, Input.MediaKind kind, String fileId,
                                          String name, String mime, long size, String caption) {
        Input.FileRef ref = fileId == null ? null : new Input.FileRef(fileId, name, mime, size);
        return Optional.of(new Mapped(new Input.Media(user, chat, kind, ref, caption, lang), null));
    }

    private boolean chatAllowed(Chat chat) {
        return "private".equals(chat.getType()) || (allowGroups && ("group".equals(chat.getType())
                || "supergroup".equals(chat.getType())));
    }
}
