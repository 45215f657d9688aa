package com.replyguard.policy.concepts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiled phrases of one language, looked up by the term a phrase starts with and then by its second term: the
 * phrases that can match at a position are those of one term and those whose second term is the next word, in the
 * order they were compiled (senses before phrases, so "feel free" cancels REWARD before "free" counts). A common
 * first word ("we", "kami", "apnar") starts hundreds of phrases; without the second step every one of them was
 * compared word by word at every occurrence (a profile put that at a tenth of a check).
 *
 * <p>Thread safety: immutable.
 */
final class PhraseTable {
    private static final Phrase[] NONE = new Phrase[0];

    /** The phrases of one first term: those of one term alone, and per second term the ones that can match. */
    private record Starting(Phrase[] single, Map<String, Phrase[]> bySecond) {
    }

    private final Map<String, Starting> byFirst;

    PhraseTable(Map<String, List<Phrase>> compiled) {
        Map<String, Starting> out = new HashMap<>();
        for (Map.Entry<String, List<Phrase>> e : compiled.entrySet()) {
            List<Phrase> all = e.getValue();
            List<Phrase> single = new ArrayList<>();
            Map<String, List<Phrase>> bySecond = new HashMap<>();
            for (Phrase p : all) {
                if (p.terms().length == 1) {
                    single.add(p);
                } else {
                    bySecond.computeIfAbsent(p.terms()[1], k -> new ArrayList<>());
                }
            }
            // every list keeps the compiled order, the one-term phrases in their places
            for (Map.Entry<String, List<Phrase>> s : bySecond.entrySet()) {
                for (Phrase p : all) {
                    if (p.terms().length == 1 || p.terms()[1].equals(s.getKey())) {
                        s.getValue().add(p);
                    }
                }
            }
            Map<String, Phrase[]> frozen = new HashMap<>();
            bySecond.forEach((k, v) -> frozen.put(k, v.toArray(Phrase[]::new)));
            out.put(e.getKey(), new Starting(single.toArray(Phrase[]::new), frozen));
        }
        // HashMaps, never changed after this: a lookup compares a key's hash before its characters, where the
        // immutable Map.copyOf's probe calls equals() on every key it passes (a profile put that at 2% of a check)
        this.byFirst = out;
    }

    /**
     * The phrases that may start at term {@code at} of a sentence ending before {@code to}, in compiled order; each
     * still has to be confirmed with {@link Phrase#matchesAt}. Empty when none.
     */
    Phrase[] at(String[] terms, int at, int to) {
        Starting s = byFirst.get(terms[at]);
        if (s == null) {
            return NONE;
        }
        if (at + 1 < to) {
            Phrase[] two = s.bySecond().get(terms[at + 1]);
            if (two != null) {
                return two;
            }
        }
        return s.single();
    }
}
