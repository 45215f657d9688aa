package com.replyguard.policy.rules;

import com.replyguard.policy.Category;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.Finding;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Severity;
import com.replyguard.policy.learn.Features;
import com.replyguard.policy.learn.LinearModel;
import com.replyguard.policy.text.AnalysedText;
import com.replyguard.policy.text.FoldedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The learned second opinion beside the rules (SpamAssassin's rules-plus-Bayes shape): for each category the rules
 * did not find, the model reads every sentence and every pair of adjacent sentences; above the category's block
 * threshold it reports the category at the marketplace's severity, above the warn threshold as a warning. The
 * finding names the nearest labelled example it learned from, so it says why.
 *
 * <p>Thread safety: safe to share; the nearest-example features are computed once per category on first use.
 */
final class ModelOpinion {
    static final String RULE_PREFIX = "model.";
    private static final String SOURCE = "ReplyGuard's labelled corpus of seller messages (learned model; "
            + "report a false alarm to improve it)";

    private final LinearModel model;
    private final com.replyguard.policy.analysis.TextAnalysis analysis;
    private final Map<Category, List<int[]>> exampleFeatures = new ConcurrentHashMap<>();
    /** When the model may block rather than warn. */
    private final ModelGates gates;

    ModelOpinion(LinearModel model, com.replyguard.policy.analysis.TextAnalysis analysis) {
        this.model = model;
        this.analysis = analysis;
        this.gates = new ModelGates(analysis.concepts().names());
    }

    LinearModel model() {
        return model;
    }

    /** One message as the model reads it: each sentence's features and weight sums, computed once. */
    final class Reading {
        private final AnalysedText a;
        private final int[][] single;
        private final double[][] sums;

        Reading(AnalysedText a) {
            this.a = a;
            int n = a.sentences().size();
            single = new int[n][];
            sums = new double[n][];
            for (int s = 0; s < n; s++) {
                single[s] = Features.distinct(a, s, s + 1);
                sums[s] = model.sums(single[s]);
            }
        }

        /** How many sentences the message has. */
        int sentences() {
            return single.length;
        }

        /**
         * Per head (the model's columns) the best {p, from, to} over every sentence and pair of adjacent sentences,
         * once per message.
         */
        private float[][] best;

        private float[][] best() {
            if (best == null) {
                int k = model.heads().size();
                float[][] b = new float[k][];
                for (int s = 0; s < sums.length; s++) {
                    consider(b, model.probabilities(sums[s], single[s].length), s, s + 1);
                    if (s > 0) {
                        // A pair of sentences, scored from its sentences' sums (features shared by both count twice).
                        double[] pair = new double[sums[s].length];
                        for (int c = 0; c < pair.length; c++) {
                            pair[c] = sums[s - 1][c] + sums[s][c];
                        }
                        consider(b, model.probabilities(pair, single[s - 1].length + single[s].length), s - 1, s + 1);
                    }
                }
                best = b;
            }
            return best;
        }

        /**
         * The model's highest probability of {@code c} over every sentence and every pair of adjacent sentences
         * (-1 when the model has no such category).
         */
        float best(Category c) {
            int i = model.heads().indexOf(new LinearModel.Head(c, false));
            float[] b = i < 0 ? null : best()[i];
            return b == null ? -1f : b[0];
        }

        /**
         * Findings for the categories in {@code severities} (those with rules here) not in {@code found}: a category's
         * head blocks or warns; where it says nothing, the category's warn-only head may warn.
         */
        List<Finding> findings(Map<Category, Severity> severities, Set<Category> found) {
            List<Finding> out = new ArrayList<>();
            Set<Category> told = java.util.EnumSet.noneOf(Category.class);
            List<LinearModel.Head> heads = model.heads();
            float[][] b = best();
            // the categories' heads come first, so a warn-only head speaks only where its category's head said nothing
            for (int i = 0; i < heads.size(); i++) {
                Category c = heads.get(i).category();
                Severity onMarket = severities.get(c);
                if (b[i] == null || onMarket == null || found.contains(c) || told.contains(c)) {
                    continue;
                }
                float p = b[i][0];
                int from = (int) b[i][1];
                int to = (int) b[i][2];
                Severity severity;
                if (heads.get(i).warnOnly()) {
                    if (p < model.warnOnlyThreshold(c)) {
                        continue;
                    }
                    severity = Severity.WARN;
                } else {
                    if (p < model.warnThreshold(c)) {
                        continue;
                    }
                    // a sentence that refuses or explains is left to the rules: the model only warns there
                    severity = gates.blocks(a, c, p, model.blockThreshold(c), from, to) ? onMarket : Severity.WARN;
                }
                out.add(finding(c, p, from, to, onMarket == Severity.INFO ? Severity.INFO : severity));
                told.add(c);
            }
            return out;
        }

        private Finding finding(Category c, float p, int from, int to, Severity severity) {
            FoldedText folded = a.folded();
            int start = folded.originalStart(a.sentences().get(from)[0]);
            int end = Math.max(start + 1, folded.originalEnd(a.sentences().get(to - 1)[1]));
            String excerpt = a.original().substring(start, end);
            int[] features = Features.of(a, from, to); // sorted, as nearest() merges
            String near = nearest(c, features);
            return new Finding(RULE_PREFIX + c.name().toLowerCase(Locale.ROOT).replace('_', '-'), c, severity, start,
                    end, excerpt, MESSAGES.get(Language.EN).apply(c, p, near), SOURCE, null, messages(c, p, near));
        }
    }

    Reading read(AnalysedText a) {
        return new Reading(a);
    }

    /** Keeps, per head, the highest of {@code p} so far with the sentences it was read on. */
    private static void consider(float[][] best, float[] p, int from, int to) {
        for (int c = 0; c < p.length; c++) {
            if (best[c] == null || p[c] > best[c][0]) {
                best[c] = new float[] {p[c], from, to};
            }
        }
    }

    /** The finding's wording per language, from {@code model_messages_XX.properties}. */
    private static final Map<Language, Wording> MESSAGES = Map.of(Language.EN, Wording.load("en"),
            Language.BN, Wording.load("bn"), Language.MS, Wording.load("ms"));

    private static Map<Language, String> messages(Category c, float p, String nearest) {
        Map<Language, String> out = new java.util.EnumMap<>(Language.class);
        MESSAGES.forEach((l, w) -> out.put(l, w.apply(c, p, nearest)));
        return out;
    }

    /** One language's wording of a model finding. */
    record Wording(java.util.Properties texts) {
        static Wording load(String code) {
            java.util.Properties p = new java.util.Properties();
            String name = "model_messages_" + code + ".properties";
            try (java.io.InputStream in = ModelOpinion.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + name + "; rebuild the project");
                }
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new Wording(p);
        }

        String apply(Category c, float p, String nearest) {
            String what = texts.getProperty("category." + c.name(), c.name());
            // (a properties file drops a value's leading space, so the two sentences are joined here)
            String reads = nearest == null ? ""
                    : " " + texts.getProperty("reads_like").replace("{0}", shorten(nearest));
            return texts.getProperty("looks_like").replace("{0}", what)
                    .replace("{1}", String.format(Locale.ROOT, "%.2f", p)) + reads;
        }
    }

    private static String shorten(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() > 160 ? t.substring(0, 157) + "..." : t;
    }

    /** The labelled example of {@code c} whose features overlap most (cosine of binary sets) with {@code f}. */
    private String nearest(Category c, int[] f) {
        List<String> texts = model.examples(c);
        if (texts.isEmpty() || f.length == 0) {
            return null;
        }
        List<int[]> feats = exampleFeatures.computeIfAbsent(c, k -> {
            List<int[]> l = new ArrayList<>(texts.size());
            for (String t : texts) {
                l.add(Features.of(analysis.analyse(t)));
            }
            return l;
        });
        double bestScore = -1;
        int best = -1;
        for (int i = 0; i < feats.size(); i++) {
            int[] g = feats.get(i);
            if (g.length == 0) {
                continue;
            }
            double score = overlap(f, g) / Math.sqrt((double) f.length * g.length);
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best < 0 ? null : texts.get(best);
    }

    private static int overlap(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }
}
