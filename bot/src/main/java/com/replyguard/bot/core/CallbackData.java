package com.replyguard.bot.core;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * A button's callback data: the action and its payload (which entry, draft or choice), written as
 * {@code code:payload} in at most {@value Button#MAX_CALLBACK_BYTES} UTF-8 bytes. {@link #decode} reads what a
 * client sends back and refuses anything this bot could not have written (an unknown action, no payload, control
 * characters, too long), so forged data reaches no handler.
 */
public record CallbackData(ButtonAction action, String payload) {
    public CallbackData {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(payload, "payload");
        if (payload.isEmpty()) {
            throw new IllegalArgumentException("callback payload must not be empty for " + action);
        }
        if (payload.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("callback payload must not contain control characters: '"
                    + payload.replaceAll("\\p{Cntrl}", "?") + "'");
        }
        int bytes = (action.code() + ":" + payload).getBytes(StandardCharsets.UTF_8).length;
        if (bytes > Button.MAX_CALLBACK_BYTES) {
            throw new IllegalArgumentException("callback data must be 1.." + Button.MAX_CALLBACK_BYTES
                    + " bytes: " + bytes + " in '" + action.code() + ":" + payload + "'");
        }
    }

    /** The callback data as sent to Telegram. */
    public String encode() {
        return action.code() + ":" + payload;
    }

    /** The action and payload of {@code data}, or empty when this bot could not have written it. */
    public static Optional<CallbackData> decode(String data) {
        if (data == null) {
            return Optional.empty();
        }
        int colon = data.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        Optional<ButtonAction> action = ButtonAction.ofCode(data.substring(0, colon));
        if (action.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CallbackData(action.get(), data.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
