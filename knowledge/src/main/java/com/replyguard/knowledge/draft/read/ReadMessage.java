package com.replyguard.knowledge.draft.read;

import com.replyguard.policy.analysis.Language;
import java.util.Objects;

/**
 * A buyer message after reading: {@code body} is the buyer's own words (quoted mail, notification chrome and
 * device signatures removed, sign-offs kept so names can still be found), capped in length; {@code language} is
 * the detected language of the body.
 */
public record ReadMessage(String original, String body, Language language, boolean truncated, boolean unwrapped) {
    public ReadMessage {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(language, "language");
    }

    /** True when nothing of the buyer's own words is left (an empty paste, or only quoted mail). */
    public boolean isEmpty() {
        return body.isBlank();
    }
}
