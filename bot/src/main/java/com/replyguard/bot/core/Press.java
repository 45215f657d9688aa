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
        boolean fits = switch (verb.form()) {
            case PLAIN -> argument.isEmpty();
            case ARGUMENT -> !argument.isEmpty() && !argument.contains(":");
            case INDEX -> argument.matches(INDEX);
        };
        if (!fits) {
            throw new IllegalArgumentException(verb + " (" + verb.form() + ") cannot carry '" + argument + "'");
        }
    }

    /** The index a verb of {@link ButtonVerb.Form#INDEX} carries. */
    private static final String INDEX = "\\d{1,6}";

    /** The payload as written into the button's callback data. */
    public String payload() {
        return switch (verb.form()) {
            case PLAIN -> ref + ":" + verb.code();
            case ARGUMENT -> ref + ":" + verb.code() + ":" + argument;
            case INDEX -> ref + ":" + verb.code() + argument;
        };
    }

    /** The number a verb of {@link ButtonVerb.Form#INDEX} carries (which suggestion, finding or claim). */
    public int index() {
        if (verb.form() != ButtonVerb.Form.INDEX) {
            throw new IllegalStateException(verb + " carries no index");
        }
        return Integer.parseInt(argument);
    }

    /** The press {@code payload} names for {@code action}, or empty unless it is a reference, a verb it takes, and an argument. */
    public static Optional<Press> parse(ButtonAction action, String payload) {
        String[] parts = payload == null ? new String[0] : payload.split(":", 3);
        if (parts.length < 2 || parts[0].isEmpty()) {
            return Optional.empty();
        }
        String word = parts[1];
        String argument = parts.length > 2 ? parts[2] : "";
        for (ButtonVerb v : action.verbs()) {
            String carried = switch (v.form()) {
                case PLAIN -> v.code().equals(word) && parts.length == 2 ? "" : null;
                case ARGUMENT -> v.code().equals(word) && !argument.isEmpty() && !argument.contains(":") ? argument
                        : null;
                case INDEX -> parts.length == 2 && word.startsWith(v.code())
                        && word.substring(v.code().length()).matches(INDEX) ? word.substring(v.code().length()) : null;
            };
            if (carried != null) {
                return Optional.of(new Press(parts[0], v, carried));
            }
        }
        return Optional.empty();
    }
}
