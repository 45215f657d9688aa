package com.replyguard.policy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FoldingTest {
    private final Folding folding = new Folding();

    private String fold(String s) {
        return folding.fold(s).text();
    }

    @Test
    void fullWidthFormsBecomePlainLatin() {
        assertEquals("visit www.shop.com now", fold("visit ｗｗｗ．ｓｈｏｐ．ｃｏｍ now"));
        assertEquals("mail john@gmail.com", fold("mail john＠gmail．com"));
    }

    @Test
    void mathematicalAndCircledLettersFold() {
        assertEquals("whatsapp", fold("𝐰𝐡𝐚𝐭𝐬𝐚𝐩𝐩"));
        assertEquals("shop", fold("ⓢⓗⓞⓟ"));
    }

    @Test
    void lookAlikeLettersInsideLatinWordsBecomeLatin() {
        assertEquals("WhatsApp", fold("WhatsАpp")); // Cyrillic А
        assertEquals("paypal", fold("pаypаl"));
    }

    @Test
    void wordsWhollyInAnotherScriptStayAsTheyAre() {
        assertEquals("Спасибо за заказ", fold("Спасибо за заказ"));
    }

    @Test
    void invisibleCharactersAndKeycapsDisappear() {
        assertEquals("whatsapp", fold("whats\u200bapp"));
        assertEquals("call 0123", fold("call 0\uFE0F\u20E31\uFE0F\u20E32\uFE0F\u20E33\uFE0F\u20E3"));
    }

    @Test
    void bengaliDigitsBecomeAsciiDigitsAndBengaliLettersStay() {
        assertEquals("কল করুন 01712345678", fold("কল করুন ০১৭১২৩৪৫৬৭৮"));
    }

    @Test
    void lettersSpacedOrDottedApartAreJoined() {
        assertEquals("visit www.shop.com", fold("visit w w w . s h o p . c o m"));
        assertEquals("add me on WhatsApp", fold("add me on W.h.a.t.s.A.p.p"));
    }

    @Test
    void shortSpacedRunsAndAbbreviationsAreLeftAlone() {
        assertEquals("I am a b c", fold("I am a b c"));
        assertEquals("U.S.A. orders", fold("U.S.A. orders"));
    }

    @Test
    void spelledOutPhoneNumbersBecomeDigits() {
        assertEquals("call +60123456789 today", fold("call plus six oh one two three four five six seven eight nine today"));
        assertEquals("wasap 0123456789", fold("wasap kosong satu dua tiga empat lima enam tujuh lapan sembilan"));
        // English number words written in Bengali script, as agents type them
        assertEquals("কল 0179463215", fold("কল জিরো ওয়ান সেভেন নাইন ফোর সিক্স থ্রি টু ওয়ান ফাইভ"));
    }

    @Test
    void digitsMixedWithNumberWordsBecomeOneNumber() {
        assertEquals("text 3472210988 pls", fold("text 347 two two one 0 nine 8 8 pls"));
        assertEquals("on 8052210433", fold("on eight 0 five, 2 two 1, 0 four 3 three"));
    }

    @Test
    void digitsGluedToNumberWordsAndDoubledDigitsBecomeOneNumber() {
        assertEquals("text me at 0125558321, quicker", fold("text me at 0one2 55five 8 three two one, quicker"),
                "'at' (a Bengali eight) does not start the number");
        assertEquals("wsap 01198847210 ok", fold("wsap 01l-9 88 4 seven 2 1 0 ok"), "l for one between digits");
        assertEquals("text 07700912345 now", fold("text 07 seven double-oh 9 one two 3 4 5 now"));
        assertEquals("call 0195553330 pls", fold("call zero one nine triple five three three three zero pls"));
        // "oh" starts a number when a hyphen joins it to the next number word; alone it stays a word
        assertEquals("ring 0782469915 today", fold("ring oh-seven-eight-two, four-six-nine, nine-one-five today"));
        assertEquals("oh-well, two things", fold("oh-well, two things"));
    }

    @Test
    void gluedWordsThatAreNotNumbersStayAsTheyAre() {
        assertEquals("a double bed, one two", fold("a double bed, one two"));
        assertEquals("the 3rd of 2pcs seven", fold("the 3rd of 2pcs seven"));
        assertEquals("size 4xl and 2l bottle", fold("size 4xl and 2l bottle"));
    }

    @Test
    void fewNumberWordsStayWords() {
        assertEquals("one or two of the four items", fold("one or two of the four items"));
        assertEquals("order 1234567 has two parts", fold("order 1234567 has two parts"), "digits alone are left alone");
        assertEquals("2 boxes of 3pcs, one each", fold("2 boxes of 3pcs, one each"));
    }

    @Test
    void offsetsMapBackToTheOriginal() {
        String original = "see ｓｈｏｐ．ｃｏｍ ok";
        FoldedText f = folding.fold(original);
        int s = f.text().indexOf("shop.com");
        assertEquals("ｓｈｏｐ．ｃｏｍ", original.substring(f.originalStart(s), f.originalEnd(s + "shop.com".length())));
        String spelled = "ring six oh one two three four five six seven eight";
        FoldedText g = folding.fold(spelled);
        int d = g.text().indexOf('6');
        assertEquals("six oh one two three four five six seven eight",
                spelled.substring(g.originalStart(d), g.originalEnd(g.text().length())));
    }

    @Test
    void plainTextIsUnchanged() {
        FoldedText f = folding.fold("Your order 112-1234567-1234567 ships today.");
        assertFalse(f.changed());
    }

    @Test
    void randomTextNeverBreaksTheOffsetMap() {
        Random r = new Random(7);
        String alphabet = "abc .@ｗ．А০১\u200b\uFE0F\u20E3 one two six oh 5⭐🎁\n";
        for (int k = 0; k < 2000; k++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(60);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            FoldedText f = folding.fold(s);
            for (int i = 0; i < f.text().length(); i++) {
                int a = f.originalStart(i);
                int b = f.originalEnd(i + 1);
                assertTrue(a >= 0 && a <= b && b <= s.length(), () -> "bad map for " + s);
            }
        }
    }
}
