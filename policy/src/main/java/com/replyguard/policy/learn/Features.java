package com.replyguard.policy.learn;

import com.replyguard.policy.text.AnalysedText;
import java.util.Arrays;
import java.util.List;

/**
 * The learned model's view of a stretch of an analysed message, hashed into {@value #BITS}-bit feature ids: the
 * analysed words and word pairs (stemmed, synonyms folded), character 3- to 5-grams of the folded text (digits
 * folded to 0, so an order id and a phone number differ by shape, not by value), and the concepts of each sentence
 * with every pair of them (so a linear model can weigh "REVIEW with REWARD" as one thing).
 *
 * <p>Thread safety: stateless.
 */
public final class Features {
    public static final int BITS = 20;
    private static final int MASK = (1 << BITS) - 1;
    private static final int MIN_GRAM = 3;
    private static final int MAX_GRAM = 5;

    private Features() {
    }

    /** The sorted, distinct feature ids of the whole text. */
    public static int[] of(AnalysedText a) {
        return of(a, 0, a.sentences().size());
    }

    /** The sorted, distinct feature ids of sentences {@code [from, to)}. */
    public static int[] of(AnalysedText a, int from, int to) {
        int[] f = all(a, from, to);
        Arrays.sort(f);
        int n = 0;
        for (int i = 0; i < f.length; i++) {
            if (i == 0 || f[i] != f[i - 1]) {
                f[n++] = f[i];
            }
        }
        return Arrays.copyOf(f, n);
    }

    /**
     * The distinct feature ids of sentences {@code [from, to)} in no particular order: what a weight sum needs, without
     * the sort {@link #of} pays for (a profile put that sort at 3% of a check).
     */
    public static int[] distinct(AnalysedText a, int from, int to) {
        int[] f = all(a, from, to);
        int cap = Integer.highestOneBit(Math.max(16, f.length) * 2 - 1) << 1;
        int[] table = new int[cap];
        Arrays.fill(table, -1); // ids are never negative
        int mask = cap - 1;
        int n = 0;
        for (int id : f) {
            int s = (id * 0x9E3779B1) >>> 8 & mask;
            while (table[s] != -1 && table[s] != id) {
                s = (s + 1) & mask;
            }
            if (table[s] == -1) {
                table[s] = id;
                f[n++] = id;
            }
        }
        return n == f.length ? f : Arrays.copyOf(f, n);
    }

    /** Every feature id of sentences {@code [from, to)}, repeats included. */
    private static int[] all(AnalysedText a, int from, int to) {
        if (from >= to) {
            return new int[0];
        }
        IntBuffer out = new IntBuffer(256);
        List<int[]> sentenceTokens = a.sentenceTokens();
        String[] terms = a.terms();
        int t0 = sentenceTokens.get(from)[0];
        int t1 = sentenceTokens.get(to - 1)[1];
        for (int i = t0; i < t1; i++) {
            out.add(hash(0x51, terms[i], null));
            if (i + 1 < t1) {
                out.add(hash(0x62, terms[i], terms[i + 1]));
            }
        }
        long[] masks = a.conceptMasks();
        for (int s = from; s < to; s++) {
            long m = masks[s];
            for (int i = 0; i < 64 && m != 0; i++) {
                if ((m & (1L << i)) == 0) {
                    continue;
                }
                out.add(mix(0x7000 + i));
                for (int j = i + 1; j < 64; j++) {
                    if ((m & (1L << j)) != 0) {
                        out.add(mix(0x8000 + i * 64 + j));
                    }
                }
            }
        }
        grams(a.text(), a.sentences().get(from)[0], a.sentences().get(to - 1)[1], out);
        return out.toArray();
    }

    /** Character n-grams over the normalised text: letters lower-cased, digits as 0, other marks as one space. */
    private static void grams(String text, int start, int end, IntBuffer out) {
        char[] norm = new char[end - start + 2];
        int n = 0;
        norm[n++] = ' ';
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            char m;
            if (Character.isDigit(c)) {
                m = '0';
            } else if (Character.isLetter(c) || isMark(c) || Character.getType(c) == Character.OTHER_SYMBOL
                    || Character.isSurrogate(c) || c == '%' || c == '$' || c == '@') {
                m = Character.toLowerCase(c);
            } else {
                m = ' ';
            }
            if (m == ' ' && norm[n - 1] == ' ') {
                continue;
            }
            norm[n++] = m;
        }
        if (norm[n - 1] != ' ') {
            norm[n++] = ' ';
        }
        for (int len = MIN_GRAM; len <= MAX_GRAM; len++) {
            for (int i = 0; i + len <= n; i++) {
                int h = 0x811C9DC5 ^ (len * 0x9E3779B1);
                for (int k = 0; k < len; k++) {
                    h = (h ^ norm[i + k]) * 0x01000193;
                }
                out.add(mix(h));
            }
        }
    }

    private static boolean isMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    private static int hash(int seed, String a, String b) {
        int h = 0x811C9DC5 ^ seed;
        for (int i = 0; i < a.length(); i++) {
            h = (h ^ a.charAt(i)) * 0x01000193;
        }
        if (b != null) {
            h = (h ^ 0x20) * 0x01000193;
            for (int i = 0; i < b.length(); i++) {
                h = (h ^ b.charAt(i)) * 0x01000193;
            }
        }
        return mix(h);
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h & MASK;
    }

    /** A growable int array without boxing. */
    private static final class IntBuffer {
        private int[] a;
        private int n;

        IntBuffer(int capacity) {
            a = new int[capacity];
        }

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
