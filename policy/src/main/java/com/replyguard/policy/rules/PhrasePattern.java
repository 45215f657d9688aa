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

    /** The compiled slots, smallest first: the presearch fails fastest on the slot with the fewest alternatives. */
    private final AtomicReferenceArray<List<Map<String, List<String[]>>>> bySize =
            new AtomicReferenceArray<>(Language.values().length);

    private List<Map<String, List<String[]>>> bySize(Language language) {
        List<Map<String, List<String[]>>> c = bySize.get(language.ordinal());
        if (c == null) {
            List<Map<String, List<String[]>>> sorted = new ArrayList<>(compiled(language));
            sorted.sort(java.util.Comparator.comparingInt(Map::size));
            c = List.copyOf(sorted);
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
            compiled.add(Map.copyOf(byFirst));
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
        for (int i = from; i < to; i++) {
            int[] m = anyOrder ? anyOrderAt(s, terms, i, to) : orderedAt(s, terms, i, to);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private int[] orderedAt(List<Map<String, List<String[]>>> s, String[] terms, int i, int to) {
        int end = slotEnd(s.get(0), terms, i, to);
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

    private int[] anyOrderAt(List<Map<String, List<String[]>>> s, String[] terms, int i, int to) {
        boolean startsHere = false;
        for (Map<String, List<String[]>> slot : s) {
            startsHere |= slotEnd(slot, terms, i, to) >= 0;
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
        for (Map<String, List<String[]>> slot : bySize(language)) {
            boolean any = false;
            if (slot.size() < draftTerms.size()) {
                for (String first : slot.keySet()) {
                    if (draftTerms.contains(first)) {
                        any = true;
                        break;
                    }
                }
            } else {
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
