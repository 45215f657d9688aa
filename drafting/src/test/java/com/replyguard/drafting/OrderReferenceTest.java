package com.replyguard.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.replyguard.policy.analysis.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An order id the message did not give reads as "your order" in each language, never as a blank to type. */
class OrderReferenceTest {
    private final TemplateFiller filler = new TemplateFiller();

    private TemplateFiller.Filled fill(String body, Language language) {
        return filler.fill(body, Map.of(), language);
    }

    @Test
    void englishSaysYourOrder() {
        assertEquals(new TemplateFiller.Filled("Thanks for asking about your order. Your order shipped. I can cancel "
                + "your order.", List.of()), fill("Thanks for asking about order {order_id}. Order {order_id} shipped. "
                + "I can cancel order {order_id}.", Language.EN));
        assertEquals("Your order was posted.", fill("Your order {order_id} was posted.", Language.EN).text());
    }

    @Test
    void bengaliKeepsItsCaseEndings() {
        assertEquals("আপনার অর্ডারের রিফান্ড হয়েছে। আপনার অর্ডার এখনো শিপ হয়নি। আপনার অর্ডারে ভুল জিনিস।",
                fill("অর্ডার {order_id}-এর রিফান্ড হয়েছে। আপনার অর্ডার {order_id} এখনো শিপ হয়নি। অর্ডার {order_id}-এ ভুল জিনিস।",
                        Language.BN).text());
    }

    @Test
    void malaySaysPesananAnda() {
        assertEquals("Pesanan anda belum dihantar. Saya minta maaf pesanan anda sampai lewat.",
                fill("Pesanan {order_id} belum dihantar. Saya minta maaf pesanan {order_id} anda sampai lewat.",
                        Language.MS).text());
    }

    @Test
    void otherWordingKeepsTheBlankAndAGivenIdIsUsed() {
        assertEquals(new TemplateFiller.Filled("Reference: [ORDER ID].", List.of("order_id")),
                fill("Reference: {order_id}.", Language.EN));
        assertEquals("Order 12-34567-89012 shipped.", filler.fill("Order {order_id} shipped.",
                Map.of("order_id", "12-34567-89012"), Language.EN).text());
    }

    @Test
    void aProductTheMessageDidNotNameReadsAsTheItemAndANamedOneIsUsed() {
        assertEquals(new TemplateFiller.Filled("I'm sorry your item isn't working. I'll send the correct item.", List.of()),
                fill("I'm sorry your {product} isn't working. I'll send the correct {product}.", Language.EN));
        assertEquals("আমি সঠিক পণ্যটি পাঠাব।", fill("আমি সঠিক {product} পাঠাব।", Language.BN).text());
        assertEquals("Saya akan hantar barang yang betul.", fill("Saya akan hantar {product} yang betul.", Language.MS).text());
        assertEquals("your blender", filler.fill("your {product}", Map.of("product", "blender"), Language.EN).text());
    }
}
