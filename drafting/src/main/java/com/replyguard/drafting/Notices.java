package com.replyguard.drafting;

import com.replyguard.knowledge.text.Notice;

/**
 * The agent-facing notices of drafting, as {@link Notice}s under {@code notice.*} in the knowledge texts
 * ({@code com/replyguard/knowledge/text/texts_*.properties}); whoever shows them picks the language.
 */
final class Notices {
    Notice get(String key, Object... args) {
        return Notice.of("notice." + key, args);
    }
}
