package com.replyguard.bot.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The payload of a button whose action has verbs: a reference to the item (a key the chat remembers), one of the
 * action's {@link ButtonVerb}s, and an argument some verbs need (a version, a chosen value), written
 * {@code ref:verb}, {@code ref:verb:argument} or {@code ref:verbN} as the verb's {@link ButtonVerb.Form} says; anything
 * else is refused. {@link #parse} refuses a verb the action does not take, so a forged or outdated press
 * reaches no handler's branch.
 */
public record Press(String ref, ButtonVerb verb, String argument) {
    public Press {
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(argument, "argument");
        if (ref == null || ref.isEmpty() || ref.contains(":")) {
            throw new IllegalArgumentException("a press's reference must be non-empty and without ':': '" + ref + "'");
        }
        if (!verb.accepts(argument)) {
            throw new IllegalArgumentException(verb + " cannot carry '" + argument + "'");
        }
    }

    /** The payload as written into the button's callback data. */
    public String payload() {
        return ref + ":" + verb.write(argument);
    }

    /** The number a verb of {@link ButtonVerb.Form#INDEX} carries (which suggestion, finding or claim). */
    public int index() {
        if (!verb.indexed()) {
            throw new IllegalStateException(verb + " carries no index");
        }
        return Integer.parseInt(argument);
    }

    /**
     * The press {@code payload} names for {@code action}, or empty unless it is a reference and one of the action's
     * verbs with what that verb carries.
     */
    public static Optional<Press> parse(ButtonAction action, String payload) {
        String[] parts = payload == null ? new String[0] : payload.split(":", 3);
        if (parts.length < 2 || parts[0].isEmpty()) {
            return Optional.empty();
        }
        for (ButtonVerb v : action.verbs()) {
            String argument = v.read(parts[1], parts.length > 2 ? parts[2] : null);
            if (argument != null) {
                return Optional.of(new Press(parts[0], v, argument));
            }
        }
        return Optional.empty();
    }
}
