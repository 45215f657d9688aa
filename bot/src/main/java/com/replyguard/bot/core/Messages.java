package com.replyguard.bot.core;

import com.replyguard.knowledge.text.Notice;
import com.replyguard.knowledge.text.Texts;
import com.replyguard.policy.analysis.Language;
import java.util.Set;

/**
 * The bot's sentences in English, Bengali and Malay: its own {@code messages_XX.properties} (UTF-8) together with
 * the knowledge module's words (drafting notices, import errors, intent/topic names), through the one message
 * facility {@link Texts}. {@code {0}}, {@code {1}}... are replaced by arguments; an enum argument is shown by its
 * human name; no MessageFormat, so apostrophes need no escaping.
 *
 * <p>Thread safety: immutable after construction.
 */
public final class Messages {
    private static final String BASE = "messages";
    private final Texts texts = new Texts(BASE, Texts.KNOWLEDGE);

    /** The languages the bot speaks. */
    public static Language[] uiLanguages() {
        return Texts.languages().toArray(Language[]::new);
    }

    /** The sentence {@code key} in {@code language} (English when the language has no bundle). */
    public String get(Language language, String key, Object... args) {
        return texts.get(language, key, args);
    }

    /** The human name of an enum constant (an intent, topic, role, verdict, language) in {@code language}. */
    public String name(Language language, Enum<?> value) {
        return texts.name(language, value);
    }

    /** A notice of the knowledge module (drafting, import) in {@code language}. */
    public String notice(Language language, Notice notice) {
        return texts.notice(language, notice);
    }

    /** True when {@code value} has a human name in every language. */
    public boolean hasName(Enum<?> value) {
        return texts.hasName(value);
    }

    /** All keys of a language's sentences, for completeness checks. */
    public Set<String> keys(Language language) {
        return texts.keys(language);
    }

    /** A view of this catalogue fixed to one language. */
    public Localized in(Language language) {
        return new Localized(this, language);
    }

    /** Messages in one language. */
    public record Localized(Messages messages, Language language) {
        public String get(String key, Object... args) {
            return messages.get(language, key, args);
        }

        public String name(Enum<?> value) {
            return messages.name(language, value);
        }

        public String notice(Notice notice) {
            return messages.notice(language, notice);
        }
    }
}
