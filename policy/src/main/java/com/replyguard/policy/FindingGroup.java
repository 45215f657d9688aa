package com.replyguard.policy;

import com.replyguard.policy.text.AnalysedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One rule's findings inside one sentence of a draft: what an agent reads as one problem, however many times the
 * sentence repeats it. {@code sentenceStart..sentenceEnd} is the sentence (widened to cover every occurrence);
 * {@code occurrences} are the findings in text order, never empty.
 */
public record FindingGroup(String rule, Severity severity, int sentenceStart, int sentenceEnd,
                           List<Finding> occurrences) {
    public FindingGroup {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        occurrences = List.copyOf(occurrences);
        if (occurrences.isEmpty()) {
            throw new IllegalArgumentException("a group needs at least one finding: " + rule);
        }
    }

    /** The first occurrence, whose reason, source and fix stand for the group. */
    public Finding first() {
        return occurrences.get(0);
    }

    /** Groups {@code findings} of {@code text} by rule and the sentence each starts in, in order of first occurrence. */
    public static List<FindingGroup> of(String text, List<Finding> findings) {
        List<int[]> sentences = AnalysedText.sentences(text == null ? "" : text);
        Map<String, List<Finding>> byKey = new LinkedHashMap<>();
        Map<String, int[]> ranges = new LinkedHashMap<>();
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(java.util.Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end));
        for (Finding f : sorted) {
            int[] s = sentenceOf(sentences, f.start());
            int from = s == null ? f.start() : Math.min(s[0], f.start());
            int to = s == null ? f.end() : Math.max(s[1], f.end());
            String key = f.rule() + "@" + (s == null ? "f" + f.start() : s[0]);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            ranges.merge(key, new int[] {from, to}, (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        List<FindingGroup> out = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> e : byKey.entrySet()) {
            Severity worst = Severity.INFO;
            for (Finding f : e.getValue()) {
                worst = f.severity().compareTo(worst) > 0 ? f.severity() : worst;
            }
            int[] r = ranges.get(e.getKey());
            out.add(new FindingGroup(e.getValue().get(0).rule(), worst, r[0], r[1], e.getValue()));
        }
        return out;
    }

    private static int[] sentenceOf(List<int[]> sentences, int offset) {
        for (int[] s : sentences) {
            if (offset >= s[0] && offset < s[1]) {
                return s;
            }
        }
        return null;
    }
}
