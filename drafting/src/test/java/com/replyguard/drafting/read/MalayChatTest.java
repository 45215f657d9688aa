package com.replyguard.drafting.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.TextAnalysis;
import org.junit.jupiter.api.Test;

class MalayChatTest {
    @Test
    void spellsOutChatShortFormsAsWholeWords() {
        assertEquals("barang tak sampai lagi", MalayChat.spellOut("brg x sampai lg"));
        assertEquals("saya order 3 tapi dapat 2 je, macam mana?", MalayChat.spellOut("Sy order 3 tp dpt 2 je, mcm mana?"));
        assertEquals("dalam kotak tiada remote", MalayChat.spellOut("dlm kotak tak de remote"));
    }

    @Test
    void leavesOtherWordsAndTextWithoutShortFormsAlone() {
        String plain = "Bila barang saya akan sampai?";
        assertSame(plain, MalayChat.spellOut(plain));
        // Only whole words: "xtra" and "tpk" contain short forms but are not them.
        assertEquals("xtra tpk tapi", MalayChat.spellOut("xtra tpk tp"));
    }

    @Test
    void aMalayMessageIsSearchedWithItsShortFormsSpelledOutAndEnglishIsNot() {
        MessageReader reader = new MessageReader(new TextAnalysis().detector());
        ReadMessage ms = reader.read("parcel sy lmbt sgt, status x gerak");
        assertEquals(Language.MS, ms.language());
        assertTrue(ms.searchText().contains("saya lambat sangat, status tak gerak"), ms.searchText());
        assertTrue(ms.searchText().startsWith("parcel sy lmbt sgt"), ms.searchText());
        ReadMessage en = reader.read("Where is my parcel? I ordered 2 x 3 packs.");
        assertEquals(Language.EN, en.language());
        assertEquals(en.body(), en.searchText());
    }

    @Test
    void readsHeldLettersDoubledWordsAndAGluedNegatorByRule() {
        assertEquals("barang tak sampai lagi, lambat sangat", MalayChat.spellOut("brg xsampai lg, lambattt sgttt"));
        assertEquals("barang sampai rosak", MalayChat.spellOut("brg2 sampai2 rosak"));
        assertEquals("tak boleh on, tak dapat refund", MalayChat.spellOut("xleh on, xdpt refund"));
        // Two of a letter are spelling ("tunggu", "sangat"); "xtra" has no Malay word after its x.
        assertEquals("tunggu xtra", MalayChat.spellOut("tggu xtra"));
    }

    @Test
    void aHyphenatedPluralIsReadOnceButIdiomaticDoubledWordsStay() {
        assertEquals("Kasut yang dipesan hanya sampai sebelah", MalayChat.spellOut("Kasut-kasut yang dipesan hanya sampai sebelah"));
        assertEquals("barang saya kecil", MalayChat.spellOut("barang-barang sy kecik"));
        String idiom = "Saya tidak menerima apa-apa, terima kasih sama-sama";
        assertSame(idiom, MalayChat.spellOut(idiom));
        // Two different words joined by a hyphen are not a plural.
        String compound = "kuala-lumpur";
        assertSame(compound, MalayChat.spellOut(compound));
    }

    @Test
    void malayChatThatLooksLikeRomanizedBengaliIsReadAsMalay() {
        MessageReader reader = new MessageReader(new TextAnalysis().detector());
        ReadMessage chat = reader.read("order 3 helai tp dpt 2 je");
        assertEquals(Language.MS, chat.language());
        assertTrue(chat.searchText().contains("tapi dapat 2 je"), chat.searchText());
        // Romanized Bengali with a word Malay shares stays Bengali.
        assertEquals(Language.BN, reader.read("amar order ta ekhono ase nai, kobe pabo?").language());
        assertEquals(Language.BN, reader.read("bhai je product ta pathaisen ta bhanga").language());
    }
}
