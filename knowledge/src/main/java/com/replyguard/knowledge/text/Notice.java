package com.replyguard.knowledge.text;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A sentence for the user, kept as its message key and arguments so that whoever shows it picks the language
 * (the Telegram user's choice, the CLI's draft language or {@code --lang}); see {@link Texts}.
 * Arguments are strings, numbers, enum constants (shown by their human names), notices or collections of these.
 */
public record Notice(String key, List<Object> args) {
    private static final Texts ENGLISH = Texts.knowledge();

    public Notice {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("notice key must not be blank");
        }
        args = List.copyOf(args);
    }

    /** A notice with these arguments. */
    public static Notice of(String key, Object... args) {
        return new Notice(key, Arrays.asList(args));
    }

    /** The English sentence, for logs and files (users get {@link Texts#notice}). */
    @Override
    public String toString() {
        return ENGLISH.keys(com.replyguard.policy.analysis.Language.EN).contains(key)
                ? ENGLISH.notice(com.replyguard.policy.analysis.Language.EN, this) : key + args;
    }
}
