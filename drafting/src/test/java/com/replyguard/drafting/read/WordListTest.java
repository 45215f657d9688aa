package com.replyguard.drafting.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.drafting.DraftingService;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordListTest {
    /** Every list the drafting code loads, with the class it sits next to and an entry it must hold. */
    private static final Object[][] LISTS = {
        {MessageReader.class, "malay-words.txt", "saya"},
        {MessageReader.class, "english-words.txt", "please"},
        {MessageReader.class, "cut-markers.txt", "mesej asal"},
        {MessageReader.class, "chrome.txt", "unsubscribe"},
        {MessageReader.class, "seller-phrases.txt", "dear customer"},
        {MessageReader.class, "we-words.txt", "kami"},
        {MessageReader.class, "i-words.txt", "আমার"},
        {extractClass(), "sign-offs.txt", "terima kasih"},
        {extractClass(), "not-names.txt", "স্যার"},
        {extractClass(), "currency-words.txt", "ringgit"},
        {extractClass(), "months.txt", "disember"},
        {extractClass(), "name-intros.txt", "my name is"},
        {extractClass(), "order-words.txt", "order#"},
        {extractClass(), "not-product-words.txt", "জিনিস"},
        {DraftingService.class, "closings.txt", "শুভেচ্ছান্তে"},
        {DraftingService.class, "only-ids-filler.txt", "pesanan"},
        {DraftingService.class, "address-words.txt", "jalan"},
        {com.replyguard.drafting.classify.CueLexicon.class, "malay-roots.txt", "terima"},
    };

    private static Class<?> extractClass() {
        return com.replyguard.drafting.extract.EntityExtractor.class;
    }

    @Test
    void everyListLoadsWithItsEntriesStrippedAndNoCommentsOrBlanks() {
        for (Object[] l : LISTS) {
            List<String> entries = WordList.list((Class<?>) l[0], (String) l[1]);
            assertTrue(entries.size() >= 5, l[1] + " has its entries: " + entries);
            assertTrue(entries.contains((String) l[2]), l[1] + " holds " + l[2]);
            for (String e : entries) {
                assertFalse(e.isBlank() || e.startsWith("#") || e.startsWith("\""), l[1] + ": '" + e + "'");
            }
            assertEquals(entries.size(), Set.copyOf(entries).size(), l[1] + " has no entry twice");
        }
    }

    @Test
    void phrasesKeepTheirInnerSpacesAndFileOrder() {
        List<String> closings = WordList.list(DraftingService.class, "closings.txt");
        assertEquals("kind regards", closings.getFirst());
        assertTrue(closings.indexOf("best regards") < closings.indexOf("regards"),
                "a longer closing is tried before the shorter one it ends with");
        assertTrue(WordList.set(MessageReader.class, "seller-phrases.txt").contains("thank you for your order"));
    }

    @Test
    void aQuotedEntryKeepsItsSpacesAndOthersAreStripped() {
        List<String> chrome = WordList.list(MessageReader.class, "chrome.txt");
        assertTrue(chrome.contains("sig:sent from my "), "the quoted entry keeps its trailing space");
        assertTrue(chrome.contains("sig:get outlook for"));
        assertTrue(chrome.contains("copyright "));
        for (String e : chrome) {
            assertFalse(e.startsWith(" "), "'" + e + "'");
        }
        for (Object[] l : LISTS) {
            if (!l[1].equals("chrome.txt")) {
                for (String e : WordList.list((Class<?>) l[0], (String) l[1])) {
                    assertEquals(e.strip(), e, l[1] + ": '" + e + "'");
                }
            }
        }
    }

    @Test
    void aMissingListIsAClearError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> WordList.list(MessageReader.class, "no-such-list.txt"));
        assertTrue(e.getMessage().contains("no-such-list.txt"), e.getMessage());
    }
}
