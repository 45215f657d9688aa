package com.replyguard.bot.core;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An inline button under a reply: either a callback routed back to a {@link CallbackHandler}, or a copy-text
 * button that puts its text on the user's clipboard.
 */
public record Button(String label, Action action) {
    /** Telegram's limit on callback data, in UTF-8 bytes. */
    public static final int MAX_CALLBACK_BYTES = 64;
    /** Telegram's limit on a copy-text button's text, in characters. */
    public static final int MAX_COPY_CHARS = 256;

    public Button {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(action, "action");
        if (label.isBlank()) {
            throw new IllegalArgumentException("button label must not be blank");
        }
    }

    /** What pressing the button does. */
    public sealed interface Action permits Callback, CopyText {
    }

    /** Sends {@code data} back to the bot: a {@link CallbackData} as encoded, so always one of the known actions. */
    public record Callback(String data) implements Action {
        public Callback {
            Objects.requireNonNull(data, "data");
            if (CallbackData.decode(data).isEmpty()) {
                throw new IllegalArgumentException("callback data must be a known action's code, ':' and a payload"
                        + " in 1.." + MAX_CALLBACK_BYTES + " bytes: " + data.getBytes(StandardCharsets.UTF_8).length
                        + " bytes in '" + data + "'");
            }
        }

        public Callback(CallbackData data) {
            this(data.encode());
        }
    }

    /** Copies {@code text} (at most 256 characters) to the clipboard. */
    public record CopyText(String text) implements Action {
        public CopyText {
            Objects.requireNonNull(text, "text");
            if (text.isEmpty() || text.length() > MAX_COPY_CHARS) {
                throw new IllegalArgumentException("copy text must be 1.." + MAX_COPY_CHARS + " chars: "
                        + text.length());
            }
        }
    }

    /** A button that sends {@code action} with {@code payload} back to the bot. */
    public static Button callback(String label, ButtonAction action, String payload) {
        return new Button(label, new Callback(new CallbackData(action, payload)));
    }

    /** A button that does {@code verb} (one {@code action} takes) to the item {@code ref} refers to. */
    public static Button callback(String label, ButtonAction action, String ref, ButtonVerb verb) {
        return callback(label, action, ref, verb, "");
    }

    /** A button that does {@code verb} with {@code argument} (a version, a chosen value) to the item {@code ref}. */
    public static Button callback(String label, ButtonAction action, String ref, ButtonVerb verb, String argument) {
        if (!action.verbs().contains(verb)) {
            throw new IllegalArgumentException(verb + " is not a verb of " + action + " (its verbs: " + action.verbs()
                    + ")");
        }
        return callback(label, action, new Press(ref, verb, argument).payload());
    }

    public static Button copy(String label, String text) {
        return new Button(label, new CopyText(text));
    }

    /** True when a text fits in a copy-text button. */
    public static boolean fitsCopy(String text) {
        return !text.isEmpty() && text.length() <= MAX_COPY_CHARS;
    }
}
