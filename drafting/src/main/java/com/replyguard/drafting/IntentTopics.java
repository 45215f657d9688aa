package com.replyguard.drafting;

import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.entry.Topic;
import java.util.List;

/** The policy topics an agent should keep in mind when answering each kind of buyer message. */
final class IntentTopics {
    private IntentTopics() {
    }

    static List<Topic> of(Intent intent) {
        return switch (intent) {
            case ORDER_STATUS -> List.of(Topic.SHIPPING_EXPECTATIONS, Topic.OVERPROMISE);
            case DELIVERED_NOT_RECEIVED -> List.of(Topic.DISPUTES, Topic.SHIPPING_EXPECTATIONS);
            case DAMAGED_OR_DEFECTIVE -> List.of(Topic.RETURNS_PROCESS, Topic.PACKAGING);
            case WRONG_ITEM -> List.of(Topic.RETURNS_PROCESS, Topic.LISTING_ACCURACY);
            case MISSING_PARTS -> List.of(Topic.PACKAGING, Topic.RETURNS_PROCESS);
            case RETURN_REQUEST -> List.of(Topic.RETURNS_PROCESS, Topic.OFF_PLATFORM);
            case REFUND_STATUS -> List.of(Topic.OFF_PLATFORM, Topic.RETURNS_PROCESS);
            case CANCEL_ORDER -> List.of(Topic.PROCESS_ABUSE, Topic.RETURNS_PROCESS);
            case ADDRESS_CHANGE -> List.of(Topic.PERSONAL_DATA, Topic.OFF_PLATFORM);
            case PRODUCT_QUESTION -> List.of(Topic.LISTING_ACCURACY, Topic.OVERPROMISE);
            case INVOICE_REQUEST -> List.of(Topic.ATTACHMENT, Topic.PERSONAL_DATA);
            case CUSTOMS_DUTIES -> List.of(Topic.SHIPPING_EXPECTATIONS, Topic.OFF_PLATFORM);
            case NEGATIVE_REVIEW -> List.of(Topic.REVIEW_MANIPULATION, Topic.REVIEW_INCENTIVE);
            case PRAISE -> List.of(Topic.REVIEW_REQUEST, Topic.UNNECESSARY_MESSAGE);
        };
    }
}
