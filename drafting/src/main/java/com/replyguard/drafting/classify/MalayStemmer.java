package com.replyguard.drafting.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reduces a Malay word to its root for cue matching ("menerima" → "terima", "memulangkan" → "pulang",
 * "dibatalkan" → "batal", "kerosakan" → "rosak", "berpuas" → "puas"), so a cue written with one form of a word
 * matches the others. Lucene's {@code IndonesianStemFilter} (used by the search analyzer) strips the same affixes but
 * does not restore the first letter a {@code meN-}/{@code peN-} prefix swallows ("menerima" → "erima",
 * "memulangkan" → "ulang"), which is fine inside one index but not for matching written cue phrases; its stemmer
 * class is not public either, and no Malay stemmer is published on Maven Central.
 *
 * <p>Dictionary-checked affix stripping (after Nazief and Adriani's algorithm, in small): a word of the root list
 * stays (roots that look affixed: "terima", "berapa", "tetapi"); otherwise particles ({@code -lah -kah -tah -pun}), possessives ({@code -nya -ku -mu}) and suffixes
 * ({@code -kan -an -i}) are taken off, then up to two prefixes ({@code di- ter- ber- be- ke- se- per- pe-}, and
 * {@code meN-}/{@code peN-} with the swallowed letter put back: {@code mem-} + vowel → p, {@code men-} + vowel → t,
 * {@code meny-} → s, {@code meng-} + vowel → k or nothing), and the first candidate, fewest affixes off first, that is
 * a known word is the stem. A word with no known root stays as it is, so nothing is cut wrongly. The known words are
 * those of the Malay cue phrases, {@code read/malay-words.txt} and {@code malay-roots.txt}. Only the buyer's text is
 * stemmed, never the cue phrases, so a cue keeps exactly the meaning it was written with ("penghantaran" stays a
 * cue of its own, not one for every "hantar"). Thread safety: immutable.
 */
public final class MalayStemmer {
    private static final String[] PARTICLES = {"lah", "kah", "tah", "pun"};
    private static final String[] POSSESSIVES = {"nya", "ku", "mu"};
    private static final String[] SUFFIXES = {"kan", "an", "i"};

    private final Set<String> roots;
    private final Set<String> kept;

    /**
     * A stemmer that reduces words to {@code known} words only, and leaves the words of {@code kept} (roots that
     * look affixed, such as "berapa", "tetapi", "terima") as they are.
     */
    public MalayStemmer(Set<String> known, Set<String> kept) {
        Set<String> all = new java.util.HashSet<>(known);
        all.addAll(kept);
        this.roots = Set.copyOf(all);
        this.kept = Set.copyOf(kept);
    }

    /** The root of a lower-case word, or the word itself when no known root is found. */
    public String stem(String word) {
        if (word.length() < 4 || kept.contains(word)) {
            return word;
        }
        for (String base : withoutSuffixes(word)) {
            if (!base.equals(word) && roots.contains(base)) {
                return base;
            }
            for (String once : withoutPrefix(base)) {
                if (roots.contains(once)) {
                    return once;
                }
            }
            for (String once : withoutPrefix(base)) {
                for (String twice : withoutPrefix(once)) {
                    if (roots.contains(twice)) {
                        return twice;
                    }
                }
            }
        }
        return word;
    }

    /** Every word of a folded text (words separated by single spaces) stemmed; the spacing is kept. */
    public String stemText(String folded) {
        StringBuilder b = new StringBuilder(folded.length());
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean space = i == folded.length() || folded.charAt(i) == ' ';
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0) {
                b.append(stem(folded.substring(start, i)));
                start = -1;
            }
            if (i < folded.length() && space) {
                b.append(' ');
            }
        }
        return b.toString();
    }

    /** The word, then with a particle off, a possessive off, a suffix off (in that order, each optional). */
    private static List<String> withoutSuffixes(String word) {
        List<String> out = new ArrayList<>();
        out.add(word);
        List<String> stage = List.of(word);
        for (String[] endings : new String[][] {PARTICLES, POSSESSIVES, SUFFIXES}) {
            List<String> next = new ArrayList<>(stage);
            for (String w : stage) {
                for (String e : endings) {
                    if (w.endsWith(e) && w.length() - e.length() >= 3) {
                        String cut = w.substring(0, w.length() - e.length());
                        next.add(cut);
                        out.add(cut);
                    }
                }
            }
            stage = next;
        }
        return out;
    }

    /** The candidates left when one prefix is taken off {@code w}, with the letter a nasal prefix swallowed. */
    private static List<String> withoutPrefix(String w) {
        List<String> out = new ArrayList<>(3);
        for (String p : new String[] {"meng", "peng"}) {
            if (w.startsWith(p)) {
                String rest = w.substring(4);
                add(out, rest);
                if (startsWithVowel(rest)) {
                    add(out, "k" + rest);
                }
            }
        }
        for (String p : new String[] {"meny", "peny"}) {
            if (w.startsWith(p) && startsWithVowel(w.substring(4))) {
                add(out, "s" + w.substring(4));
            }
        }
        for (String p : new String[] {"mem", "pem"}) {
            if (w.startsWith(p)) {
                String rest = w.substring(3);
                add(out, rest);
                if (startsWithVowel(rest)) {
                    add(out, "p" + rest);
                }
            }
        }
        for (String p : new String[] {"men", "pen"}) {
            if (w.startsWith(p) && !w.startsWith(p + "g") && !w.startsWith(p + "y")) {
                String rest = w.substring(3);
                add(out, rest);
                if (startsWithVowel(rest)) {
                    add(out, "t" + rest);
                }
            }
        }
        for (String p : new String[] {"memper", "per", "ber", "ter", "bel", "di", "ke", "se", "be", "me", "pe", "te"}) {
            if (w.startsWith(p)) {
                add(out, w.substring(p.length()));
            }
        }
        return out;
    }

    private static void add(List<String> out, String candidate) {
        if (candidate.length() >= 3) {
            out.add(candidate);
        }
    }

    private static boolean startsWithVowel(String s) {
        return !s.isEmpty() && "aeiou".indexOf(s.charAt(0)) >= 0;
    }
}
