package com.replyguard.drafting.read;

import com.replyguard.policy.analysis.Language;
import java.util.Objects;

/**
 * A buyer message after reading: {@code body} is the buyer's own words (quoted mail, notification chrome and
 * device signatures removed, sign-offs kept so names can still be found), capped in length; {@code language} is
 * the detected language of the body; {@code romanized} is true for Bengali typed in Latin letters, and then
 * {@code bengali} is the body transliterated to Bengali script (English words kept), else the body itself.
 */
public record ReadMessage(String original, String body, Language language, boolean truncated, boolean unwrapped,
                          boolean romanized, String bengali) {
    public ReadMessage(String original, String body, Language language, boolean truncated, boolean unwrapped) {
        this(original, body, language, truncated, unwrapped, false, body);
    }

    public ReadMessage {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(language, "language");
    }

    /**
     * The text to classify and search with: for romanized Bengali the body and its Bengali-script transliteration
     * together (cues and example questions of either script match); for Malay the body and, when it has chat short
     * forms, the body with them spelled out ({@link MalayChat}); else the body.
     */
    public String searchText() {
        if (romanized) {
            return body + "\n" + bengali;
        }
        if (language == Language.MS) {
            String spelled = MalayChat.spellOut(body);
            return spelled.equals(body) ? body : body + "\n" + spelled;
        }
        return body;
    }

    /** The script of the body: "latin" for romanized Bengali, else the usual script of the language. */
    public String script() {
        return romanized || language != Language.BN ? "latin" : "bengali";
    }

    /** True when nothing of the buyer's own words is left (an empty paste, or only quoted mail). */
    public boolean isEmpty() {
        return body.isBlank();
    }
}
