package com.replyguard.knowledge.gaps;

import com.replyguard.policy.Marketplace;
import java.time.Instant;

/** A buyer message that found no good answer; {@code maskedText} has personal data replaced by placeholders. */
public record Gap(String maskedText, String intentGuess, Marketplace marketplace, String language, double bestScore,
                  Instant at) {
}
