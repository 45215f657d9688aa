package com.replyguard.policy.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Undoes the disguises people use to slip contact details and links past a filter, keeping a map back to the
 * original offsets: compatibility forms (NFKC: full-width {@code ｗｗｗ．ｓｈｏｐ．ｃｏｍ}, mathematical alphanumerics,
 * circled letters), Latin look-alikes from other scripts ({@code WhatsАpp} with a Cyrillic А; a subset of Unicode's
 * confusables table in {@code confusables.txt}), invisible characters (zero-width spaces, variation selectors, emoji
 * keycaps {@code 1️⃣}), Bengali digits, letters spaced or dotted apart ({@code w w w . s h o p},
 * {@code W.h.a.t.s.A.p.p}) and phone numbers spelled out in words ({@code six oh one two …}, Malay and Bengali number
 * words too). Bengali letters are left as they are. Linear in the text, never throws.
 *
 * <p>Thread safety: immutable after construction.
 */
public final class Folding {
    private static final int MIN_SPACED_RUN = 5;

    private final Map<Integer, String> confusables;
    private final SpelledNumbers spelledNumbers = new SpelledNumbers();

    public Folding() {
        this.confusables = loadConfusables();
    }

    /** The folded form of {@code text} ({@code null} is treated as empty). */
    public FoldedText fold(String text) {
        String t = text == null ? "" : text;
        FoldBuilder b = codePoints(t);
        if (b == null) {
            b = FoldBuilder.copy(t);
        }
        FoldBuilder joined = joinSpaced(b);
        FoldBuilder numbers = spelledNumbers.apply(joined == null ? b : joined);
        FoldBuilder result = numbers != null ? numbers : joined != null ? joined : b;
        return new FoldedText(t, result.sb.toString(), result.starts(), result.ends());
    }

    /** Step 1: per code point; null when every character stays as it is (the common, all-plain case). */
    private FoldBuilder codePoints(String t) {
        int n = t.length();
        int i = 0;
        while (i < n && t.charAt(i) < 0x80) {
            i++;
        }
        if (i == n) {
            return null;
        }
        FoldBuilder b = new FoldBuilder(n);
        for (int k = 0; k < i; k++) {
            b.add(t.charAt(k), k, k + 1);
        }
        while (i < n) {
            int cp = t.codePointAt(i);
            int len = Character.charCount(cp);
            String rep = replacement(cp, t, i);
            if (rep == null) {
                for (int k = 0; k < len; k++) {
                    b.add(t.charAt(i + k), i, i + len);
                }
            } else {
                for (int k = 0; k < rep.length(); k++) {
                    b.add(rep.charAt(k), i, i + len);
                }
            }
            i += len;
        }
        return b;
    }

    private String replacement(int cp, String t, int at) {
        if (cp < 0x80) {
            return null;
        }
        if (isInvisible(cp)) {
            return "";
        }
        if (cp >= 0x09E6 && cp <= 0x09EF) {
            return String.valueOf((char) ('0' + cp - 0x09E6));
        }
        if (cp >= 0x0980 && cp <= 0x09FF) {
            return null;
        }
        String c = confusables.get(cp);
        if (c != null) {
            // Only inside a word that also has Latin letters ("WhatsАpp"): a Russian word stays Russian.
            return inLatinWord(t, at) ? c : null;
        }
        String s = new String(Character.toChars(cp));
        if (Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
            return null;
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        // NFKC turns some symbols into long strings ("㎞" -> "km" is fine; "﷽" is not): keep short results only.
        return n.length() <= 4 ? n : null;
    }

    private static boolean inLatinWord(String t, int at) {
        for (int k = at - 1; k >= 0 && at - k < 64 && Character.isLetterOrDigit(t.charAt(k)); k--) {
            if (t.charAt(k) < 0x80 && Character.isLetter(t.charAt(k))) {
                return true;
            }
        }
        for (int k = at + 1; k < t.length() && k - at < 64 && Character.isLetterOrDigit(t.charAt(k)); k++) {
            if (t.charAt(k) < 0x80 && Character.isLetter(t.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInvisible(int cp) {
        return cp == 0x00AD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF
                || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x20E3;
    }

    /**
     * Step 2: a run of at least {@value #MIN_SPACED_RUN} single characters each followed by one space
     * ({@code w w w . s h o p}), or single letters each followed by one dot ({@code W.h.a.t.s.A.p.p}), loses
     * its separators. Null when there is no such run.
     */
    private static FoldBuilder joinSpaced(FoldBuilder in) {
        CharSequence s = in.sb;
        int n = s.length();
        FoldBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < n) {
            if (!startsToken(s, i) || !singleAt(s, i)) {
                i++;
                continue;
            }
            char sep = i + 1 < n ? s.charAt(i + 1) : 0;
            if (sep != ' ' && sep != '.') {
                i++;
                continue;
            }
            int count = 1;
            int j = i;
            while (j + 2 < n && s.charAt(j + 1) == sep && singleAt(s, j + 2)
                    && (sep == ' ' || Character.isLetter(s.charAt(j + 2)))) {
                j += 2;
                count++;
            }
            if (count >= MIN_SPACED_RUN && (sep == ' ' || Character.isLetter(s.charAt(i)))) {
                if (out == null) {
                    out = new FoldBuilder(n);
                }
                out.copyFrom(in, copied, i);
                for (int k = i; k <= j; k += 2) {
                    out.copyFrom(in, k, k + 1);
                }
                copied = j + 1;
                i = j + 1;
            } else {
                i = j + 1;
            }
        }
        if (out == null) {
            return null;
        }
        out.copyFrom(in, copied, n);
        return out;
    }

    private static boolean startsToken(CharSequence s, int i) {
        return i == 0 || Character.isWhitespace(s.charAt(i - 1)) || "(\"':".indexOf(s.charAt(i - 1)) >= 0;
    }

    /** A single non-space character standing alone: followed by a separator or the end. */
    private static boolean singleAt(CharSequence s, int i) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c)) {
            return false;
        }
        return i + 1 >= s.length() || s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '.' || s.charAt(i + 1) == '\n';
    }

    private static Map<Integer, String> loadConfusables() {
        Map<Integer, String> map = new HashMap<>();
        for (String line : Resources.lines(Folding.class, "confusables.txt")) {
            String[] parts = line.split("\\s+");
            if (parts.length < 2) {
                throw new IllegalStateException("confusables.txt: expected 'U+XXXX latin' in: " + line);
            }
            map.put(Integer.parseInt(parts[0].substring(2), 16), parts[1]);
        }
        return Map.copyOf(map);
    }

}
