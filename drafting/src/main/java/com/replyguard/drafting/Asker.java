package com.replyguard.drafting;

import com.replyguard.policy.Marketplace;

/** Answers sellers' policy questions from the policy entries. Thread-safe. */
public interface Asker {
    AskResult ask(String question, Marketplace marketplace);
}
