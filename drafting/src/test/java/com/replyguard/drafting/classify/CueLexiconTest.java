package com.replyguard.drafting.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.knowledge.entry.Intent;
import com.replyguard.policy.analysis.Language;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CueLexiconTest {
    private static final Set<String> INTENTS = Arrays.stream(Intent.values()).map(Enum::name).collect(Collectors.toSet());
    private final CueLexicon lexicon = CueLexicon.load("intent-cues.tsv", INTENTS);

    @Test
    void latinCuesMatchAtWordStartsOnly() {
        assertTrue(lexicon.score("I want a refunded amount", Language.EN).containsKey("REFUND_STATUS"));
        assertNull(lexicon.score("nonrefundable", Language.EN).get("REFUND_STATUS"));
    }

    @Test
    void bengaliCuesMatchInsideInflectedWords() {
        assertTrue(lexicon.score("জিনিসটা ভাঙাচোরা", Language.BN).containsKey("DAMAGED_OR_DEFECTIVE"));
    }

    @Test
    void negatedPraiseCountsAgainstPraise() {
        Map<String, Double> s = lexicon.score("I am not happy with it", Language.EN);
        assertTrue(s.getOrDefault("PRAISE", 0.0) <= 0);
        assertTrue(s.get("NEGATIVE_REVIEW") > 0);
    }

    @Test
    void cuesOfAnotherLanguageDoNotFire() {
        assertFalse(lexicon.score("rosak", Language.EN).containsKey("DAMAGED_OR_DEFECTIVE"));
        assertTrue(lexicon.score("rosak", Language.MS).containsKey("DAMAGED_OR_DEFECTIVE"));
    }

    @Test
    void overlappingCuesOfOneLabelCountOnce() {
        double once = lexicon.score("when will", Language.EN).get("ORDER_STATUS");
        double longer = lexicon.score("when will i get", Language.EN).get("ORDER_STATUS");
        assertEquals(once, longer);
    }

    @Test
    void aMalformedResourceNamesFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CueLexicon.load("bad-cues.tsv", INTENTS));
        assertTrue(e.getMessage().contains("bad-cues.tsv:2"), e.getMessage());
    }

    private final CueLexicon small = CueLexicon.load("directive-cues.tsv", INTENTS);

    @Test
    void aNegatedPraiseCueCountsForTheNegatedLabelDirectlyOrOverADegreeWord() {
        assertEquals(Map.of("PRAISE", 2.0), small.score("barang ini bagus", Language.MS));
        assertEquals(Map.of("NEGATIVE_REVIEW", 2.0), small.score("barang ini tak bagus", Language.MS));
        assertEquals(Map.of("NEGATIVE_REVIEW", 2.0), small.score("tidak begitu bagus", Language.MS));
        // A negator further away does not turn the cue round.
        assertEquals(Map.of("PRAISE", 2.0), small.score("tak lambat, bagus", Language.MS));
        // Malay "berpuas hati" is read as "puas hati" by the stemmer, and then negated.
        assertEquals(Map.of("NEGATIVE_REVIEW", 3.0), small.score("saya tidak berpuas hati", Language.MS));
    }

    @Test
    void aCueAfterAPassingWordKeepsHalfItsWeight() {
        assertEquals(Map.of("CANCEL_ORDER", 4.0), small.score("tolong batalkan pesanan", Language.MS));
        Map<String, Double> s = small.score("belum dapat bayaran balik untuk pesanan yang telah dibatalkan",
                Language.MS);
        assertEquals(4.0, s.get("REFUND_STATUS"));
        assertEquals(2.0, s.get("CANCEL_ORDER"));
    }

    @Test
    void malayWordsWithAffixesMatchCuesWrittenWithTheirRoots() {
        assertEquals(Map.of("MISSING_PARTS", 3.0), small.score("Saya hanya menerima satu kotak", Language.MS));
        assertEquals(Map.of("CANCEL_ORDER", 4.0), small.score("mohon pembatalan pesanan", Language.MS));
        // English is not stemmed the Malay way.
        assertEquals(Map.of(), small.score("menerima", Language.EN));
    }

    @Test
    void theShippedCuesReadNegatedMalayAndEnglishPraiseAsComplaints() {
        assertTrue(lexicon.score("Saya tidak berpuas hati dengan layanan itu", Language.MS).get("NEGATIVE_REVIEW") > 0);
        assertTrue(lexicon.score("kualiti tak begitu bagus", Language.MS).getOrDefault("PRAISE", 0.0)
                < lexicon.score("kualiti tak begitu bagus", Language.MS).get("NEGATIVE_REVIEW"));
        Map<String, Double> en = lexicon.score("honestly I am not impressed, it is not great", Language.EN);
        assertTrue(en.getOrDefault("NEGATIVE_REVIEW", 0.0) > 0, en.toString());
        assertFalse(en.getOrDefault("PRAISE", 0.0) > 0, en.toString());
    }

    @Test
    void aMalformedDirectiveNamesFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CueLexicon.load("bad-directive-cues.tsv", INTENTS));
        assertTrue(e.getMessage().contains("bad-directive-cues.tsv:2"), e.getMessage());
    }

    @Test
    void fewerReceivedThanOrderedCountsForTheRuleLabel() {
        assertEquals(Map.of("MISSING_PARTS", 3.0), small.score("order 3 helai tapi dapat 2 je", Language.MS));
        assertEquals(Map.of("MISSING_PARTS", 3.0), small.score("beli 5, dapat 4", Language.MS));
        assertEquals(Map.of(), small.score("order 2 helai dan dapat 2", Language.MS));
        assertEquals(Map.of(), small.score("dapat 2 tapi order 3", Language.MS));
        assertTrue(lexicon.score("I ordered 4 mugs but only received 3", Language.EN).get("MISSING_PARTS") >= 3);
    }

    @Test
    void aCueAfterADoneWordOfItsLabelKeepsHalfItsWeight() {
        assertEquals(Map.of("CANCEL_ORDER", 2.0, "REFUND_STATUS", 4.0),
                small.score("dah batal tapi bayaran balik belum", Language.MS));
        assertEquals(Map.of("CANCEL_ORDER", 4.0), small.score("nak batal", Language.MS));
    }
}
