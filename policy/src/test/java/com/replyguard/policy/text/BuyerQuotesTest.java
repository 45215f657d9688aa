package com.replyguard.policy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BuyerQuotesTest {
    private final BuyerQuotes quotes = new BuyerQuotes();

    @Test
    void blanksTheBuyersQuotedWordsAndKeepsEveryOffset() {
        String text = "You wrote to us you'd 'give five stars for a free blade'. We can't do that.";
        String out = quotes.blank(text);
        assertEquals(text.length(), out.length());
        assertTrue(out.startsWith("You wrote to us you'd '"), out);
        assertTrue(out.contains("'" + " ".repeat("give five stars for a free blade".length()) + "'"), out);
        assertTrue(out.endsWith("We can't do that."), out);
    }

    /** The buyer's own message reported without quotation marks: the clause it reports is the buyer's. */
    @Test
    void blanksWhatTheBuyersMessageIsReportedToSay() {
        String reported = "you will leave one star unless we add a free case";
        String text = "I read your message saying that " + reported + ". We cannot.";
        assertEquals(text.replace(reported, reported.replaceAll("\\S", " ")), quotes.blank(text));
    }

    @Test
    void readsBengaliAndMalayReportingWords() {
        assertEquals("apni bollen '" + " ".repeat("5 star dile gift diben?".length()) + "'. sorry.",
                quotes.blank("apni bollen '5 star dile gift diben?'. sorry."));
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

    /**
     * The buyer's question reported without quotation marks, blanked up to its clause's end: after an asking verb and a
     * linking word (en, ms, romanized bn), after an asking verb alone when the clause ends in a question mark, or as
     * the topic of "your question about ..." / "pertanyaan tuan tentang ...".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "u asked if u could pay outside ebay to save on fees - sorry, can't do that | if u could pay outside ebay to save on fees",
            "Puan bertanya sama ada urusan boleh dibuat melalui WhatsApp. Semua urusan dalam Shopee Chat. | sama ada urusan boleh dibuat melalui WhatsApp",
            "apni jante cheyechen je bkash e pay kora jabe kina. na, sudhu daraz checkout. | je bkash e pay kora jabe kina",
            "sis tanya boleh ke tulis review buruk? boleh je sis | boleh ke tulis review buruk",
            "Terima kasih atas pertanyaan tuan tentang baucar untuk ulasan. Kami tidak menawarkannya. | tentang baucar untuk ulasan",
            "Thanks for your question about paying by bank transfer, we only take Amazon checkout. | about paying by bank transfer",
            // the longer phrase decides: asking "about" reports a proposal, with no question mark needed (round 61)
            "thanks for asking about a gift for a review! sadly etsy doesn't allow that | a gift for a review",
            // Bengali reports the buyer's proposal before "spoke of", the buyer opening the clause (round 61)
            "আপনি নগদে টাকা দেওয়ার কথা বলেছিলেন, তবে সব পেমেন্ট চেকআউটেই হবে। | নগদে টাকা দেওয়ার",
            // the buyer's wish acknowledged without "to" (2026-12-06 afternoon), up to the clause's end only
            "We understand you would like a partial refund if you change your review. We cannot link the two. | a partial refund if you change your review",
            "sy faham sis minta rebate klu tukar review, tp kami x boleh buat camtu | rebate klu tukar review",
            "apni bolechen review change korle partial refund chan. review er sathe refund jukto kora jay na. | review change korle partial refund chan"})
    void blanksTheBuyersQuestionReportedWithoutQuotationMarks(String text, String part) {
        assertEquals(without(text, part), quotes.blank(text));
    }

    @Test
    void aStatementAfterAnAskingVerbIsNotAQuestion() {
        // no linking word and no question mark: "sis tanya stok ..., ada lagi" reports what was asked about, answered
        String statement = "sis tanya stok warna merah, ada lagi ye";
        assertSame(statement, quotes.blank(statement));
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
        // the buyer must open the clause of "কথা বলেছিলেন": what the courier spoke of stays
        String sellers = "কুরিয়ার নগদে টাকা দেওয়ার কথা বলেছিলেন, সেটাই করুন।";
        assertSame(sellers, quotes.blank(sellers));
    }
}
