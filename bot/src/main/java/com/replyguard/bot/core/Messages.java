package com.replyguard.bot.core;

import com.replyguard.policy.analysis.Language;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The bot's own sentences in English, Bengali and Malay, from {@code messages_XX.properties} (UTF-8).
 * {@code {0}}, {@code {1}}... are replaced by arguments; no MessageFormat, so apostrophes need no escaping.
 *
 * <p>Thread safety: immutable after construction.
 */
public final class Messages {
    private static final String BASE = "messages";
    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    public Messages() {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        for (Language l : uiLanguages()) {
            bundles.put(l, ResourceBundle.getBundle(BASE, Locale.forLanguageTag(l.code()), noFallback));
        }
    }

    /** The languages the bot speaks. */
    public static Language[] uiLanguages() {
        return new Language[] {Language.EN, Language.BN, Language.MS};
    }

    /** The sentence {@code key} in {@code language} (English when the language has no bundle). */
    public String get(Language language, String key, Object... args) {
        ResourceBundle b = bundles.getOrDefault(language, bundles.get(Language.EN));
        String s;
        try {
            s = b.getString(key);
        } catch (MissingResourceException e) {
            s = bundles.get(Language.EN).getString(key);
        }
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }

    /** All keys of a language's bundle, for completeness checks. */
    public java.util.Set<String> keys(Language language) {
        return bundles.get(language).keySet();
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
    }
}
