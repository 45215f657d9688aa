package com.replyguard.policy.analysis;

import java.util.Objects;

/**
 * What {@link LanguageDetector#detectWithScript} found: the language and its script, and the language whose
 * analysis chain reads the text (romanized Bengali is read with the Latin-script chain, since its words carry no
 * Bengali letters and its code-mixed English words need English stemming).
 */
public record Detection(Language language, Script script) {
    public Detection {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(script, "script");
    }

    /** The language whose analysis chain reads this text. */
    public Language analysisLanguage() {
        return language == Language.BN && script == Script.LATIN ? Language.EN : language;
    }

    public boolean romanized() {
        return script == Script.LATIN && language == Language.BN;
    }
}
