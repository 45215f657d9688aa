package com.replyguard.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.Marketplace;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** /ask answers for the marketplace the question names (in any of the three languages), else the chat's. */
class AskMarketplaceTest extends ShippedDraftingTest {
    @Test
    void findsMarketplaceNamesAndAliasesInThreeLanguages() {
        assertEquals(Optional.of(Marketplace.AMAZON), MarketplaceMention.in("Can I ask for a review on Amazon?"));
        assertEquals(Optional.of(Marketplace.EBAY), MarketplaceMention.in("what does e-bay say about returns"));
        assertEquals(Optional.of(Marketplace.ALIEXPRESS), MarketplaceMention.in("Ali Express refund rules?"));
        assertEquals(Optional.of(Marketplace.AMAZON), MarketplaceMention.in("অ্যামাজনে কি রিভিউ চাওয়া যায়?"));
        assertEquals(Optional.of(Marketplace.EBAY), MarketplaceMention.in("ইবে-তে রিটার্নের নিয়ম কী?"));
        assertEquals(Optional.of(Marketplace.ALIEXPRESS), MarketplaceMention.in("Bolehkah saya minta ulasan di AliExpress?"));
        assertEquals(Optional.of(Marketplace.EBAY), MarketplaceMention.in("eBay or Amazon: which allows it?"),
                "the first one named wins");
        assertEquals(Optional.empty(), MarketplaceMention.in("Can I ask buyers for a review?"));
        assertEquals(Optional.empty(), MarketplaceMention.in("the amazonian rainforest"));
    }

    @Test
    void answersForTheMarketplaceNamedInTheQuestionNotTheChats() {
        AskResult r = service.ask("Can I ask the buyer for a review on Amazon?", Marketplace.EBAY);
        assertEquals(Marketplace.AMAZON, r.marketplace());
        assertTrue(r.named());
        assertFalse(r.answers().isEmpty());
        for (Answer a : r.answers()) {
            assertTrue(a.marketplace() == Marketplace.AMAZON || a.marketplace() == Marketplace.ALL, a.toString());
        }
        AskResult chat = service.ask("Can I ask the buyer for a review?", Marketplace.EBAY);
        assertEquals(Marketplace.EBAY, chat.marketplace());
        assertFalse(chat.named());
        assertEquals(Marketplace.AMAZON, r.answers().get(0).marketplace(), "Amazon's own rule first");
        assertEquals(Marketplace.EBAY, chat.answers().get(0).marketplace(), "eBay's own rule first");
    }
}
