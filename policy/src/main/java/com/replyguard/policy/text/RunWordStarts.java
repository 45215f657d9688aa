package com.replyguard.policy.text;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * What the words of a list can look like, judged before a word is cut out and looked up: the longest one and the
 * letters they start with. A scanner that reads every word of every draft ({@link SpelledNumbers}) ends at once on a
 * word that cannot be in the list. Thread safety: immutable.
 */
final class RunWordStarts {
    /** By lower-case ASCII letter, whether a listed word starts with it. */
    private final boolean[] ascii = new boolean[128];
    /** The other first letters of listed words (Bengali number words). */
    private final Set<Character> other;
    private final int longest;

    RunWordStarts(Collection<String> words) {
        Set<Character> others = new HashSet<>();
        int max = 0;
        for (String w : words) {
            char f = w.charAt(0);
            if (f < 128) {
                ascii[f] = true;
            } else {
                others.add(f);
            }
            max = Math.max(max, w.length());
        }
        this.other = Set.copyOf(others);
        this.longest = max;
    }

    /**
     * Whether the word {@code s[from, to)} can be a listed word, by its length (lower-casing never shortens one) and
     * its first letter in either case (the Kelvin sign lower-cases to 'k').
     */
    boolean possible(CharSequence s, int from, int to) {
        if (to - from > longest) {
            return false;
        }
        char first = s.charAt(from);
        if (first < 128) {
            return ascii[first >= 'A' && first <= 'Z' ? first + 32 : first];
        }
        char lower = Character.toLowerCase(first);
        return other.contains(first) || other.contains(lower) || lower < 128 && ascii[lower];
    }
}
