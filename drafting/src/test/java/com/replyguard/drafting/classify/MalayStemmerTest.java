package com.replyguard.drafting.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MalayStemmerTest {
    private final MalayStemmer stemmer = new MalayStemmer(
            Set.of("terima", "pulang", "batal", "rosak", "puas", "hantar", "tukar", "kisar", "beli", "ambil", "bila",
                    "sampai", "pesan", "apa"),
            Set.of("berapa", "tetapi"));

    @Test
    void takesOffPrefixesAndPutsBackTheLetterANasalPrefixSwallowed() {
        assertEquals("terima", stemmer.stem("menerima"));
        assertEquals("pulang", stemmer.stem("memulangkan"));
        assertEquals("tukar", stemmer.stem("menukar"));
        assertEquals("kisar", stemmer.stem("mengisar"));
        assertEquals("hantar", stemmer.stem("menghantar"));
        assertEquals("beli", stemmer.stem("membeli"));
        assertEquals("ambil", stemmer.stem("mengambil"));
    }

    @Test
    void takesOffSuffixesParticlesAndTwoPrefixes() {
        assertEquals("batal", stemmer.stem("dibatalkan"));
        assertEquals("rosak", stemmer.stem("kerosakan"));
        assertEquals("puas", stemmer.stem("berpuas"));
        assertEquals("hantar", stemmer.stem("penghantaran"));
        assertEquals("pulang", stemmer.stem("pemulangan"));
        assertEquals("bila", stemmer.stem("bilakah"));
        assertEquals("sampai", stemmer.stem("sampainya"));
        assertEquals("pesan", stemmer.stem("dipesan"));
    }

    @Test
    void leavesKeptRootsUnknownWordsAndShortWordsAlone() {
        assertEquals("berapa", stemmer.stem("berapa")); // not "ber" + "apa"
        assertEquals("tetapi", stemmer.stem("tetapi"));
        assertEquals("menyanyi", stemmer.stem("menyanyi")); // no known root: nothing is cut
        assertEquals("dia", stemmer.stem("dia"));
    }

    @Test
    void stemsEveryWordOfAFoldedTextAndKeepsItsSpacing() {
        assertEquals(" saya tak terima bayaran pulang ", stemmer.stemText(" saya tak menerima bayaran pemulangan "));
    }
}
