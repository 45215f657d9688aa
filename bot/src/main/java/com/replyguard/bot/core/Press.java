package com.replyguard.bot.core;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The payload of a button whose action has verbs: a reference to the item (a key the chat remembers), one of the
 * action's verbs, and an argument some verbs need (a version, a chosen value), written {@code ref:verb[:argument]}.
 * {@link #parse} refuses a verb the action does not have, so a forged or outdated press reaches no branch of a
 * handler.
 *
 * @param <V> the action's verbs
 */
public record Press<V extends Enum<V> & ButtonVerb>(String ref, V verb, String argument) {
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

    /** The press {@code payload} names, or empty when it is not a reference, one of {@code verbs} and an argument. */
    public static <V extends Enum<V> & ButtonVerb> Optional<Press<V>> parse(String payload, Class<V> verbs) {
        String[] parts = payload == null ? new String[0] : payload.split(":", 3);
        if (parts.length < 2 || parts[0].isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(verbs.getEnumConstants()).filter(v -> v.code().equals(parts[1])).findFirst()
                .map(v -> new Press<>(parts[0], v, parts.length > 2 ? parts[2] : ""));
    }
}
