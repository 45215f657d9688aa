package com.replyguard.drafting.extract;

/** The names of the details the extractor finds; they double as the placeholder names of reply templates. */
public final class Entities {
    public static final String ORDER_ID = "order_id";
    public static final String TRACKING_NUMBER = "tracking_number";
    public static final String CARRIER = "carrier";
    public static final String BUYER_NAME = "buyer_name";
    public static final String ASIN = "asin";
    public static final String AMOUNT = "amount";
    public static final String DATE = "date";
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";
    /** The product the buyer names in a purchase frame ("the blue kettle I ordered"); "item" when none is named. */
    public static final String PRODUCT = "product";

    private Entities() {
    }
}
