package com.replyguard.drafting;

import com.replyguard.drafting.extract.FoundEntities;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.text.Notice;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.util.List;

/**
 * What the drafting pipeline made of one buyer message: its language, intent (with confidence 0..1), the details
 * extracted from it, up to three drafts (best first, never a blocking one first), policy notes, and plain-language
 * notices for the agent, shown in the reader's language (for example "this looks like a seller's draft, not a buyer message").
 */
public record DraftResult(Marketplace marketplace, Language language, Intent intent, double confidence,
                          FoundEntities entities, List<Draft> drafts, List<PolicyNote> policies,
                          List<Notice> notices) {
    public DraftResult {
        java.util.Objects.requireNonNull(entities, "entities");
        drafts = List.copyOf(drafts);
        policies = List.copyOf(policies);
        notices = List.copyOf(notices);
    }
}
