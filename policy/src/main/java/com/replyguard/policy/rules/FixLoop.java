package com.replyguard.policy.rules;

import com.replyguard.policy.Finding;
import com.replyguard.policy.Rewrite;
import com.replyguard.policy.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The automatic fix of a checked draft: plans the rewrites ({@link Rewriter}), applies them, and checks the rewritten
 * sentences again with the rules alone; a rewrite that still breaks a rule is not offered (the agent rewrites that
 * sentence), and the rest are applied again, at most three times.
 *
 * <p>Only the stretch around each rewrite is checked again (its sentences and the one before them, which can make a
 * review request read as one after a complaint): the unchanged sentences were judged already, and checking the whole
 * fixed draft again was a quarter of a check. A rule for short messages ({@code max_tokens}) that fires on such a
 * stretch reads the whole fixed draft instead, since the stretch is shorter than the message. On the whole corpus,
 * probes included, on every marketplace, the fixes and plans are byte-identical to checking the whole draft again
 * ({@code bench} {@code FindingsDump}).
 */
final class FixLoop {
    private static final int ROUNDS = 3;

    /** The draft fixed (null when no fix is offered) and the rewrites that make it. */
    record Fixed(String text, List<Rewrite> plan) {
    }

    private FixLoop() {
    }

    /**
     * Fixes {@code text} whose findings are {@code findings}; {@code rulesOnly} checks a text in the draft's language
     * on its marketplace with the rules alone (the learned model's second opinion is for the agent's eyes).
     */
    static Fixed run(String text, List<Finding> findings, Function<String, Rule> rules,
            Function<String, List<Finding>> rulesOnly) {
        List<Rewrite> plan = Rewriter.plan(text, findings, rules);
        for (int round = 0; round < ROUNDS && !plan.isEmpty(); round++) {
            List<int[]> ranges = new ArrayList<>();
            String candidate = Rewriter.apply(text, plan, ranges);
            List<Rewrite> kept = Rewriter.keepPassing(plan, ranges, recheck(candidate, ranges, rules, rulesOnly));
            if (kept.size() == plan.size()) {
                if (Rewriter.saysNothing(candidate)) {
                    // Only a greeting or a sign-off would be left ("Best, Rina"): the fix is not to send the message.
                    // The plan stays, without a fixed draft, so the findings can say so (CheckResult.leavesNothing).
                    return new Fixed(null, plan);
                }
                return new Fixed(candidate, plan);
            }
            plan = kept;
        }
        return new Fixed(null, List.of());
    }

    /** The spans (warn or worse) the rules still find around the rewrites' new text {@code ranges}. */
    private static List<int[]> recheck(String candidate, List<int[]> ranges, Function<String, Rule> rules,
            Function<String, List<Finding>> rulesOnly) {
        List<int[]> out = new ArrayList<>();
        for (int[] w : windows(candidate, ranges)) {
            List<Finding> found = rulesOnly.apply(candidate.substring(w[0], w[1]));
            boolean shortMessageRule = found.stream().anyMatch(f -> rules.apply(f.rule()) instanceof Rule r
                    && r.kind() instanceof RuleKind.Phrase p && p.maxTokens() > 0);
            if (shortMessageRule && w[1] - w[0] < candidate.length()) {
                return spans(rulesOnly.apply(candidate), 0);
            }
            out.addAll(spans(found, w[0]));
        }
        return out;
    }

    /**
     * The stretches of a fixed draft to check again: for each rewrite's new text ({@code newRanges}), the sentences
     * of {@code candidate} it touches (a deleted sentence leaves a point at the end of the sentence before it) and the
     * sentence before them, merged where they overlap, in text order.
     */
    static List<int[]> windows(String candidate, List<int[]> newRanges) {
        List<int[]> sentences = Draft.split(candidate);
        List<int[]> out = new ArrayList<>();
        for (int[] r : newRanges) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < sentences.size(); i++) {
                int[] s = sentences.get(i);
                if (s[0] <= r[1] && s[1] >= r[0]) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            int from = r[0];
            int to = r[1];
            if (first >= 0) {
                from = Math.min(from, sentences.get(Math.max(0, first - 1))[0]);
                to = Math.max(to, sentences.get(last)[1]);
            }
            int[] prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && from <= prev[1]) {
                prev[1] = Math.max(prev[1], to);
            } else if (to > from) {
                out.add(new int[] {from, to});
            }
        }
        return out;
    }

    private static List<int[]> spans(List<Finding> findings, int offset) {
        List<int[]> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.severity() != Severity.INFO) {
                out.add(new int[] {offset + f.start(), offset + f.end()});
            }
        }
        return out;
    }
}
