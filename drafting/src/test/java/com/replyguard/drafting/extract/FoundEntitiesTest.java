package com.replyguard.drafting.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.Marketplace;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FoundEntitiesTest {
    @Test
    void blankValuesAreAbsentAndValuesAreStripped() {
        FoundEntities e = new FoundEntities(" 112-4456789-2234567 ", "  ", null, "Sarah", null, null, null, null, null);
        assertEquals("112-4456789-2234567", e.orderId());
        assertNull(e.trackingNumber());
        assertEquals(Optional.of("Sarah"), e.buyer());
        assertFalse(e.isEmpty());
        assertTrue(FoundEntities.NONE.isEmpty());
        assertTrue(new FoundEntities("", " ", null, null, null, null, null, null, null).isEmpty());
    }

    @Test
    void placeholdersNameEveryDetailFoundAndNothingElse() {
        Map<String, String> all = Map.of(Entities.ORDER_ID, "1", Entities.TRACKING_NUMBER, "2", Entities.CARRIER, "3",
                Entities.BUYER_NAME, "4", Entities.ASIN, "5", Entities.AMOUNT, "6", Entities.DATE, "7",
                Entities.EMAIL, "8", Entities.PHONE, "9");
        FoundEntities e = FoundEntities.of(all);
        assertEquals(all, e.asPlaceholders());
        assertEquals(List.of(Entities.ORDER_ID, Entities.TRACKING_NUMBER, Entities.CARRIER, Entities.BUYER_NAME,
                Entities.ASIN, Entities.AMOUNT, Entities.DATE, Entities.EMAIL, Entities.PHONE),
                List.copyOf(e.asPlaceholders().keySet()), "a fixed order");
        assertEquals(Map.of(Entities.BUYER_NAME, "Ana"),
                FoundEntities.of(Map.of(Entities.BUYER_NAME, "Ana", "signature", "Team")).asPlaceholders());
    }

    @Test
    void theExtractorFillsTheTypedFields() {
        FoundEntities e = new EntityExtractor().extract("Hi, where is order 112-4456789-2234567? Thanks, Sarah",
                "Hi, where is order 112-4456789-2234567? Thanks, Sarah", Marketplace.AMAZON);
        assertEquals("112-4456789-2234567", e.orderId());
        assertEquals("Sarah", e.buyerName());
    }
}
