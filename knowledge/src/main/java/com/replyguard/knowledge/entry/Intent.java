package com.replyguard.knowledge.entry;

/** What a buyer's message is about (the fixed taxonomy of the contracts). */
public enum Intent {
    ORDER_STATUS, DELIVERED_NOT_RECEIVED, DAMAGED_OR_DEFECTIVE, WRONG_ITEM, MISSING_PARTS, RETURN_REQUEST,
    REFUND_STATUS, CANCEL_ORDER, ADDRESS_CHANGE, PRODUCT_QUESTION, INVOICE_REQUEST, CUSTOMS_DUTIES,
    NEGATIVE_REVIEW, PRAISE
}
