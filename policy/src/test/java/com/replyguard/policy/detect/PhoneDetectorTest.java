package com.replyguard.policy.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneDetectorTest {
    private final PhoneDetector phones = new PhoneDetector();

    @ParameterizedTest
    @ValueSource(strings = {
        "Call [[(212) 555-0142]] today",
        "WhatsApp [[+60 12-345 6789]]",
        "ring [[07700 900123]]",
        "hotline [[415-555-0123]].",
        "call [[0171 234 5678]]",
        "phone [[৮৮০১৭১২৩৪৫৬৭৮]]",
        "[[+86 138 0013 8000]] ok",
        "hubungi Encik Azman di [[013 – 882 4410]] ya",
        "text me on [[07700 9OO456]] after six",
        // the Malaysian mobile as people write it: a trunk 0, then 3-7 (the shape of a partial Amazon order id
        // otherwise, which never starts with 0)
        "boleh call [[012-3456789]] bila2 masa",
        // four and four digits that are not two years in order stay a phone
        "call [[5550-1234]] now",
        "call [[2024-1958]] now",
    })
    void findsTheMarkedNumber(String marked) {
        MarkedSpan.assertFindsOnly(phones, marked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Order 114-3941689-8772232 is packed.",
        // two years: an engraving's dates, a model range, a warranty period
        "the engraving will read 'For Dad, 1958-2024' as you sent it",
        "fits the 2019/2020 model",
        "warranty 2023 - 2025 only",
        "Your order 114-3941689 is packed.",
        "eBay order 12-34567-89012 was posted.",
        "AliExpress order 8175234409871234 ships soon.",
        "Tracking 9400111899223856927814 or 1Z999AA10123456784.",
        "Tracking number 123456789012 with FedEx.",
        "Delivered on 2026-11-22 or 22/11/2026.",
        "Sizes 36 38 40 42 44 in stock.",
        "Pages 12 – 14 of the manual show it; model OO2 fits.",
        "Price $1,299.99 for 2 units.",
        "Between 3-5 days, 10-20 days abroad.",
        "Box 40 x 30 x 20 cm, 1.25 kg.",
    })
    void leavesIdsDatesAndMeasuresAlone(String text) {
        assertTrue(phones.find(text).isEmpty(), () -> phones.find(text).toString());
    }

    @org.junit.jupiter.api.Test
    void bareInternationalNumbersCountWhenLibphonenumberSaysTheyAreValid() {
        PhoneDetector d = new PhoneDetector();
        org.junit.jupiter.api.Assertions.assertEquals(1, d.find("text me 60123456789 tonight").size());
        org.junit.jupiter.api.Assertions.assertEquals(1, d.find("ami 8801712345678 e achi").size());
        org.junit.jupiter.api.Assertions.assertTrue(d.find("Your eBay item 123456789012 has shipped.").isEmpty());
        org.junit.jupiter.api.Assertions.assertTrue(d.find("order 114-3941689-8772232").isEmpty());
    }
}
