package com.replyguard.bot.core;

import java.util.Objects;

/** What a user sent: a text, a button press, or a file/photo/sticker. Carries no Telegram types. */
public sealed interface Input permits Input.Text, Input.ButtonPress, Input.Media {
    long userId();

    long chatId();

    /**
     * The language the user's app is set to (Telegram's {@code language_code}, such as "bn" or "en-US"), or null:
     * the bot speaks it until the user chooses a language.
     */
    String language();

    /**
     * A typed or pasted message (commands included); {@code replyTo} is the text of the message it answers
     * (Telegram's reply_to_message, for example a draft the bot sent), or null.
     */
    record Text(long userId, long chatId, String text, String replyTo, String language) implements Input {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        public Text(long userId, long chatId, String text, String replyTo) {
            this(userId, chatId, text, replyTo, null);
        }

        public Text(long userId, long chatId, String text) {
            this(userId, chatId, text, null);
        }
    }

    /**
     * A press on a callback button; {@code data} is the button's "prefix:payload"; {@code messageId} is the message
     * the button is on (0 when the adapter does not know it, as in the terminal).
     */
    record ButtonPress(long userId, long chatId, String data, long messageId, String language) implements Input {
        public ButtonPress {
            Objects.requireNonNull(data, "data");
        }

        public ButtonPress(long userId, long chatId, String data, long messageId) {
            this(userId, chatId, data, messageId, null);
        }

        public ButtonPress(long userId, long chatId, String data) {
            this(userId, chatId, data, 0);
        }
    }

    /** A non-text message: a photo, sticker, document, voice note...; {@code caption} may be null. */
    record Media(long userId, long chatId, MediaKind kind, FileRef file, String caption, String language)
            implements Input {
        public Media {
            Objects.requireNonNull(kind, "kind");
        }

        public Media(long userId, long chatId, MediaKind kind, FileRef file, String caption) {
            this(userId, chatId, kind, file, caption, null);
        }
    }

    /** The kinds of non-text messages the bot tells apart. */
    enum MediaKind { PHOTO, STICKER, DOCUMENT, VOICE, OTHER }

    /** A file the adapter can fetch through {@link FileFetcher}; any field but {@code id} may be null/0. */
    record FileRef(String id, String name, String mimeType, long size) {
        public FileRef {
            Objects.requireNonNull(id, "id");
        }
    }
}
