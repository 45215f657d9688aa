package com.replyguard.policy.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.Category;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.TextAnalysis;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Trains a small model on cases written here and checks what it learned, how it is stored and how it fails. */
class LinearModelTest {
    private static final TextAnalysis ANALYSIS = new TextAnalysis();
    private static LinearModel model;

    private static final String[] BAD = {
        "We pay you back through PayPal instead of the order.", "Send the money to our bank account directly.",
        "Transfer the amount to my Zelle and skip the checkout.", "Pay us by Western Union for a lower price.",
        "I can refund you by bank transfer, faster than eBay.", "Use Venmo to pay me and I ship today.",
        "Wire the payment to us privately please.", "Bank in to our Maybank account for a discount.",
        "Pay direct to my account and save the fees.", "Refund via PayPal friends and family, ok?",
        "We send your refund by bank transfer outside the order.", "Pay the balance through Wise to us.",
    };
    private static final String[] CLEAN = {
        "Your refund was issued to your original payment method.", "The parcel left our warehouse this morning.",
        "Please start the return from Your Orders.", "The lamp takes E27 bulbs up to 60 W.",
        "Sorry for the delay; the carrier expects it on Monday.", "We have sent a replacement through Amazon.",
        "Your order 112-1234567-1234567 is packed.", "The size chart is on the product page.",
        "Thanks for your patience while we checked.", "Payment is handled by eBay at checkout.",
        "The colour may look slightly different on screens.", "You can track it in the app.",
        "We can cancel the order for you if you wish.", "It ships in a padded box.",
    };

    @BeforeAll
    static void train() {
        List<LabelledCase> cases = new ArrayList<>();
        label(cases, "b", BAD, Set.of(Category.OFF_PLATFORM), Set.of());
        label(cases, "c", CLEAN, Set.of(), Set.of());
        model = new ModelTrainer(ANALYSIS).train(cases);
    }

    /** Adds {@code texts} to {@code cases} as English training cases with these labels, ids {@code prefix}0, 1, .... */
    private static void label(List<LabelledCase> cases, String prefix, String[] texts, Set<Category> block,
                              Set<Category> warn) {
        for (int i = 0; i < texts.length; i++) {
            cases.add(new LabelledCase(prefix + i, Marketplace.EBAY, "en", "formal", texts[i], block, warn, "written",
                    "train"));
        }
    }

    private static float p(String text) {
        return model.probabilities(Features.of(ANALYSIS.analyse(text)))[model.categories().indexOf(Category.OFF_PLATFORM)];
    }

    @Test
    void learnsOnlyCategoriesWithEnoughExamples() {
        assertEquals(List.of(Category.OFF_PLATFORM), model.categories());
    }

    @Test
    void scoresUnseenViolationsAboveUnseenCleanText() {
        assertTrue(p("Just pay me via PayPal directly and I'll post it.") > p("Your parcel will arrive on Friday."));
        assertTrue(p("Transfer to our bank account please.") > 0.5, () -> "p=" + p("Transfer to our bank account please."));
    }

    @Test
    void thresholdsAreProbabilitiesAndWarnIsNotAboveBlock() {
        float block = model.blockThreshold(Category.OFF_PLATFORM);
        float warn = model.warnThreshold(Category.OFF_PLATFORM);
        assertTrue(block >= 0.5f && block < 1f, () -> "block " + block);
        assertTrue(warn <= block, () -> warn + " > " + block);
    }

    @Test
    void survivesAWriteAndReadAndKeepsItsExamples() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        LinearModel back = LinearModel.read(new ByteArrayInputStream(out.toByteArray()));
        int[] f = Features.of(ANALYSIS.analyse("Pay me with PayPal."));
        assertEquals(model.probabilities(f)[0], back.probabilities(f)[0], 1e-6);
        assertEquals(model.examples(Category.OFF_PLATFORM), back.examples(Category.OFF_PLATFORM));
    }

    /**
     * The fold fits, which only set the thresholds, start from the whole fit's weights: the model must be the one the
     * folds started from zero give (on a slice of the shipped training cases).
     */
    @Test
    void foldsStartedFromTheWholeFitGiveTheSameModel() throws IOException {
        // every 15th of the cases that are clean or of two categories only: two categories of six Newton runs, both ways
        // (each run costs the whole weight vector's length however few the cases are)
        Set<Category> two = Set.of(Category.OFF_PLATFORM, Category.REVIEW_MANIPULATION);
        List<LabelledCase> slice = new ArrayList<>();
        int k = 0;
        for (LabelledCase c : Corpus.builtInTraining()) {
            if (two.containsAll(c.block()) && two.containsAll(c.warn()) && k++ % 15 == 0) {
                slice.add(c);
            }
        }
        ModelTrainer trainer = new ModelTrainer(ANALYSIS);
        LinearModel warm = trainer.train(slice, true);
        LinearModel cold = trainer.train(slice, false);
        assertEquals(List.copyOf(two).stream().sorted().toList(), warm.categories().stream().sorted().toList());
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        warm.write(a, false);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        cold.write(b, false);
        for (Category c : cold.categories()) {
            assertEquals(cold.blockThreshold(c), warm.blockThreshold(c), c + " block");
            assertEquals(cold.warnThreshold(c), warm.warnThreshold(c), c + " warn");
        }
        assertTrue(java.util.Arrays.equals(a.toByteArray(), b.toByteArray()), "the two model files differ");
    }

    /** The built-in model is written plain (the jar stores it as it is); both forms read to the same model. */
    @Test
    void thePlainAndTheGzipFormReadToTheSameModel() throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        model.write(plain, false);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        model.write(gz);
        assertEquals(0x1f, gz.toByteArray()[0] & 0xff);
        assertTrue((plain.toByteArray()[0] & 0xff) != 0x1f, "plain: no gzip header");
        for (byte[] form : List.of(plain.toByteArray(), gz.toByteArray())) {
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            LinearModel.read(new ByteArrayInputStream(form)).write(again, false);
            org.junit.jupiter.api.Assertions.assertArrayEquals(plain.toByteArray(), again.toByteArray());
        }
        byte[] cut = java.util.Arrays.copyOf(plain.toByteArray(), plain.size() / 2);
        assertThrows(IOException.class, () -> LinearModel.read(new ByteArrayInputStream(cut)));
        assertThrows(IOException.class, () -> LinearModel.read(new ByteArrayInputStream(
                "not a model at all".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThrows(IOException.class, () -> LinearModel.read(new ByteArrayInputStream(new byte[0])));
    }

    /**
     * The built-in model (12 categories and a warn-only head, ~160k weight rows) read with the bulk decoding and written again holds the
     * same header, the same rows (key and every weight's bits) and the same examples as the file the build wrote.
     */
    @Test
    void theBuiltInModelReadsToExactlyTheWeightsItsFileHolds() throws IOException {
        byte[] file;
        try (var in = LinearModel.class.getResourceAsStream("/com/replyguard/policy/learn/model.bin")) {
            org.junit.jupiter.api.Assertions.assertNotNull(in, "the build trains the built-in model");
            file = in.readAllBytes();
        }
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        LinearModel.read(new ByteArrayInputStream(file)).write(again, false);
        Layout before = Layout.of(file);
        Layout after = Layout.of(again.toByteArray());
        assertTrue(before.categories > 1 && before.rows.size() > 1000, "a real model: " + before.rows.size() + " rows");
        assertEquals(before.header, after.header);
        assertEquals(before.rows.size(), after.rows.size());
        for (var row : before.rows.entrySet()) { // the writer lists rows in its table's order: compared by key
            assertEquals(row.getValue(), after.rows.get(row.getKey()), () -> "the weights of feature " + row.getKey());
        }
        assertEquals(before.tail, after.tail);
    }

    /** A model file's parts, read value by value (the reference the bulk decoding must agree with). */
    private record Layout(int categories, List<Object> header, java.util.Map<Integer, List<Integer>> rows,
                          List<Byte> tail) {
        static Layout of(byte[] bytes) throws IOException {
            var d = new java.io.DataInputStream(new ByteArrayInputStream(bytes));
            List<Object> header = new ArrayList<>(List.of(d.readInt(), d.readInt(), d.readInt()));
            int k = d.readInt();
            header.add(k);
            for (int c = 0; c < k; c++) {
                header.add(d.readUTF());
                header.add(d.readBoolean()); // a warn-only head (file version 4)
                for (int t = 0; t < 3; t++) {
                    header.add(d.readInt()); // bias, block and warn thresholds, as bits
                }
            }
            int count = d.readInt();
            java.util.Map<Integer, List<Integer>> rows = new java.util.HashMap<>();
            for (int i = 0; i < count; i++) {
                int key = d.readInt();
                List<Integer> weights = new ArrayList<>(k);
                for (int c = 0; c < k; c++) {
                    weights.add(d.readInt());
                }
                rows.put(key, weights);
            }
            List<Byte> tail = new ArrayList<>();
            for (byte b : d.readAllBytes()) {
                tail.add(b);
            }
            return new Layout(k, header, rows, tail);
        }
    }

    @Test
    void refusesAForeignOrDamagedFile() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (var z = new java.util.zip.GZIPOutputStream(gz)) {
            z.write("not a model at all".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThrows(IOException.class, () -> LinearModel.read(new ByteArrayInputStream(gz.toByteArray())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        byte[] cut = java.util.Arrays.copyOf(out.toByteArray(), out.size() / 2);
        assertThrows(IOException.class, () -> LinearModel.read(new ByteArrayInputStream(cut)));
    }

    private static final String[] THREATS = {
        "If this review stays up we will take legal action against you.", "We will report your account to eBay.",
        "Remove the feedback or our lawyer will contact you.", "Your account will be blocked if you open a case.",
        "We will sue you for defamation over that rating.", "Keep lying and we report you to the platform.",
        "We will ban you from our shop for good.", "One more complaint and we file a police report.",
        "Our solicitor will write to you about this review.", "You will be blacklisted from every seller we know.",
    };
    private static final String[] BLAME = {
        "You clearly did not read the listing before buying.", "This is entirely your own fault, not ours.",
        "You chose the wrong size yourself.", "Anyone could see the colour in the photos, you just ignored them.",
        "Your claim is simply not true.", "You broke it by using the wrong charger.",
        "It is your mistake for entering the wrong address.", "You should have measured the window first.",
        "You obviously skipped the instructions.", "Honestly, the damage is your own doing.",
    };

    /**
     * Threatening the buyer is labelled a block and blaming a warning: the category's head learns the threats alone,
     * a warn-only head both; it never blocks, and blame scores higher on it than on the category's head.
     */
    @Test
    void warningLabelsOfABlockCategoryGetAWarnOnlyHeadThatNeverBlocks() throws IOException {
        List<LabelledCase> cases = new ArrayList<>();
        label(cases, "t", THREATS, Set.of(Category.PRESSURE_OR_THREAT), Set.of());
        label(cases, "w", BLAME, Set.of(), Set.of(Category.PRESSURE_OR_THREAT));
        label(cases, "c", CLEAN, Set.of(), Set.of());
        LinearModel m = new ModelTrainer(ANALYSIS).train(cases);
        assertEquals(List.of(new LinearModel.Head(Category.PRESSURE_OR_THREAT, false),
                new LinearModel.Head(Category.PRESSURE_OR_THREAT, true)), m.heads());
        assertEquals(List.of(Category.PRESSURE_OR_THREAT), m.categories());
        assertTrue(Float.isInfinite(m.blockAt(1)), "a warn-only head never blocks");
        float warnOnly = m.warnOnlyThreshold(Category.PRESSURE_OR_THREAT);
        assertTrue(warnOnly >= 0.3f && warnOnly < 1f, () -> "warn-only threshold " + warnOnly);
        assertTrue(Float.isNaN(model.warnOnlyThreshold(Category.OFF_PLATFORM)), "no warning labels, no such head");
        int[] f = Features.of(ANALYSIS.analyse("You obviously ordered the wrong size yourself."));
        float[] p = m.probabilities(f);
        assertTrue(p[1] > p[0], () -> "warn-only " + p[1] + " vs the category's head " + p[0]);
        // its findings are explained by the nearest labelled case showing the category: blame among them
        assertTrue(m.examples(Category.PRESSURE_OR_THREAT).containsAll(List.of(THREATS))
                && m.examples(Category.PRESSURE_OR_THREAT).containsAll(List.of(BLAME)));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        LinearModel back = LinearModel.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(m.heads(), back.heads());
        assertEquals(warnOnly, back.warnOnlyThreshold(Category.PRESSURE_OR_THREAT));
        assertEquals(p[1], back.probabilities(f)[1], 1e-6);
    }

    /** A model file from before the warn-only heads (a data directory's retrained model) still reads. */
    @Test
    void aVersionThreeFileReadsAsAModelWithoutWarnOnlyHeads() throws IOException {
        LinearModel m = LinearModel.read(new ByteArrayInputStream(oneHeadFile(3, "OFF_PLATFORM")));
        assertEquals(List.of(new LinearModel.Head(Category.OFF_PLATFORM, false)), m.heads());
        assertEquals(0.6f, m.blockThreshold(Category.OFF_PLATFORM));
        assertEquals(0.4f, m.warnThreshold(Category.OFF_PLATFORM));
        assertTrue(Float.isNaN(m.warnOnlyThreshold(Category.OFF_PLATFORM)));
        assertEquals(1 / (1 + Math.exp(-(2.5 - 1))), m.probabilities(new int[] {42})[0], 1e-6);
        IOException unknown = assertThrows(IOException.class,
                () -> LinearModel.read(new ByteArrayInputStream(oneHeadFile(3, "NO_SUCH_CATEGORY"))));
        assertTrue(unknown.getMessage().contains("unknown category"), unknown.getMessage());
        assertThrows(IOException.class, () -> LinearModel.read(new ByteArrayInputStream(oneHeadFile(9, "OFF_PLATFORM"))));
    }

    /** A version-3 file by hand: one head, one weight (feature 42: 2.5), bias -1, no examples. */
    private static byte[] oneHeadFile(int version, String category) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        java.io.DataOutputStream d = new java.io.DataOutputStream(b);
        d.writeInt(0x52474C4D);
        d.writeInt(version);
        d.writeInt(Features.BITS);
        d.writeInt(1);
        d.writeUTF(category);
        d.writeFloat(-1f);
        d.writeFloat(0.6f);
        d.writeFloat(0.4f);
        d.writeInt(1);
        d.writeInt(42);
        d.writeFloat(2.5f);
        d.writeInt(0);
        d.flush();
        return b.toByteArray();
    }
}
