package com.replyguard.policy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BuyerQuotesTest {
    private final BuyerQuotes quotes = new BuyerQuotes();

    @Test
    void blanksTheBuyersQuotedWordsAndKeepsEveryOffset() {
        String text = "You wrote that you'd 'give five stars for a free blade'. We can't do that.";
        String out = quotes.blank(text);
        assertEquals(text.length(), out.length());
        assertTrue(out.startsWith("You wrote that you'd '"), out);
        assertTrue(out.contains("'" + " ".repeat("give five stars for a free blade".length()) + "'"), out);
        assertTrue(out.endsWith("We can't do that."), out);
    }

    @Test
    void readsBengaliAndMalayReportingWords() {
        assertEquals("apni bolechen '" + " ".repeat("5 star dile gift diben?".length()) + "'. sorry.",
                quotes.blank("apni bolechen '5 star dile gift diben?'. sorry."));
        assertEquals("Tuan menulis, '" + " ".repeat("boleh bayar terus?".length()) + "'. Maaf.",
                quotes.blank("Tuan menulis, 'boleh bayar terus?'. Maaf."));
    }

    @Test
    void leavesTheSellersOwnQuotesAndUnclosedMarksAlone() {
        String own = "As we say, 'five stars gets a gift'.";
        assertSame(own, quotes.blank(own));
        String unclosed = "You said 'five stars for a gift. We can't.";
        assertSame(unclosed, quotes.blank(unclosed));
        String apostrophes = "You said it's 'the one we'll ship' today.";
        assertEquals("You said it's '" + " ".repeat("the one we'll ship".length()) + "' today.",
                quotes.blank(apostrophes));
    }

    /** Blanks {@code part} of {@code text}, keeping every other character (the expected output). */
    private static String without(String text, String part) {
        int at = text.indexOf(part);
        return text.substring(0, at) + part.replaceAll("\\S", " ") + text.substring(at + part.length());
    }

    @Test
    void blanksTheBuyersQuestionReportedWithoutQuotationMarksUpToItsClausesEnd() {
        String en = "u asked if u could pay outside ebay to save on fees - sorry, can't do that";
        assertEquals(without(en, "if u could pay outside ebay to save on fees"), quotes.blank(en));
        String ms = "Puan bertanya sama ada urusan boleh dibuat melalui WhatsApp. Semua urusan dalam Shopee Chat.";
        assertEquals(without(ms, "sama ada urusan boleh dibuat melalui WhatsApp"), quotes.blank(ms));
        String bn = "apni jante cheyechen je bkash e pay kora jabe kina. na, sudhu daraz checkout.";
        assertEquals(without(bn, "je bkash e pay kora jabe kina"), quotes.blank(bn));
        // no linking word: only a clause that ends in a question mark is the buyer's question
        String direct = "sis tanya boleh ke tulis review buruk? boleh je sis";
        assertEquals(without(direct, "boleh ke tulis review buruk"), quotes.blank(direct));
        String statement = "sis tanya stok warna merah, ada lagi ye";
        assertSame(statement, quotes.blank(statement));
    }

    @Test
    void blanksTheTopicOfTheBuyersQuestionNamedAsSuch() {
        String ms = "Terima kasih atas pertanyaan tuan tentang baucar untuk ulasan. Kami tidak menawarkannya.";
        assertEquals(without(ms, "tentang baucar untuk ulasan"), quotes.blank(ms));
        String en = "Thanks for your question about paying by bank transfer, we only take Amazon checkout.";
        assertEquals(without(en, "about paying by bank transfer"), quotes.blank(en));
    }

    @Test
    void leavesTheSellersAnswerAndOwnQuestionsAlone() {
        // the answer after the clause's end is the seller's and stays
        String answered = "You asked if a review gets a refund: yes, leave 5 stars and we'll refund you.";
        assertTrue(quotes.blank(answered).endsWith(": yes, leave 5 stars and we'll refund you."), quotes.blank(answered));
        // the seller asking, not reporting the buyer's question
        String ours = "We asked if you could update your review to five stars.";
        assertSame(ours, quotes.blank(ours));
        // the question before the verb ("the lamp you asked about") and a dot inside a web address end nothing
        String stranded = "The lamp you asked about is in our eBay Store at ebay.co.uk/str/lamps.";
        assertSame(stranded, quotes.blank(stranded));
    }
}
