package com.replyguard.drafting.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The learned intent model the build trains ({@link LearnedLabelsTrainer}) from {@code drafting/corpus/intents.tsv}. */
class LearnedLabelsTest {
    private static final LearnedLabels SHIPPED = LearnedLabels.load("intent-model.bin");

    private static String best(Map<String, Double> p) {
        return p.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    @Test
    void theBuildShipsAModelWhoseProbabilitiesSumToOne() {
        assertNotNull(SHIPPED, "intent-model.bin is missing from the classes folder");
        Map<String, Double> p = SHIPPED.probabilities("where is my parcel, it has been two weeks");
        assertEquals(14, p.size());
        assertEquals(1.0, p.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
    }

    /** Messages of my own wording, in the three languages and the phone registers, none of them in the corpus. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "the blender came with a cracked jug and it leaks everywhere|DAMAGED_OR_DEFECTIVE",
            "kindly send me a VAT invoice for my company's records|INVOICE_REQUEST",
            "bhai amar parcel ta ekhono haate pai nai, courier bolche deliver hoye geche|DELIVERED_NOT_RECEIVED",
            "আমার টাকা কবে ফেরত পাব? রিটার্ন তো এক সপ্তাহ আগে পাঠিয়েছি|REFUND_STATUS",
            "sis sy nk tukar alamat penghantaran, dah pindah rumah|ADDRESS_CHANGE",
            "Saya ingin membatalkan pesanan ini kerana tersilap memilih warna.|CANCEL_ORDER"})
    void readsNewWordingsItNeverLearned(String text, String intent) {
        assertEquals(intent, best(SHIPPED.probabilities(text)), () -> text + " -> " + SHIPPED.probabilities(text));
    }

    @Test
    void aMessageOfWordsTheCorpusNeverHadIsUnknownToIt() {
        assertTrue(SHIPPED.knownShare("zorblax quibble frumple") < 0.34);
        assertEquals(1.0, SHIPPED.knownShare("amar order ekhono ase nai"), 1e-9);
        assertEquals(0.0, SHIPPED.knownShare("!! 123 ?"), 1e-9, "no words, nothing known");
    }

    @Test
    void trainsAndRoundTripsThroughItsFile(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("c.tsv");
        Files.writeString(corpus, String.join("\n", List.of("# two labels",
                "A\ten\tthe kettle is broken", "A\ten\tmy kettle broke", "A\ten\tbroken lid on the kettle",
                "B\ten\twhere is my order", "B\ten\twhen does my order arrive", "B\ten\tmy order has not come")));
        LearnedLabels trained = LearnedLabelsTrainer.train(LearnedLabelsTrainer.read(corpus));
        Path file = dir.resolve("m.bin");
        trained.save(file);
        assertEquals("A", best(trained.probabilities("the kettle broke")));
        assertEquals("B", best(trained.probabilities("where is the order")));
        assertTrue(trained.knownShare("kettle") > 0.99);
    }

    @Test
    void aMalformedCorpusLineIsRefusedWithItsLineNumber(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("bad.tsv");
        Files.writeString(corpus, "A\ten\tfine\nno tabs here\n");
        IOException e = assertThrows(IOException.class, () -> LearnedLabelsTrainer.read(corpus));
        assertTrue(e.getMessage().endsWith("bad.tsv:2: expected label<TAB>lang<TAB>text"), e.getMessage());
    }
}
