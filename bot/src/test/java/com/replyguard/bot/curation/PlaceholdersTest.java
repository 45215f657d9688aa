package com.replyguard.bot.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.Marketplace;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
    private final Placeholders placeholders = new Placeholders();

    @Test
    void detailsKnownFromTheBuyerMessageBecomePlaceholdersEverywhereTheyAppear() {
        String out = placeholders.generalise("Dear Priya, order 402-1111111-2222222 ships today. Priya, thanks!",
                Map.of("buyer_name", "Priya", "order_id", "402-1111111-2222222"), Marketplace.AMAZON);
        assertEquals("Dear {buyer_name}, order {order_id} ships today. {buyer_name}, thanks!", out);
    }

    @Test
    void theGreetedNameAndDetailsFoundInTheReplyItselfAreGeneralisedToo() {
        String out = placeholders.generalise("Hi Marcus,\nyour order 113-7654321-1234567 is on its way.",
                Map.of(), Marketplace.AMAZON);
        assertTrue(out.startsWith("Hi {buyer_name},"), out);
        assertTrue(out.contains("{order_id}"), out);
        assertFalse(out.contains("7654321"), out);
    }

    @Test
    void genericGreetingsAndExistingPlaceholdersAreLeftAlone() {
        String text = "Hi there, your order {order_id} is on its way.";
        assertEquals(text, placeholders.generalise(text, Map.of(), Marketplace.EBAY));
        assertNull(Placeholders.greetedName("Hello customer, thanks"));
        assertNull(Placeholders.greetedName("Hi {buyer_name}, thanks"));
        assertEquals("Aisyah", Placeholders.greetedName("Hai Aisyah, terima kasih"));
    }

    @Test
    void theLongerValueIsReplacedFirstSoAShorterOneCannotSplitIt() {
        String out = placeholders.generalise("Parcel 1Z999AA10123456784 for order 1Z999AA1 left.",
                Map.of("tracking_number", "1Z999AA10123456784", "order_id", "1Z999AA1"), Marketplace.EBAY);
        assertEquals("Parcel {tracking_number} for order {order_id} left.", out);
    }
}
