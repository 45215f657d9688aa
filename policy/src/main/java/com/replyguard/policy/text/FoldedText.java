package com.replyguard.policy.text;

import java.util.Objects;

/**
 * A text folded for matching (see {@link Folding}) with the way back: folded character {@code i} came from
 * {@code original[starts[i], ends[i])}. Spans found on {@link #text()} are mapped back with {@link #originalStart}
 * and {@link #originalEnd}, so findings always point into what the user wrote.
 */
public record FoldedText(String original, String text, int[] starts, int[] ends) {
    public FoldedText {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(text, "text");
        if (starts.length != text.length() || ends.length != text.length()) {
            throw new IllegalArgumentException("offset maps must have one entry per folded character: "
                    + starts.length + "/" + ends.length + " for " + text.length());
        }
    }

    /** The identity folding of a text that needed no change. */
    public static FoldedText identity(String text) {
        int[] s = new int[text.length()];
        int[] e = new int[text.length()];
        for (int i = 0; i < s.length; i++) {
            s[i] = i;
            e[i] = i + 1;
        }
        return new FoldedText(text, text, s, e);
    }

    /** Where the folded character at {@code foldedStart} begins in the original. */
    public int originalStart(int foldedStart) {
        if (text.isEmpty()) {
            return 0;
        }
        return starts[Math.min(Math.max(0, foldedStart), starts.length - 1)];
    }

    /** Where the folded range ending (exclusive) at {@code foldedEnd} ends in the original. */
    public int originalEnd(int foldedEnd) {
        if (text.isEmpty() || foldedEnd <= 0) {
            return 0;
        }
        return ends[Math.min(foldedEnd, ends.length) - 1];
    }

    public boolean changed() {
        return !original.equals(text);
    }
}
