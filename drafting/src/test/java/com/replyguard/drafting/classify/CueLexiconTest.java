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
        assertEquals(Map.of("CANCEL_ORDER", 6.0), small.score("nak batal", Language.MS), "asked: one and a half");
    }

    @Test
    void aMalayCueRightAfterARequestWordIsTheAsk() {
        assertEquals(4.0, small.score("batal pesanan", Language.MS).get("CANCEL_ORDER"));
        assertEquals(6.0, small.score("saya nak batal pesanan", Language.MS).get("CANCEL_ORDER"));
        assertEquals(6.0, small.score("boleh batal", Language.MS).get("CANCEL_ORDER"));
        // three words away the request word no longer marks the cue, and English's "to" never does
        assertEquals(4.0, small.score("nak tanya pasal batal", Language.MS).get("CANCEL_ORDER"));
        double en = lexicon.score("I would like to cancel my order", Language.EN).get("CANCEL_ORDER");
        assertEquals(en, lexicon.score("cancel my order", Language.EN).get("CANCEL_ORDER"), 2.0);
    }

    @Test
    void aThingTheBuyerDoesNotWantIsBackground() {
        for (String[] c : new String[][] {
                {"ms", "saya tidak mahu membatalkan pesanan"}, {"ms", "x nk cancel pun"},
                {"en", "I don't want to cancel it"}, {"bn", "বাতিল করতে চাই না"}}) {
            Language l = Language.parse(c[0]);
            CueLexicon.Scores s = lexicon.scores(c[1], l, l);
            assertTrue(s.background().contains("CANCEL_ORDER"), c[1] + " " + s);
        }
        for (String[] c : new String[][] {
                {"ms", "saya mahu membatalkan pesanan"}, {"en", "I want to cancel it"}, {"bn", "বাতিল করতে চাই"}}) {
            Language l = Language.parse(c[0]);
            assertFalse(lexicon.scores(c[1], l, l).background().contains("CANCEL_ORDER"), c[1]);
        }
    }

    @Test
    void anInvoiceAlreadyReceivedIsBackground() {
        assertTrue(lexicon.scores("saya sudah menerima invois tetapi barang belum sampai", Language.MS, Language.MS)
                .background().contains("INVOICE_REQUEST"));
        assertTrue(lexicon.scores("invois dh dpt, barang blm sampai", Language.MS, Language.MS).background()
                .contains("INVOICE_REQUEST"));
        assertTrue(lexicon.scores("I got the invoice but the parcel has not arrived", Language.EN, Language.EN)
                .background().contains("INVOICE_REQUEST"));
        assertFalse(lexicon.scores("boleh hantar invois untuk pesanan ini?", Language.MS, Language.MS).background()
                .contains("INVOICE_REQUEST"));
    }

    @Test
    void aCueInsideALongerCueOfItsLabelIsNotCountedAgain() {
        // "tukar alamat" (4) holds "alamat" (3): the same words, counted once
        assertEquals(4.0, lexicon.score("tukar alamat rumah", Language.MS).get("ADDRESS_CHANGE"));
    }

    @Test
    void praiseNamedOnlyNegatedIsBackground() {
        CueLexicon.Scores s = lexicon.scores("saya tidak berpuas hati", Language.MS, Language.MS);
        assertTrue(s.scores().getOrDefault("NEGATIVE_REVIEW", 0.0) > 0, s.toString());
        assertTrue(s.background().contains("PRAISE"), s.toString());
        assertFalse(lexicon.scores("saya sangat berpuas hati", Language.MS, Language.MS).background().contains("PRAISE"));
    }

    @Test
    void aDoneWordUpToThreeWordsBeforeTheCueMakesItBackgroundUnlessARequestWordStandsThere() {
        CueLexicon.Scores done = small.scores("dah pun order batal, bayaran balik bila", Language.MS, Language.MS);
        assertEquals(2.0, done.scores().get("CANCEL_ORDER"));
        assertEquals(Set.of("CANCEL_ORDER"), done.background());
        CueLexicon.Scores asked = small.scores("dah pindah boleh batal", Language.MS, Language.MS);
        assertEquals(6.0, asked.scores().get("CANCEL_ORDER"), "asked, right after a request word");
        assertEquals(Set.of(), asked.background());
        // Four words away the done word no longer reaches the cue.
        assertEquals(4.0, small.score("dah tunggu lama sangat batal", Language.MS).get("CANCEL_ORDER"));
    }

    @Test
    void aDoneFormOfTheCueWordIsBackgroundUnlessAskedFor() {
        CueLexicon.Scores passive = small.scores("pesanan dibatalkan, bila bayaran balik?", Language.MS, Language.MS);
        assertEquals(2.0, passive.scores().get("CANCEL_ORDER"), "stemmed 'batal' keeps the raw word's done form");
        assertEquals(Set.of("CANCEL_ORDER"), passive.background());
        CueLexicon.Scores request = small.scores("boleh pesanan dibatalkan?", Language.MS, Language.MS);
        assertEquals(6.0, request.scores().get("CANCEL_ORDER"), "asked, right after a request word");
        assertEquals(Set.of(), request.background());
    }

    @Test
    void aDoneAfterWordInsideOrRightAfterTheCueMakesItBackground() {
        assertEquals(Set.of("CANCEL_ORDER"), small.scores("saya batal semalam", Language.MS, Language.MS).background());
        CueLexicon.Scores bn = small.scores("ami cancel korechi, taka pai nai", Language.BN, Language.BN);
        assertEquals(2.0, bn.scores().get("CANCEL_ORDER"));
        assertEquals(Set.of("CANCEL_ORDER"), bn.background());
        assertEquals(Set.of(), small.scores("cancel kore din", Language.BN, Language.BN).background());
    }

    @Test
    void englishCuesInAMixedMessageUseTheDoneWordsOfTheMessagesLanguage() {
        CueLexicon.Scores mixed = small.scores("dah cancel, refund bila?", Language.EN, Language.MS);
        assertEquals(2.0, mixed.scores().get("CANCEL_ORDER"));
        assertEquals(Set.of("CANCEL_ORDER"), mixed.background());
        assertEquals(Set.of(), small.scores("dah cancel, refund bila?", Language.EN, Language.EN).background());
    }

    @Test
    void aLabelAskedOnceIsNotBackgroundEvenIfAlsoReportedDone() {
        assertEquals(Set.of(), small.scores("nak batal, dah batal tak jadi", Language.MS, Language.MS).background());
    }

    @Test
    void theShippedCuesReadACancelledOrderAsBackgroundInThreeLanguages() {
        assertEquals(Set.of("CANCEL_ORDER"), lexicon.scores("Pesanan saya telah dibatalkan, bila bayaran balik?",
                Language.MS, Language.MS).background());
        assertEquals(Set.of("CANCEL_ORDER"), lexicon.scores("The seller cancelled my order, where is my refund?",
                Language.EN, Language.EN).background());
        assertEquals(Set.of("CANCEL_ORDER"), lexicon.scores("আমি অর্ডার বাতিল করেছি, টাকা কবে পাব?",
                Language.BN, Language.BN).background());
        assertEquals(Set.of(), lexicon.scores("Can my order be cancelled?", Language.EN, Language.EN).background());
        assertEquals(Set.of(), lexicon.scores("Bolehkah pesanan ini dibatalkan?", Language.MS, Language.MS)
                .background());
    }
}
