package com.replyguard.drafting;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.Marketplace;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A product the buyer names fills the shipped replies' {@code {product}} (#16); a message that names none keeps the
 * neutral word ("item", "পণ্যটি", "barang"). Never a blank either way.
 */
class ProductInDraftsTest extends ShippedDraftingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // named: the buyer's own words for the product
        "The ceramic teapot I ordered arrived with a cracked lid. | ceramic teapot | amazon",
        "আমার অর্ডার করা শাড়িটা ছেঁড়া অবস্থায় এসেছে। | শাড়িটা | amazon",
        "Cerek elektrik yang saya beli sampai dalam keadaan rosak. | Cerek elektrik | amazon",
        // none named: the neutral word stays
        "My order arrived damaged, the lid is cracked. | item | amazon",
        "আমার অর্ডার ভাঙা অবস্থায় এসেছে। | পণ্যটি | amazon",
        "Barang saya sampai dalam keadaan rosak. | barang | amazon",
    })
    void theDraftNamesTheProductAsTheBuyerDidOrKeepsTheNeutralWord(String message, String word, String market) {
        DraftResult r = service.draft(message, Marketplace.parse(market), SIGNED);
        List<String> texts = r.drafts().stream().map(Draft::text).toList();
        assertTrue(texts.stream().anyMatch(t -> t.contains(word)), word + " in " + texts);
        assertFalse(texts.stream().anyMatch(t -> t.contains("[PRODUCT]")), texts.toString());
    }
}
