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
        String apostrophes = "You asked whether it's 'the one we'll ship' today.";
        assertEquals("You asked whether it's '" + " ".repeat("the one we'll ship".length()) + "' today.",
                quotes.blank(apostrophes));
    }
}
