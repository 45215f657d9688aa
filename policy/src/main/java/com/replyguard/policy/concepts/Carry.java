package com.replyguard.policy.concepts;

import java.util.ArrayList;
import java.util.List;

/**
 * Concepts that count in the sentence after the one they occur in ({@code carry.txt}): always ({@code CONCEPT}), when
 * the next sentence has a cue ({@code CONCEPT when CUE}), or when it has the cue and one of some others ({@code CONCEPT
 * when CUE and A|B}): "We saw the A-to-z claim you opened. Kindly withdraw it." counts the case where it is withdrawn.
 *
 * <p>Thread safety: immutable.
 */
final class Carry {
    /** Concepts that always carry. */
    private final long always;
    /** {concept, cue, one of these (0: none needed)}. */
    private final List<long[]> when;

    private Carry(long always, List<long[]> when) {
        this.always = always;
        this.when = List.copyOf(when);
    }

    static Carry load(Concepts concepts, List<String> lines) {
        long always = 0;
        List<long[]> when = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.strip().split("\\s+when\\s+");
            String[] cue = parts.length > 1 ? parts[1].strip().split("\\s+and\\s+") : new String[0];
            int c = concepts.index(parts[0].strip());
            int w = cue.length > 0 ? concepts.index(cue[0].strip()) : -2;
            long also = 0;
            boolean bad = c < 0 || w == -1 || parts.length > 2 || cue.length > 2;
            if (cue.length == 2) {
                for (String n : cue[1].strip().split("\\|")) {
                    int i = concepts.index(n.strip());
                    bad |= i < 0;
                    also |= i < 0 ? 0 : 1L << i;
                }
            }
            if (bad) {
                throw new IllegalStateException(
                        "carry.txt: expected 'CONCEPT', 'CONCEPT when CUE' or 'CONCEPT when CUE and A|B': " + line);
            }
            if (w == -2) {
                always |= 1L << c;
            } else {
                when.add(new long[] {1L << c, 1L << w, also});
            }
        }
        return new Carry(always, when);
    }

    /** Adds to each sentence's mask what the sentence before it carries (last sentence first, so one step only). */
    void apply(long[] masks) {
        if (always == 0 && when.isEmpty()) {
            return;
        }
        for (int s = masks.length - 1; s > 0; s--) {
            long add = masks[s - 1] & always;
            for (long[] cw : when) {
                if ((masks[s] & cw[1]) != 0 && (cw[2] == 0 || (masks[s] & cw[2]) != 0)) {
                    add |= masks[s - 1] & cw[0];
                }
            }
            masks[s] |= add;
        }
    }
}
