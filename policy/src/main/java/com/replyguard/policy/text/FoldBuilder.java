package com.replyguard.policy.text;

/** A folded string under construction with its two offset maps (one original range per folded character). */
final class FoldBuilder {
    final StringBuilder sb;
    int[] starts;
    int[] ends;

    FoldBuilder(int capacity) {
        sb = new StringBuilder(capacity);
        starts = new int[Math.max(16, capacity)];
        ends = new int[Math.max(16, capacity)];
    }

    static FoldBuilder copy(String t) {
        FoldBuilder b = new FoldBuilder(t.length());
        for (int k = 0; k < t.length(); k++) {
            b.add(t.charAt(k), k, k + 1);
        }
        return b;
    }

    void add(char c, int from, int to) {
        int i = sb.length();
        if (i == starts.length) {
            starts = java.util.Arrays.copyOf(starts, i * 2);
            ends = java.util.Arrays.copyOf(ends, i * 2);
        }
        sb.append(c);
        starts[i] = from;
        ends[i] = to;
    }

    void copyFrom(FoldBuilder in, int from, int to) {
        for (int k = from; k < to; k++) {
            add(in.sb.charAt(k), in.starts[k], in.ends[k]);
        }
    }

    int[] starts() {
        return java.util.Arrays.copyOf(starts, sb.length());
    }

    int[] ends() {
        return java.util.Arrays.copyOf(ends, sb.length());
    }
}
