package com.replyguard.policy.concepts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a negation turns an offer into a refusal, read from {@code concepts/negation.txt}: a negator before one of the
 * negated concepts (or, in Bengali word order, a negator after it) within a window of tokens, with no scope end
 * between them and no condition in the sentence, marks the sentence as a refusal ("we do not reward reviews in any
 * form", "sy x guna whatsapp", "upohar dite parbo na"). This is the NegEx idea of a negation's scope over a sentence,
 * applied to what the seller offers, so a refusal is recognised in wordings no lexicon lists.
 *
 * <p>Thread safety: immutable.
 */
final class Negation {
    /** Every concept any rule looks at: occurrences of these are kept with their positions. */
    final long tracked;
    private final List<Rule> rules;

    private Negation(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        long t = 0;
        for (Rule r : rules) {
            t |= r.negates | bit(r.before) | bit(r.after) | bit(r.end) | r.unless;
        }
        this.tracked = t;
    }

    /** One rule of negation.txt. */
    private record Rule(String name, int before, int after, int end, long negates, int result, long unless,
                        int window, boolean pauseEnds, Set<String> anaphors) {
    }

    private static long bit(int concept) {
        return concept < 0 ? 0 : 1L << concept;
    }

    static Negation load(Concepts concepts, List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        Map<String, String> block = null;
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException("negation.txt: expected 'key: value' in: " + line);
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (key.equals("rule")) {
                if (block != null) {
                    rules.add(rule(concepts, block));
                }
                block = new HashMap<>();
                block.put("rule", value);
            } else if (block == null) {
                throw new IllegalStateException("negation.txt: '" + key + "' before the first 'rule:'");
            } else if (block.put(key, value) != null) {
                throw new IllegalStateException("negation.txt: '" + key + "' twice in rule " + block.get("rule"));
            }
        }
        if (block != null) {
            rules.add(rule(concepts, block));
        }
        return new Negation(rules);
    }

    private static Rule rule(Concepts concepts, Map<String, String> b) {
        for (String key : b.keySet()) {
            if (!List.of("rule", "negator", "negator-after", "scope-end", "negates", "result", "unless", "window",
                    "pause-ends-scope", "anaphors")
                    .contains(key)) {
                throw new IllegalStateException("negation.txt: unknown key " + key);
            }
        }
        if (!b.containsKey("negator") || !b.containsKey("negates") || !b.containsKey("result")) {
            throw new IllegalStateException("negation.txt: rule " + b.get("rule") + " needs negator, negates, result");
        }
        return new Rule(b.get("rule"), concept(concepts, b.get("negator")),
                b.containsKey("negator-after") ? concept(concepts, b.get("negator-after")) : -1,
                b.containsKey("scope-end") ? concept(concepts, b.get("scope-end")) : -1,
                mask(concepts, b.get("negates")), concept(concepts, b.get("result")),
                b.containsKey("unless") ? mask(concepts, b.get("unless")) : 0,
                Integer.parseInt(b.getOrDefault("window", "4")),
                Boolean.parseBoolean(b.getOrDefault("pause-ends-scope", "false")),
                Set.copyOf(List.of(b.getOrDefault("anaphors", "").strip().split("\\s+"))));
    }

    private static int concept(Concepts concepts, String name) {
        int c = concepts.index(name);
        if (c < 0) {
            throw new IllegalStateException("negation.txt names an unknown concept: " + name);
        }
        return c;
    }

    private static long mask(Concepts concepts, String names) {
        long m = 0;
        for (String n : names.split("\\s+")) {
            m |= 1L << concept(concepts, n);
        }
        return m;
    }

    /**
     * The concepts to add to a sentence with these concept occurrences (token start, end, concept; in text order):
     * each rule's result when one of its negated concepts is in its negator's scope.
     */
    long results(long mask, int[] at, int[] endAt, int[] concept, int n, int sentenceEnd, boolean[] pauseBefore,
                 String[] terms) {
        long out = 0;
        for (Rule r : rules) {
            if ((mask & r.negates) != 0 && (mask & (bit(r.before) | bit(r.after))) != 0
                    && ((mask & r.unless) == 0 || !unlessNear(r, at, concept, n))
                    && inScope(r, at, endAt, concept, n, sentenceEnd, pauseBefore, terms)) {
                out |= 1L << r.result;
            }
        }
        return out;
    }

    /**
     * Whether a negated concept is in the negator's scope. What stands after a turn ("we can't refund the fee, BUT a
     * coupon is yours for five stars") is read on its own by {@link Concepts}: the refusal covers the clause before
     * the turn only.
     */
    private static boolean inScope(Rule r, int[] at, int[] endAt, int[] concept, int n, int sentenceEnd,
                                   boolean[] pauseBefore, String[] terms) {
        for (int k = 0; k < n; k++) {
            if ((r.negates & (1L << concept[k])) != 0
                    && negatedAt(r, k, at, endAt, concept, n, sentenceEnd, pauseBefore, terms)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an {@code unless} concept is near a negator ("we won't refund you unless you delete it"): within the
     * negation's window and a few words more. A condition far away in another clause ("we can't take payment outside
     * Walmart, just reorder there if you want another") leaves the refusal standing. When the condition was found
     * only by a raw string (no position), the whole sentence counts, as before.
     */
    private static boolean unlessNear(Rule r, int[] at, int[] concept, int n) {
        boolean positioned = false;
        for (int u = 0; u < n; u++) {
            if ((r.unless & (1L << concept[u])) == 0) {
                continue;
            }
            positioned = true;
            for (int j = 0; j < n; j++) {
                if ((concept[j] == r.before || concept[j] == r.after) && Math.abs(at[u] - at[j]) <= r.window + 4) {
                    return true;
                }
            }
        }
        return !positioned;
    }

    private static boolean negatedAt(Rule r, int k, int[] at, int[] endAt, int[] concept, int n, int sentenceEnd,
                                     boolean[] pauseBefore, String[] terms) {
        for (int j = 0; j < n; j++) {
            // in a rule with pause-ends-scope, a comma closes a negator's reach forward, as punctuation closes a NegEx
            // scope ("x payah bagi review buruk, pm kami dulu": the request after the comma is not refused); a policy
            // statement's long reach runs on through its list ("punishes harassment, such as ...")
            if (concept[j] == r.before && at[j] < at[k] && at[k] - endAt[j] < r.window
                    && !endBetween(r, at, concept, n, at[j], at[k]) && !(r.pauseEnds && lastPause(pauseBefore, endAt[j], at[k]) >= 0)) {
                return true;
            }
            // Bengali closes a clause with its verb and না: a না right before a turn ("... বিক্রি করি না, তবে ...") or
            // at the end of the sentence ("ইবের বাইরে আমরা কোনো লেনদেন করি না;") negates the whole clause, so its
            // reach doubles there
            if (concept[j] != r.after || at[j] < endAt[k]) {
                continue;
            }
            int reach = endAt[j] >= sentenceEnd || closesClause(r, j, at, concept, n) ? 2 * r.window : r.window;
            // the না closes its own clause: a comma between the negated words and it ends the reach back ("bkash e
            // korte hobe, app e na" refuses the app, not bKash), unless the না's clause points back at them ("facebook
            // id chailen, ebay te oita share kora jay na": "oita", that one)
            if (at[j] - endAt[k] < reach && !endBetween(r, at, concept, n, endAt[k], at[j])
                    && !(r.pauseEnds && pausedWithoutAnaphor(r, pauseBefore, terms, endAt[k], at[j]))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a scope end (a turn) comes right after negator occurrence {@code j}. */
    private static boolean closesClause(Rule r, int j, int[] at, int[] concept, int n) {
        for (int e = 0; e < n; e++) {
            if (concept[e] == r.end && at[e] > at[j] && at[e] - at[j] <= 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a comma or semicolon stands before a term in {@code [from, to]} and the clause after the last one, up to
     * {@code to}, has no word pointing back over it (the rule's anaphors: "oita", "ওটা", that one).
     */
    private static boolean pausedWithoutAnaphor(Rule r, boolean[] pauseBefore, String[] terms, int from, int to) {
        int last = lastPause(pauseBefore, from, to);
        if (last < 0) {
            return false;
        }
        for (int i = last; terms != null && i <= to && i < terms.length; i++) {
            if (r.anaphors.contains(terms[i])) {
                return false;
            }
        }
        return true;
    }

    /** The last term in {@code [from, to]} with a comma or semicolon before it, or -1 (also when none are known). */
    private static int lastPause(boolean[] pauseBefore, int from, int to) {
        int last = -1;
        for (int i = Math.max(from, 0); pauseBefore != null && i <= to && i < pauseBefore.length; i++) {
            if (pauseBefore[i]) {
                last = i;
            }
        }
        return last;
    }

    private static boolean endBetween(Rule r, int[] at, int[] concept, int n, int from, int to) {
        for (int j = 0; j < n; j++) {
            if (concept[j] == r.end && at[j] >= from && at[j] < to) {
                return true;
            }
        }
        return false;
    }
}
