package com.replyguard.policy;

/**
 * Checks a seller's draft against the rule packs for a marketplace.
 *
 * <p>Thread safety: implementations are immutable after loading and safe to share between threads.
 */
public interface ComplianceChecker {

    /** Checks {@code text} (any length, any script) for {@code marketplace}; never throws on odd input. */
    CheckResult check(String text, Marketplace marketplace);
}
