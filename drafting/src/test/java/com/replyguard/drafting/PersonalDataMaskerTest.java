package com.replyguard.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one personal-data masker: masks what it finds, never the whole question. */
class PersonalDataMaskerTest {
    private final PersonalDataMasker masker = new PersonalDataMasker();

    @Test
    void masksTheAddressInsideALineAndKeepsTheQuestion() {
        assertEquals("Can you send it to [ADDRESS], London instead?",
                masker.mask("Can you send it to 12 Baker Street, London instead?"));
        assertEquals("Tukar alamat ke [ADDRESS], boleh?", masker.mask("Tukar alamat ke No 5 Jalan Ampang, boleh?"));
        String one = masker.mask("Please deliver to 221 Park Road");
        assertEquals("Please deliver to [ADDRESS]", one);
    }

    @Test
    void aLineThatIsOnlyAnAddressIsMaskedButNeverAQuestionWithoutOne() {
        assertEquals("I have no idea, order [NUMBER] never came", masker.mask("I have no idea, order 12345 never came"));
        assertEquals("Where is my parcel?", masker.mask("Where is my parcel?"));
    }

    @Test
    void masksNamesIntroducedOrSignedAndPhonesInAnyDigits() {
        assertEquals("Hi, I am [NAME], where is my order?", masker.mask("Hi, I am Maria Gonzalez, where is my order?"));
        assertEquals("What should I do? - [NAME]", masker.mask("What should I do? - Priya"));
        assertEquals("call me on [NUMBER] please", masker.mask("call me on ０１２-３４５６７８９ please"));
        assertEquals("ফোন [NUMBER]", masker.mask("ফোন ০১৭১২৩৪৫৬৭৮"));
        assertEquals("mail [EMAIL] thanks", masker.mask("mail maria@example.com thanks"));
        String bn = masker.mask("আমার পার্সেল কোথায়?\nধন্যবাদ,\nরহিম");
        assertTrue(bn.startsWith("আমার পার্সেল কোথায়?") && bn.contains("[NAME]") && !bn.contains("রহিম"), bn);
    }
}
