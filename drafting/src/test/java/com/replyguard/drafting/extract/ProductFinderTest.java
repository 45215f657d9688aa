package com.replyguard.drafting.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.replyguard.policy.Marketplace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The product the buyer names, only inside a purchase frame (#16). Cases written for this test, in each language
 * and register; the negatives name no product, or only a person, an order number, a complaint or a generic word.
 */
class ProductFinderTest {
    private final ProductFinder finder = new ProductFinder();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // English
        "Hello, the green table lamp I ordered last Tuesday has a loose switch. | green table lamp",
        "My wireless mouse that I bought here stopped clicking after two days | wireless mouse",
        "hi i ordered a yoga mat from you and it smells of chemicals | yoga mat",
        "We bought two garden chairs, one of them wobbles. | garden chairs",
        "Question about the broken teapot I received this morning | teapot",
        // Bengali script
        "আমার অর্ডার করা শাড়িটা এখনো আসেনি। | শাড়িটা",
        "গত সপ্তাহে কেনা ব্লেন্ডারটি চালু হচ্ছে না | ব্লেন্ডারটি",
        "আমি যে ঘড়িটা অর্ডার করেছিলাম সেটা কবে পাব? | ঘড়িটা",
        // romanized Bengali
        "ami je powerbank ta order korsi oita charge ney na | powerbank",
        "bhai order kora panjabi ta kobe pabo? | panjabi",
        "je jama ta kinsi oitar size choto | jama",
        // Malay
        "Saya ingin bertanya tentang baju kurung yang saya beli minggu lepas. | baju kurung",
        "Tudung yang saya tempah warnanya lain daripada gambar | Tudung",
        "Saya beli cerek elektrik tapi tak boleh dipasang | cerek elektrik",
        // Malay chat
        "kasut yg sy order tu saiz salah la | kasut",
        "sy dah order powerbank, bila nak sampai? | powerbank",
        // the phrase ends before numbers, time spans and negation
        "I ordered a desk lamp two weeks ago and it has not come | desk lamp",
        "we bought the bamboo steamer five days ago | bamboo steamer",
    })
    void findsTheProductInsideAPurchaseFrame(String message, String product) {
        assertEquals(product, finder.find(message), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Where is my order? It has been two weeks.",                 // no product named
        "The item I ordered never arrived.",                         // a generic word only
        "I ordered it for my husband, he is upset.",                 // no phrase after the determiner frame
        "The one I bought is broken.",                               // "one" is no product's name
        "I ordered 3 pieces on 112-4456789-2234567",                 // an order number, a quantity
        "The broken thing I received is useless",                    // complaint and generic words only
        "I bought this from you last week",                          // a demonstrative, then a preposition
        "Sarah ordered a lamp for me",                               // someone else's purchase, a name before it
        "আমার অর্ডার এখনো আসেনি, কবে পাব?",                          // bn: no product
        "আমার অর্ডার করা জিনিসটা ভাঙা",                              // bn: generic thing
        "amar order ekhono ase nai, kobe pabo?",                     // romanized: no product
        "ami je jinish ta order korsi oita kothay?",                 // romanized: generic thing
        "Barang yang saya beli masih belum sampai.",                 // ms: generic "barang"
        "brg yg sy order x sampai lg",                               // ms chat: generic "brg"
        "Saya beli untuk anak saya",                                 // ms: a person, no product
        "We bought the grey size 12 boots",                          // a measure follows: not a name
        "Saya beli set 5 keping",                                    // a quantity follows
        "Kipas yang dihantar bukan yang saya tempah",                // ms: a clause, not a product
        "",
    })
    void namesNothingWhenNoProductIsNamed(String message) {
        assertNull(finder.find(message), message);
    }

    @Test
    void theExtractorReportsTheProductAsThePlaceholderAndKeepsTheOtherDetails() {
        FoundEntities e = new EntityExtractor().extract("The desk fan I ordered (113-1234567-1234567) is noisy. Thanks, "
                + "Priya", "The desk fan I ordered (113-1234567-1234567) is noisy. Thanks, Priya", Marketplace.AMAZON);
        assertEquals("desk fan", e.product());
        assertEquals("desk fan", e.asPlaceholders().get(Entities.PRODUCT));
        assertEquals("113-1234567-1234567", e.orderId());
        assertNull(new EntityExtractor().extract("Where is my order?", "Where is my order?", Marketplace.AMAZON)
                .product());
    }
}
