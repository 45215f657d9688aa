package com.replyguard.drafting.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.replyguard.policy.Marketplace;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityExtractorTest {
    private final EntityExtractor extractor = new EntityExtractor();

    private Map<String, String> extract(String text, Marketplace m) {
        return extractor.extract(text, text, m).asPlaceholders();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Order 112-4456789-2234567 has not arrived|amazon|112-4456789-2234567",
            "my order #12-34567-89012 is late|ebay|12-34567-89012",
            "order 8123456789012345 where is it|aliexpress|8123456789012345",
            "অর্ডার ১১২-৪৪৫৬৭৮৯-২২৩৪৫৬৭ কোথায়|amazon|112-4456789-2234567"})
    void findsOrderIdsOfEachMarketplace(String text, String marketplace, String expected) {
        assertEquals(expected, extract(text, Marketplace.parse(marketplace)).get(Entities.ORDER_ID));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "tracking 1Z999AA10123456784 shows nothing|1Z999AA10123456784|UPS",
            "USPS says 9400 1000 0000 0000 0000 00 delivered|9400100000000000000000|USPS",
            "Royal Mail number RR123456789GB|RR123456789GB|Royal Mail",
            "Cainiao LP00123456789012 stuck|LP00123456789012|Cainiao",
            "Pos Laju EM123456789MY belum sampai|EM123456789MY|Pos Malaysia",
            "DHL tracking 1234567890 please|1234567890|DHL",
            "Amazon says TBA123456789012 delivered|TBA123456789012|Amazon Logistics"})
    void findsTrackingNumbersAndTheirCarrier(String text, String number, String carrier) {
        Map<String, String> e = extract(text, Marketplace.AMAZON);
        assertEquals(number, e.get(Entities.TRACKING_NUMBER));
        assertEquals(carrier, e.get(Entities.CARRIER));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Where is my parcel?\\nThanks, Sarah|Sarah",
            "It broke.\\nRegards,\\nAhmad Zaki|Ahmad Zaki",
            "Please help\\n- Rahim|Rahim",
            "পণ্যটি ভাঙা এসেছে।\\nধন্যবাদ,\\nরহিম|রহিম",
            "Barang rosak.\\nTerima kasih,\\nAisyah|Aisyah",
            "Hi, my name is Tom Baker and my order is late|Tom Baker",
            "Where is my order 12-34567-89012? Thanks, Sarah|Sarah",
            "Bila barang sampai? Terima kasih, Aisyah|Aisyah",
            "My parcel never came. What should I do? - Priya|Priya",
            "Where is it? – Priya Nair|Priya Nair",
            "আমার অর্ডার কবে আসবে? ধন্যবাদ, রহিম|রহিম",
            "পণ্যটি ভাঙা এসেছে।\\nইতি,\\nফাতেমা|ফাতেমা",
            "amar order kobe pabo? dhonnobad, Rakib|Rakib",
            "brg x sampai lg. TQ, Aisyah|Aisyah",
            "Hi, I am Maria Gonzalez and my order is late|Maria Gonzalez",
            "I still haven't had my refund. When will it come through? Ben|Ben",
            "Do I have to pay it? Order 8169988776655443. Liam|Liam",
            "tracking 3 din dhore ek jaygay. kobe pabo? Sumaiya|Sumaiya",
            "Barang belum sampai lagi.\\nHafiz|Hafiz",
            "কবে পাব? রাশেদ|রাশেদ"})
    void findsTheBuyersNameInSignOffs(String text, String name) {
        assertEquals(name, extract(text.replace("\\n", "\n"), Marketplace.AMAZON).get(Entities.BUYER_NAME));
    }

    @Test
    void doesNotTakeOrdinaryWordsForNames() {
        assertFalse(extract("Thanks for your help\nThank you", Marketplace.AMAZON).containsKey(Entities.BUYER_NAME));
        assertFalse(extract("ধন্যবাদ আপনাকে", Marketplace.AMAZON).containsKey(Entities.BUYER_NAME));
        assertFalse(extract("It arrived broken. Thanks for nothing", Marketplace.AMAZON).containsKey(Entities.BUYER_NAME));
        // a word alone after the last sentence is a name only when it is no common word, sign-off or acronym
        for (String text : List.of("Where is my parcel? Please", "It broke again. Urgent", "Any news? Thanks",
                "Still nothing from the courier. DHL", "Barang belum sampai. Tolong",
                "Where is my order Ben")) {
            assertFalse(extract(text, Marketplace.AMAZON).containsKey(Entities.BUYER_NAME), text);
        }
    }

    @Test
    void aMessageInCapitalsGivesNoCapitalToTellANameBy() {
        // "ini" (this is) and "I am" introduce names only where capitals set the name apart from the words around it
        for (String text : List.of("SAYA SUDAH MENUNGGU TIGA MINGGU DAN TIADA SESIAPA MEMBALAS MESEJ SAYA. INI PENIPUAN.",
                "WHERE IS MY ORDER?? I AM DONE WAITING", "THIS IS RIDICULOUS, THREE WEEKS AND NOTHING")) {
            assertFalse(extract(text, Marketplace.SHOPEE).containsKey(Entities.BUYER_NAME), text);
        }
        // a sign-off in capitals still names the buyer, and an introduction in a normal message still does
        assertEquals("SARAH", extract("WHERE IS MY ORDER? THREE WEEKS NOW.\nTHANKS, SARAH", Marketplace.AMAZON)
                .get(Entities.BUYER_NAME));
        assertEquals("Aisyah", extract("Salam, ini Aisyah. Barang saya belum sampai.", Marketplace.SHOPEE)
                .get(Entities.BUYER_NAME));
    }

    @Test
    void findsAsinAmountAndDate() {
        Map<String, String> e = extract("Is B0ABCD1234 the same? I paid $24.99 on 5 May", Marketplace.AMAZON);
        assertEquals("B0ABCD1234", e.get(Entities.ASIN));
        assertEquals("$24.99", e.get(Entities.AMOUNT));
        assertEquals("5 May", e.get(Entities.DATE));
        assertEquals("RM 45.90", extract("saya bayar RM 45.90", Marketplace.AMAZON).get(Entities.AMOUNT));
    }

    @Test
    void staysFastAndQuietOnHostileInput() {
        Random random = new Random(7);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            String alphabet = "1Z-9 .,#@\n\tB0৳RMথ";
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String hostile = b.toString();
        assertTimeoutPreemptively(Duration.ofMinutes(1), () -> extract(hostile, Marketplace.AMAZON));
    }
}
