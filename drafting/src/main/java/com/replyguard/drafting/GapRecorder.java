package com.replyguard.drafting;

import com.replyguard.drafting.extract.FoundEntities;
import com.replyguard.drafting.read.ReadMessage;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.gaps.Gap;
import com.replyguard.knowledge.gaps.GapLog;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.time.Clock;

/**
 * Records a buyer message the knowledge base answered badly as a knowledge gap, its personal data masked by
 * {@code masker}. A gap that cannot be stored never costs the agent the drafts. Thread safety: as safe as the gap log.
 */
record GapRecorder(GapLog gaps, Clock clock, PersonalDataMasker masker) {
    /** Below this confidence in the intent a message is a gap even when drafts were found. */
    private static final double GAP_CONFIDENCE = 0.35;

    /** {@code gaps} may be null: nothing is recorded. */
    GapRecorder(GapLog gaps, Clock clock) {
        this(gaps, clock, new PersonalDataMasker());
    }

    /** Records the message when no intent was read, the intent is a guess, or no draft scored. */
    void recordIfWeak(ReadMessage read, FoundEntities entities, Intent intent, double confidence, Marketplace m,
                      Language lang, int drafts, double best) {
        if (gaps == null || !(intent == null || confidence < GAP_CONFIDENCE || drafts == 0 || best <= 0)) {
            return;
        }
        try {
            gaps.record(new Gap(masker.mask(read.body(), entities), intent == null ? null : intent.name(), m,
                    lang.code(), best, clock.instant()));
        } catch (RuntimeException e) {
            // A gap that cannot be stored must not cost the agent the drafts; the store logs its own failures.
        }
    }
}
