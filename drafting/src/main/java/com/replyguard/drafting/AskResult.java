package com.replyguard.drafting;

import com.replyguard.knowledge.text.Notice;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.util.List;

/**
 * The answers to a seller's policy question, best first, with notices (for example "answered in English");
 * {@code marketplace} is the one answered for, and {@code named} is true when the question named it (else it is the
 * chat's).
 */
public record AskResult(Marketplace marketplace, Language language, List<Answer> answers, List<Notice> notices,
                        boolean named) {
    public AskResult(Marketplace marketplace, Language language, List<Answer> answers, List<Notice> notices) {
        this(marketplace, language, answers, notices, false);
    }

    public AskResult {
        answers = List.copyOf(answers);
        notices = List.copyOf(notices);
    }
}
