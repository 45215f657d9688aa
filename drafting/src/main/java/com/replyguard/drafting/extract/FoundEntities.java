package com.replyguard.drafting.extract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The details found in one buyer message, each absent (null) when not found; a value is never blank. The same
 * details fill a reply template's placeholders, so {@link #asPlaceholders()} gives them by placeholder name
 * ({@link Entities#ORDER_ID}...). {@code product} is the product the buyer refers to ("the blue kettle I ordered"),
 * found only inside a purchase frame ({@link ProductFinder}).
 */
public record FoundEntities(String orderId, String trackingNumber, String carrier, String buyerName, String asin,
                            String amount, String date, String email, String phone, String product) {
    /** Nothing found. */
    public static final FoundEntities NONE = new FoundEntities(null, null, null, null, null, null, null, null, null,
            null);

    public FoundEntities {
        orderId = clean(orderId);
        trackingNumber = clean(trackingNumber);
        carrier = clean(carrier);
        buyerName = clean(buyerName);
        asin = clean(asin);
        amount = clean(amount);
        date = clean(date);
        email = clean(email);
        phone = clean(phone);
        product = clean(product);
    }

    /** The details without a product. */
    public FoundEntities(String orderId, String trackingNumber, String carrier, String buyerName, String asin,
                         String amount, String date, String email, String phone) {
        this(orderId, trackingNumber, carrier, buyerName, asin, amount, date, email, phone, null);
    }

    /** The details named by placeholder in {@code byName}; other names are not details and are left out. */
    public static FoundEntities of(Map<String, String> byName) {
        return new FoundEntities(byName.get(Entities.ORDER_ID), byName.get(Entities.TRACKING_NUMBER),
                byName.get(Entities.CARRIER), byName.get(Entities.BUYER_NAME), byName.get(Entities.ASIN),
                byName.get(Entities.AMOUNT), byName.get(Entities.DATE), byName.get(Entities.EMAIL),
                byName.get(Entities.PHONE), byName.get(Entities.PRODUCT));
    }

    /** The details found, by placeholder name, in a fixed order; an unmodifiable map. */
    public Map<String, String> asPlaceholders() {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, Entities.ORDER_ID, orderId);
        put(out, Entities.TRACKING_NUMBER, trackingNumber);
        put(out, Entities.CARRIER, carrier);
        put(out, Entities.BUYER_NAME, buyerName);
        put(out, Entities.ASIN, asin);
        put(out, Entities.AMOUNT, amount);
        put(out, Entities.DATE, date);
        put(out, Entities.EMAIL, email);
        put(out, Entities.PHONE, phone);
        put(out, Entities.PRODUCT, product);
        return Collections.unmodifiableMap(out);
    }

    public Optional<String> buyer() {
        return Optional.ofNullable(buyerName);
    }

    /** True when nothing was found. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    private static void put(Map<String, String> out, String name, String value) {
        if (value != null) {
            out.put(name, value);
        }
    }

    private static String clean(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
