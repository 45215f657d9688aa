package com.replyguard.bot.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The payload of a button whose action has verbs: a reference to the item (a key the chat remembers), one of the
 * action's {@link ButtonVerb}s, and an argument some verbs need (a version, a chosen value), written
 * {@code ref:verb[:argument]}. {@link #parse} refuses a verb the action does not take, so a forged or outdated press
 * reaches no handler's branch.
 */
public record Press(String ref, ButtonVerb verb, String argument) {
    public Press {
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(argument, "argument");
        if (ref == null || ref.isEmpty() || ref.contains(":")) {
            throw new IllegalArgumentException("a press's reference must be non-empty and without ':': '" + ref + "'");
        }
    }

    /** The payload as written into the button's callback data. */
    public String payload() {
        return ref + ":" + verb.code() + (argument.isEmpty() ? "" : ":" + argument);
    }

    /** The press {@code payload} names for {@code action}, or empty unless it is a reference, a verb it takes, and an argument. */
    public static Optional<Press> parse(ButtonAction action, String payload) {
        String[] parts = payload == null ? new String[0] : payload.split(":", 3);
        if (parts.length < 2 || parts[0].isEmpty()) {
            return Optional.empty();
        }
        return action.verbs().stream().filter(v -> v.code().equals(parts[1])).findFirst()
                .map(v -> new Press(parts[0], v, parts.length > 2 ? parts[2] : ""));
    }
}
