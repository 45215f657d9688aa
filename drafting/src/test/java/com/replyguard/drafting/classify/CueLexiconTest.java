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
}
