package com.replyguard.policy.detect;

import java.util.List;

/**
 * A language-independent scanner for one kind of contact detail. Every implementation is hand-written, linear in
 * the text (no backtracking regular expressions on user input), never throws, and is safe to share between threads.
 */
public sealed interface Detector permits LinkDetector, EmailDetector, PhoneDetector, MessengerDetector,
        BankAccountDetector {

    /** The spans this detector finds, in text order. */
    List<Span> find(String text);

    /** The detector named in a rule file: {@code link}, {@code email}, {@code phone}, {@code messenger} or {@code bank}. */
    static Detector named(String name) {
        return switch (name == null ? "" : name.trim()) {
            case "link" -> new LinkDetector();
            case "email" -> new EmailDetector();
            case "phone" -> new PhoneDetector();
            case "messenger" -> new MessengerDetector();
            case "bank" -> new BankAccountDetector();
            default -> throw new IllegalArgumentException(
                    "unknown detector '" + name + "' (expected link, email, phone, messenger or bank)");
        };
    }
}
