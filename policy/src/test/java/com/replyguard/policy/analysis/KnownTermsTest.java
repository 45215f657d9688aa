package com.replyguard.policy.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's precomputed phrase terms (known_terms.bin) are exactly what the analysis chains give. */
class KnownTermsTest {
    @TempDir
    Path tmp;

    @Test
    void theBuildsTableMatchesTheChainsForEveryPhraseAndLanguage() {
        KnownTerms known = KnownTerms.load();
        assertNotSame(KnownTerms.NONE, known, "known_terms.bin is missing or does not match this build's word lists");
        TextAnalysis live = TextAnalysis.recordingTerms(); // looks nothing up: every phrase goes through the chain
        int phrases = 0;
        for (Language language : Language.values()) {
            for (Map.Entry<String, List<String>> e : known.phrases(language).entrySet()) {
                assertEquals(live.terms(e.getKey(), language), e.getValue(), language + ": " + e.getKey());
                phrases++;
            }
        }
        assertTrue(known.phrases(Language.EN).size() > 500, "English phrases: " + known.phrases(Language.EN).size());
        assertTrue(known.phrases(Language.BN).size() > 500, "Bengali phrases: " + known.phrases(Language.BN).size());
        assertTrue(phrases > 2000, "phrases: " + phrases);
    }

    @Test
    void anAnalysisAnswersFromTheTableAndRecordsOnlyWhenAskedTo() throws Exception {
        TextAnalysis recording = TextAnalysis.recordingTerms();
        assertEquals(List.of("refund"), recording.terms("money back", Language.EN));
        assertEquals(new TextAnalysis().terms("money back", Language.EN), List.of("refund"));
        Path out = tmp.resolve("terms.bin");
        recording.writeKnownTerms(out);
        try (var in = Files.newInputStream(out)) {
            assertEquals(Map.of("money back", List.of("refund")), KnownTerms.read(in).phrases(Language.EN));
        }
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> new TextAnalysis().writeKnownTerms(tmp.resolve("other.bin")));
    }
}
