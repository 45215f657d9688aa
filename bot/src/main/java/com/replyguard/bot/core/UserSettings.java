package com.replyguard.bot.core;

import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.util.Objects;

/** A user's remembered choices: the marketplace drafts are checked for, and the language the bot speaks. */
public record UserSettings(long userId, Marketplace marketplace, Language language) {
    public UserSettings {
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(language, "language");
        if (marketplace == Marketplace.ALL) {
            throw new IllegalArgumentException("a user's marketplace must be a real one, not 'all'");
        }
        if (language == Language.OTHER) {
            throw new IllegalArgumentException("the bot speaks en, bn or ms, not " + language);
        }
    }

    public UserSettings withMarketplace(Marketplace m) {
        return new UserSettings(userId, m, language);
    }

    public UserSettings withLanguage(Language l) {
        return new UserSettings(userId, marketplace, l);
    }
}
