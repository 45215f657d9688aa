package com.replyguard.knowledge.draft;

import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.util.List;

/** The answers to a seller's policy question, best first, with notices (for example "answered in English"). */
public record AskResult(Marketplace marketplace, Language language, List<Answer> answers, List<String> notices) {
    public AskResult {
        answers = List.copyOf(answers);
        notices = List.copyOf(notices);
    }
}
