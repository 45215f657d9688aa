package com.replyguard.policy.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's synonym maps (synonyms.bin) are exactly the maps the synonym files give through each language's chain:
 * a file left over from older word lists, chains or Lucene fails here, not silently at start-up.
 */
class SynonymMapsTest {
    @TempDir
    Path tmp;

    private static Map<Language, SynonymMap> fromFiles() {
        NormalizeCharMap charMap = TextAnalysis.charMapFromFile();
        Map<Language, SynonymMap> maps = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            maps.put(l, TextAnalysis.synonymsFromFiles(l, charMap));
        }
        return maps;
    }

    @Test
    void theBuildsFileIsTheOneTheSynonymFilesGiveNow() throws Exception {
        byte[] shipped;
        try (InputStream in = SynonymMaps.class.getResourceAsStream(SynonymMaps.RESOURCE)) {
            assertNotNull(in, "synonyms.bin is missing: the build's process-classes step writes it (PackedRules)");
            shipped = in.readAllBytes();
        }
        assertArrayEquals(SynonymMaps.bytes(fromFiles()), shipped,
                "synonyms.bin is stale: rebuild (mvn process-classes) after changing a word list or a chain");
    }

    @Test
    void everyLanguagesMapReadBackEqualsTheMapBuiltFromTheFiles() throws Exception {
        SynonymMaps shipped = SynonymMaps.load();
        assertNotSame(SynonymMaps.NONE, shipped, "synonyms.bin is missing or does not match this build's inputs");
        Map<Language, SynonymMap> built = fromFiles();
        for (Language l : Language.values()) {
            SynonymMap read = shipped.get(l);
            assertNotNull(read, l.code());
            SynonymMap want = built.get(l);
            assertEquals(want.maxHorizontalContext, read.maxHorizontalContext, l.code());
            assertEquals(want.words.size(), read.words.size(), l.code());
            assertTrue(want.words.size() > 10, l.code() + ": " + want.words.size() + " words");
            assertArrayEquals(SynonymMaps.encode(want), SynonymMaps.encode(read), l.code());
            assertSame(read, shipped.get(l), "decoded once");
        }
    }

    @Test
    void chainsWithTheBuildsMapsGiveTheSameTokensAsChainsBuiltFromTheFiles() throws Exception {
        TextAnalysis shipped = new TextAnalysis();
        TextAnalysis fromFiles = TextAnalysis.recordingTerms(); // no precomputed file of any kind
        List<String> texts = List.of("Please give us money back, we will refund the full amount",
                "Kami akan buat bayaran balik dalam 3 hari", "আমরা টাকা ফেরত দেব, অর্ডারটি বাতিল করুন",
                "Leave a 5-star review and get a gift card!", "Hubungi saya di WhatsApp 012-3456789",
                "Thanks for your order", "amar taka ferot chai", "");
        for (Language l : Language.values()) {
            for (String t : texts) {
                assertEquals(fromFiles.tokens(t, l), shipped.tokens(t, l), l + ": " + t);
                assertEquals(terms(fromFiles, t, l), terms(shipped, t, l), l + " search: " + t);
            }
        }
    }

    private static List<String> terms(TextAnalysis a, String text, Language l) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (var ts = a.analyzer(l).tokenStream("f", text)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            var pos = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "+" + pos.getPositionIncrement());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void aWrittenFileReadsBackAndAnythingElseFallsBackToTheFiles() throws Exception {
        Map<Language, SynonymMap> built = fromFiles();
        Path out = tmp.resolve("synonyms.bin");
        SynonymMaps.write(built, out);
        byte[] bytes = Files.readAllBytes(out);
        SynonymMaps read = SynonymMaps.read(new ByteArrayInputStream(bytes));
        for (Language l : Language.values()) {
            assertArrayEquals(SynonymMaps.encode(built.get(l)), SynonymMaps.encode(read.get(l)), l.code());
        }
        // another fingerprint: not used
        byte[] other = bytes.clone();
        other[5] ^= 1;
        assertSame(SynonymMaps.NONE, SynonymMaps.read(new ByteArrayInputStream(other)));
        assertNull(SynonymMaps.NONE.get(Language.EN));
        // trailing bytes: not used
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        assertSame(SynonymMaps.NONE, SynonymMaps.read(new ByteArrayInputStream(longer)));
        // a damaged section: that language is built from the files (get gives null)
        byte[] damaged = bytes.clone();
        int firstSection = 4 + 8 + 4;
        for (int i = firstSection; i < firstSection + 40; i++) {
            damaged[i] = (byte) 0xff;
        }
        assertNull(SynonymMaps.read(new ByteArrayInputStream(damaged)).get(Language.EN));
        // cut short: an error the loader turns into NONE
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> SynonymMaps.read(
                new ByteArrayInputStream(java.util.Arrays.copyOf(bytes, bytes.length - 3))));
    }
}
