package com.replyguard.drafting;

import com.replyguard.knowledge.entry.Topic;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;

/** One policy answer; {@code translated} is false when the entry exists only in another language (English). */
public record Answer(String entryId, Topic topic, Marketplace marketplace, Language language, String title,
                     String text, String source, double score, boolean inQuestionLanguage) {
}
