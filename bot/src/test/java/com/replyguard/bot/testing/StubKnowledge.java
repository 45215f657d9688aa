package com.replyguard.bot.testing;

import com.replyguard.drafting.Answer;
import com.replyguard.drafting.AskResult;
import com.replyguard.drafting.Asker;
import com.replyguard.drafting.Draft;
import com.replyguard.drafting.DraftResult;
import com.replyguard.drafting.extract.FoundEntities;
import com.replyguard.drafting.Drafter;
import com.replyguard.drafting.PolicyNote;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.entry.Topic;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.LanguageDetector;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Drafts and answers for the bot's tests: any message mentioning "order" gets three drafts (the second one
 * carries a "5 stars" offer so the checker blocks it), anything else gets none. Questions get one answer in the
 * question's language.
 */
public final class StubKnowledge implements Drafter, Asker {
    private final ComplianceChecker checker;
    private final LanguageDetector detector = new LanguageDetector();

    public StubKnowledge(ComplianceChecker checker) {
        this.checker = checker;
    }

    public static final String FIRST = "Hi, thanks for writing. Your order is on its way; tracking: [TRACKING NUMBER].";
    public static final String SECOND = "Hello! Your order ships today. Leave 5 stars and get a gift.";
    public static final String THIRD = "Dear buyer, we checked your order and it left our warehouse yesterday.";

    /** The placeholder values the last draft request carried (the agent's signature). */
    public volatile Map<String, String> lastKnown = Map.of();

    @Override
    public DraftResult draft(String message, Marketplace marketplace, Map<String, String> known) {
        lastKnown = Map.copyOf(known);
        return draft(message, marketplace);
    }

    @Override
    public DraftResult draft(String message, Marketplace marketplace) {
        Language lang = detector.detect(message);
        if (!message.toLowerCase(Locale.ROOT).contains("order")) {
            return new DraftResult(marketplace, lang, null, 0, FoundEntities.NONE, List.of(), List.of(), List.of());
        }
        List<Draft> drafts = List.of(
                new Draft(FIRST, "order-status-1", Intent.ORDER_STATUS, 7.5, checker.check(FIRST, marketplace),
                        List.of("tracking_number"), false),
                new Draft(SECOND, "order-status-2", Intent.ORDER_STATUS, 6.0, checker.check(SECOND, marketplace),
                        List.of(), false),
                new Draft(THIRD, "order-status-3", Intent.ORDER_STATUS, 5.0, checker.check(THIRD, marketplace),
                        List.of(), false));
        List<PolicyNote> notes = List.of(new PolicyNote("policy-shipping", Topic.SHIPPING_EXPECTATIONS,
                "Keep shipping promises realistic", "Give the buyer the tracking number; never promise a date.",
                "Test handbook"));
        return new DraftResult(marketplace, lang, Intent.ORDER_STATUS, 0.9, FoundEntities.NONE, drafts, notes, List.of());
    }

    @Override
    public AskResult ask(String question, Marketplace marketplace) {
        Language lang = detector.detect(question);
        Answer a = switch (lang) {
            case BN -> new Answer("review-bn", Topic.REVIEW_REQUEST, marketplace, Language.BN,
                    "রিভিউ চাওয়ার নিয়ম", "শুধু নিরপেক্ষভাবে রিভিউ চাওয়া যায়, কোনো উপহার ছাড়া।", "Test policy",
                    3.0, true);
            default -> new Answer("review-en", Topic.REVIEW_REQUEST, marketplace, Language.EN,
                    "Asking for reviews", "Ask neutrally, never offer anything for a review.", "Test policy", 3.0,
                    true);
        };
        return new AskResult(marketplace, lang, List.of(a), List.of());
    }
}
