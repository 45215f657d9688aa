package com.replyguard.knowledge.gaps;

import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.TextAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Groups gaps by similarity: the token sets left by the shared analyser of each gap's language are compared with
 * Jaccard similarity, and a gap joins the first group whose representative is similar enough.
 *
 * <p>Thread safety: stateless.
 */
public final class GapReport {
    /** Two questions sharing at least this share of their analysed words are "the same question". */
    public static final double SIMILARITY = 0.5;

    private final TextAnalysis analysis;

    public GapReport(TextAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The most recent gaps grouped at most: grouping is quadratic in the worst case. */
    public static final int RECENT_WINDOW = 5_000;

    /** {@link #group} over the newest {@value #RECENT_WINDOW} of {@code gaps} (oldest first). */
    public List<GapCluster> groupRecent(List<Gap> gaps, int limit) {
        return group(gaps.size() > RECENT_WINDOW ? gaps.subList(gaps.size() - RECENT_WINDOW, gaps.size()) : gaps,
                limit);
    }

    /** The {@code limit} largest groups, biggest first (ties: most recent first). */
    public List<GapCluster> group(List<Gap> gaps, int limit) {
        List<Group> groups = new ArrayList<>();
        for (Gap g : gaps) {
            Set<String> tokens = tokens(g);
            Group home = null;
            double best = SIMILARITY;
            for (Group gr : groups) {
                double sim = jaccard(tokens, gr.tokens);
                if (sim >= best) {
                    best = sim;
                    home = gr;
                }
            }
            if (home == null) {
                home = new Group(g, tokens);
                groups.add(home);
            }
            home.add(g);
        }
        return groups.stream()
                .sorted(Comparator.comparingInt((Group gr) -> gr.members.size()).reversed()
                        .thenComparing(gr -> gr.last.at(), Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(limit).map(Group::toCluster).toList();
    }

    Set<String> tokens(Gap g) {
        Language lang;
        try {
            lang = g.language() == null ? analysis.detector().detect(g.maskedText()) : Language.parse(g.language());
        } catch (IllegalArgumentException ex) {
            lang = Language.OTHER;
        }
        Analyzer a = analysis.analyzer(lang);
        Set<String> out = new HashSet<>();
        try (TokenStream ts = a.tokenStream("text", g.maskedText() == null ? "" : g.maskedText())) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (String t : a) {
            if (b.contains(t)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    private static final class Group {
        final Gap first;
        final Set<String> tokens;
        final List<Gap> members = new ArrayList<>();
        Gap last;

        Group(Gap first, Set<String> tokens) {
            this.first = first;
            this.tokens = tokens;
        }

        void add(Gap g) {
            members.add(g);
            if (last == null || (g.at() != null && (last.at() == null || g.at().isAfter(last.at())))) {
                last = g;
            }
        }

        GapCluster toCluster() {
            Map<String, Integer> intents = new HashMap<>();
            Map<String, Integer> markets = new HashMap<>();
            List<String> examples = new ArrayList<>();
            double bestScore = 0;
            for (Gap g : members) {
                if (g.intentGuess() != null) {
                    intents.merge(g.intentGuess(), 1, Integer::sum);
                }
                if (g.marketplace() != null) {
                    markets.merge(g.marketplace().id(), 1, Integer::sum);
                }
                if (examples.size() < 3 && g != first && !java.util.Objects.equals(g.maskedText(), first.maskedText())
                        && !examples.contains(g.maskedText())) {
                    examples.add(g.maskedText());
                }
                bestScore = Math.max(bestScore, g.bestScore());
            }
            return new GapCluster(first.maskedText(), members.size(), examples, intents, markets, bestScore,
                    last.at());
        }
    }
}
