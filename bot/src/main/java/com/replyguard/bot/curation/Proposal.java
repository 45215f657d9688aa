package com.replyguard.bot.curation;

import com.replyguard.knowledge.entry.Intent;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.util.Objects;

/**
 * A reply about to become a knowledge entry, while its author adjusts the guesses: the reply with placeholders,
 * the buyer question it answers ({@code null} when none is known), and the intent ({@code null} until chosen),
 * marketplace and language.
 */
record Proposal(String body, String question, Intent intent, Marketplace marketplace, Language language) {
    static final int MAX_BODY = 4000;

    Proposal {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(language, "language");
        if (body.isBlank()) {
            throw new IllegalArgumentException("a proposal needs a reply text");
        }
        if (question != null && question.isBlank()) {
            question = null;
        }
    }

    Proposal withIntent(Intent i) {
        return new Proposal(body, question, i, marketplace, language);
    }

    Proposal withMarketplace(Marketplace m) {
        return new Proposal(body, question, intent, m, language);
    }

    Proposal withLanguage(Language l) {
        return new Proposal(body, question, intent, marketplace, l);
    }
}
