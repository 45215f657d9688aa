package com.replyguard.policy.rules;

import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.TextAnalysis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A compiled word pattern such as {@code "give|leave ... five star|positive review ... free|gift|refund"}: slots
 * separated by {@code ...} must appear in order (or in any order, when {@code anyOrder}) with at most
 * {@code within} tokens between neighbours; {@code |} separates alternatives; an alternative of several words must
 * appear as adjacent tokens. Every alternative is analysed with each language's matching chain, so "stars",
 * "bintang" and "তারকা" all match {@code star}. Matching is a bounded scan: O(tokens x slots x within).
 */
public final class PhrasePattern {
    private final String source;
    private final int within;
    private final boolean anyOrder;
    private final String[] rawSlots;
    private final TextAnalysis analysis;
    /** Compiled slots per language (by ordinal), built on first use: a draft needs only its own language. */
    private final AtomicReferenceArray<List<Map<String, List<String[]>>>> slots =
            new AtomicReferenceArray<>(Language.values().length);

    PhrasePattern(String source, int within, boolean anyOrder, TextAnalysis analysis) {
        this.source = source;
        this.within = within;
        this.anyOrder = anyOrder;
        this.analysis = analysis;
        this.rawSlots = source.split("\\.\\.\\.", -1);
        for (String rawSlot : rawSlots) {
            if (rawSlot.isBlank()) {
                throw new IllegalArgumentException("empty slot in pattern \"" + source + "\"");
            }
            for (String alt : rawSlot.split("\\|", -1)) {
                if (alt.isBlank()) {
                    throw new IllegalArgumentException("empty alternative in pattern \"" + source + "\"");
                }
            }
        }
        compiled(Language.EN); // validates that every slot keeps words after analysis
    }

    /**
     * Per compiled slot, smallest first, its map and its first words as an array: the presearch fails fastest on the
     * slot with the fewest alternatives, and walks a plain array instead of an immutable map's key set (whose
     * iterator showed in allocation profiles: it ran for every pattern of every rule on every check).
     */
    private record Presearch(Map<String, List<String[]>>[] slots, String[][] firsts, int[][] bits) {
    }

    /** The bits of a draft's {@link #termFilter}: enough that a word absent from a 300-character draft rarely passes. */
    private static final int FILTER_BITS = 1024;

    private static int filterBit(String term) {
        int h = term.hashCode();
        return (h ^ h >>> 10 ^ h >>> 20) & (FILTER_BITS - 1);
    }

    /**
     * A bit set of a draft's terms by hash: a first word whose bit is clear is not in the draft, so the presearch
     * looks up in the draft's term set only the few words whose bit is set (most of its lookups found nothing and
     * cost a hash probe each).
     */
    static long[] termFilter(java.util.Collection<String> terms) {
        long[] f = new long[FILTER_BITS / 64];
        for (String t : terms) {
            int b = filterBit(t);
            f[b >>> 6] |= 1L << b;
        }
        return f;
    }

    private final AtomicReferenceArray<Presearch> bySize = new AtomicReferenceArray<>(Language.values().length);

    @SuppressWarnings("unchecked")
    private Presearch bySize(Language language) {
        Presearch c = bySize.get(language.ordinal());
        if (c == null) {
            List<Map<String, List<String[]>>> sorted = new ArrayList<>(compiled(language));
            sorted.sort(java.util.Comparator.comparingInt(Map::size));
            Map<String, List<String[]>>[] maps = sorted.toArray(new Map[0]);
            String[][] firsts = new String[maps.length][];
            int[][] bits = new int[maps.length][];
            for (int i = 0; i < maps.length; i++) {
                firsts[i] = maps[i].keySet().toArray(String[]::new);
                bits[i] = new int[firsts[i].length];
                for (int k = 0; k < firsts[i].length; k++) {
                    bits[i][k] = filterBit(firsts[i][k]);
                }
            }
            c = new Presearch(maps, firsts, bits);
            bySize.compareAndSet(language.ordinal(), null, c);
        }
        return c;
    }

    private List<Map<String, List<String[]>>> compiled(Language language) {
        List<Map<String, List<String[]>>> c = slots.get(language.ordinal());
        if (c == null) {
            c = compile(language);
            slots.compareAndSet(language.ordinal(), null, c);
        }
        return c;
    }

    private List<Map<String, List<String[]>>> compile(Language language) {
        List<Map<String, List<String[]>>> compiled = new ArrayList<>();
        for (String rawSlot : rawSlots) {
            Map<String, List<String[]>> byFirst = new HashMap<>();
            for (String alt : rawSlot.split("\\|", -1)) {
                List<String> terms = analysis.terms(alt.strip(), language);
                if (!terms.isEmpty()) {
                    byFirst.computeIfAbsent(terms.get(0), k -> new ArrayList<>()).add(terms.toArray(String[]::new));
                }
            }
            if (byFirst.isEmpty()) {
                throw new IllegalArgumentException("slot \"" + rawSlot.strip() + "\" of pattern \"" + source
                        + "\" has no words left after analysis");
            }
            // kept a HashMap (never changed after this): it compares a key's hash before its characters, where the
            // immutable map's probe calls equals() on every key it passes (a profile put that at 2% of a check)
            compiled.add(byFirst);
        }
        return List.copyOf(compiled);
    }

    public String source() {
        return source;
    }

    /**
     * The first match among {@code terms[from, to)}: {start token, end token exclusive}, or null.
     */
    int[] find(String[] terms, int from, int to, Language language) {
        List<Map<String, List<String[]>>> s = compiled(language);
        if (to - from < s.size()) {
            return null;
        }
        long[][] f = slotFilters(language);
        for (int i = from; i < to; i++) {
            int[] m = anyOrder ? anyOrderAt(s, f, terms, i, to) : orderedAt(s, f, terms, i, to);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /**
     * Per compiled slot (in pattern order), a {@link #termFilter} of its first words: {@link #find} tries a slot at
     * every token, and a token whose bit is clear is none of the slot's first words, so the map is not probed.
     */
    private final AtomicReferenceArray<long[][]> slotFilters = new AtomicReferenceArray<>(Language.values().length);

    private long[][] slotFilters(Language language) {
        long[][] f = slotFilters.get(language.ordinal());
        if (f == null) {
            List<Map<String, List<String[]>>> s = compiled(language);
            f = new long[s.size()][];
            for (int k = 0; k < f.length; k++) {
                f[k] = termFilter(s.get(k).keySet());
            }
            slotFilters.compareAndSet(language.ordinal(), null, f);
        }
        return f;
    }

    /** {@link #slotEnd(Map, String[], int, int)} of slot {@code k}, after its filter. */
    private static int slotEnd(List<Map<String, List<String[]>>> s, long[][] f, int k, String[] terms, int j, int to) {
        int b = filterBit(terms[j]);
        return (f[k][b >>> 6] & 1L << b) == 0 ? -1 : slotEnd(s.get(k), terms, j, to);
    }

    private int[] orderedAt(List<Map<String, List<String[]>>> s, long[][] f, String[] terms, int i, int to) {
        int end = slotEnd(s, f, 0, terms, i, to);
        if (end < 0) {
            return null;
        }
        for (int k = 1; k < s.size(); k++) {
            int found = -1;
            for (int j = end; j < to && j <= end + within; j++) {
                found = slotEnd(s.get(k), terms, j, to);
                if (found >= 0) {
                    break;
                }
            }
            if (found < 0) {
                return null;
            }
            end = found;
        }
        return new int[] {i, end};
    }

    private int[] anyOrderAt(List<Map<String, List<String[]>>> s, long[][] f, String[] terms, int i, int to) {
        boolean startsHere = false;
        for (int k = 0; k < s.size(); k++) {
            startsHere |= slotEnd(s, f, k, terms, i, to) >= 0;
        }
        if (!startsHere) {
            return null;
        }
        int limit = Math.min(to, i + (within + 1) * s.size());
        int end = i;
        for (Map<String, List<String[]>> slot : s) {
            int found = -1;
            for (int j = i; j < limit && found < 0; j++) {
                found = slotEnd(slot, terms, j, to);
            }
            if (found < 0) {
                return null;
            }
            end = Math.max(end, found);
        }
        return new int[] {i, end};
    }

    /** Whether every slot has a first word present in the draft at all: most patterns fail here, cheaply. */
    boolean possible(java.util.Set<String> draftTerms, Language language) {
        return possible(draftTerms, null, language);
    }

    /** Like {@link #possible(java.util.Set, Language)}, with the draft's {@link #termFilter} (or null). */
    boolean possible(java.util.Set<String> draftTerms, long[] filter, Language language) {
        Presearch p = bySize(language);
        int size = draftTerms.size();
        for (int s = 0; s < p.firsts.length; s++) {
            String[] firsts = p.firsts[s];
            boolean any = false;
            if (firsts.length < size) {
                int[] bits = p.bits[s];
                for (int k = 0; k < firsts.length; k++) {
                    int b = bits[k];
                    if ((filter == null || (filter[b >>> 6] & 1L << b) != 0) && draftTerms.contains(firsts[k])) {
                        any = true;
                        break;
                    }
                }
            } else {
                Map<String, List<String[]>> slot = p.slots[s];
                for (String t : draftTerms) {
                    if (slot.containsKey(t)) {
                        any = true;
                        break;
                    }
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    /** The end token of the longest alternative of a slot matching at {@code j}, or -1. */
    private static int slotEnd(Map<String, List<String[]>> slot, String[] terms, int j, int to) {
        List<String[]> candidates = slot.get(terms[j]);
        if (candidates == null) {
            return -1;
        }
        int best = -1;
        for (String[] alt : candidates) {
            if (j + alt.length > to) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < alt.length && ok; k++) {
                ok = alt[k].equals(terms[j + k]);
            }
            if (ok) {
                best = Math.max(best, j + alt.length);
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return source;
    }
}
