package com.replyguard.bot.core;

import java.util.List;
import java.util.Objects;

/** One thing the bot sends back: a message with optional button rows, a document, or a short toast for a button. */
public sealed interface Reply permits Reply.Message, Reply.Document, Reply.Photo, Reply.Toast,
        Reply.Notify {

    /** A text message; {@code buttons} is a list of rows. */
    record Message(RichText text, List<List<Button>> buttons) implements Reply {
        public Message {
            Objects.requireNonNull(text, "text");
            buttons = buttons.stream().map(List::copyOf).filter(r -> !r.isEmpty()).toList();
            if (text.visibleText().isBlank()) {
                throw new IllegalArgumentException("a message must have visible text");
            }
        }

        public Message(RichText text) {
            this(text, List.of());
        }
    }

    /** A file sent to the chat, for example an export. */
    record Document(String fileName, byte[] content, String caption) implements Reply {
        public Document {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(content, "content");
            if (fileName.isBlank()) {
                throw new IllegalArgumentException("fileName must not be blank");
            }
        }
    }

    /** A picture (PNG) shown in the chat, for example the /stats chart; {@code fileName} names it where it is saved. */
    record Photo(String fileName, byte[] png, String caption) implements Reply {
        public Photo {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(png, "png");
            if (png.length == 0) {
                throw new IllegalArgumentException("a photo must not be empty: " + fileName);
            }
        }
    }

    /** A short notice shown on the button that was pressed (Telegram's callback answer); ignored for text input. */
    record Toast(String text) implements Reply {
        public Toast {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A message to another user's private chat (chat id = user id), for example telling an agent why a lead
     * rejected their proposal. Adapters that cannot reach other users show it to the current user instead.
     */
    record Notify(long userId, RichText text) implements Reply {
        public Notify {
            Objects.requireNonNull(text, "text");
            if (text.visibleText().isBlank()) {
                throw new IllegalArgumentException("a notification must have visible text");
            }
        }
    }

    static Message text(String plain) {
        return new Message(RichText.plain(plain));
    }
}
