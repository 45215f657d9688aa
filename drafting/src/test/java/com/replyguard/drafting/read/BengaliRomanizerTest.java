package com.replyguard.drafting.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BengaliRomanizerTest {
    private final BengaliPhonetic phonetic = new BengaliPhonetic();

    @Test
    void commonWordsSurviveTheRoundTripThroughLatinLetters() {
        for (String w : List.of("আমার", "আপনার", "আমি", "কবে", "দিন", "খবর", "টাকা", "ফেরত", "পাঠানো", "হয়েছে",
                "জানতে", "ঠিকানা", "নতুন", "খুব", "ভালো", "ধন্যবাদ", "এখনো", "কোথায়", "করুন", "বাংলা", "জিনিস",
                "দরকার", "স্বাগত", "এসেছে", "পেয়েছি")) {
            assertEquals(w, phonetic.toBengali(BengaliRomanizer.toLatin(w)), w + " -> " + BengaliRomanizer.toLatin(w));
        }
    }

    @Test
    void writesHowBuyersTypeIt() {
        assertEquals("apnar order ti pothe ache.", BengaliRomanizer.toLatin("আপনার অর্ডারটি পথে আছে।"));
        // The inherent vowel is silent at a word's end and between a vowel and a consonant with a vowel sign.
        assertEquals("parben khobor din", BengaliRomanizer.toLatin("পারবেন খবর দিন"));
        assertEquals("dukkhito, refund 3 diner moddhe", BengaliRomanizer.toLatin("দুঃখিত, রিফান্ড ৩ দিনের মধ্যে"));
    }

    @Test
    void keepsPlaceholdersLatinTextAndPunctuation() {
        assertEquals("priyo {buyer_name}, order 112-4456789-2234567 (DHL)!",
                BengaliRomanizer.toLatin("প্রিয় {buyer_name}, অর্ডার 112-4456789-2234567 (DHL)!"));
        assertEquals("Hi Sam", BengaliRomanizer.toLatin("Hi Sam"));
    }
}
