package com.replyguard.drafting;

import com.replyguard.knowledge.entry.Claims;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.policy.CheckResult;
import java.util.List;
import java.util.Objects;

/**
 * One candidate reply: the filled text, the entry it came from, its retrieval score, the checker's result for the
 * text as offered (with any claim to confirm as its promise, see {@link Claims}), and the placeholders nothing in
 * the message could fill (shown as {@code [ORDER ID]} markers).
 * A reply composed from two entries for a message that asks two things names the second in {@code alsoEntryId}
 * and its intent in {@code alsoIntent} (else both are null).
 */
public record Draft(String text, String entryId, Intent intent, double score, CheckResult check,
                    List<String> needsInput, boolean autoFixed, String alsoEntryId, Intent alsoIntent) {
    public Draft(String text, String entryId, Intent intent, double score, CheckResult check, List<String> needsInput,
                 boolean autoFixed) {
        this(text, entryId, intent, score, check, needsInput, autoFixed, null, null);
    }

    /** True when this reply answers two intents, composed from two entries. */
    public boolean composed() {
        return alsoEntryId != null;
    }

    public Draft {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(check, "check");
        needsInput = List.copyOf(needsInput);
    }

    /** How the unfilled placeholders appear in the text, e.g. {@code [ORDER ID]}, for "fill in before sending". */
    public List<String> needsInputMarkers() {
        return needsInput.stream().map(TemplateFiller::marker).toList();
    }
}
