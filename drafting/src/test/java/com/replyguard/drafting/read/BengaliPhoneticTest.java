package com.replyguard.drafting.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.TextAnalysis;
import org.junit.jupiter.api.Test;

class BengaliPhoneticTest {
    private final BengaliPhonetic phonetic = new BengaliPhonetic();

    @Test
    void writesAvroPhoneticSpellingsInBengaliScript() {
        assertEquals("আমার", phonetic.toBengali("amar"));
        assertEquals("কবে পাব?", phonetic.toBengali("kobe pabo?"));
        assertEquals("ফেরত", phonetic.toBengali("ferot"));
        assertEquals("নাই", phonetic.toBengali("nai"));
        assertEquals("খুব", phonetic.toBengali("khub"));
        assertEquals("বাংলা", phonetic.toBengali("bangla"));
        assertEquals("প্রোডাক্ট", phonetic.toBengali("prODakT"));
    }

    @Test
    void keepsEnglishWordsAndDigits() {
        assertEquals("আমার order এখন আসে নাই, 5 দিন", phonetic.toBengali("amar order ekhon ase nai, 5 din"));
        assertEquals("refund কবে?", phonetic.toBengali("refund kobe?"));
    }

    @Test
    void readerReportsRomanizedBengaliAsBengaliInLatinScript() {
        MessageReader reader = new MessageReader(new TextAnalysis().detector());
        ReadMessage r = reader.read("amar order ekhono ase nai, kobe pabo?");
        assertEquals(Language.BN, r.language());
        assertTrue(r.romanized());
        assertEquals("latin", r.script());
        assertTrue(r.searchText().contains("কবে পাব"), r.searchText());
        ReadMessage en = reader.read("Where is my order? It has not arrived yet.");
        assertEquals(Language.EN, en.language());
        assertTrue(!en.romanized());
        ReadMessage bn = reader.read("আমার অর্ডার কবে আসবে?");
        assertEquals("bengali", bn.script());
    }

    @Test
    void commonPhoneSpellingsGiveTheStandardWord() {
        // By the rules alone these read "পাথান হৈসে" and "তা": no cue or example question is spelled so.
        assertEquals("পাঠানো হয়েছে", phonetic.toBengali("pathano hoise"));
        assertEquals("জিনিস টা কি পাঠিয়েছেন?", phonetic.toBengali("Jinis ta ki pathaisen?"));
        assertEquals("৩ টা এসেছে", phonetic.toBengali("৩ ta aise"));
        // Words not on the list still go through the rules, English words are still kept.
        assertEquals("order আসে", phonetic.toBengali("order ase"));
    }
}
