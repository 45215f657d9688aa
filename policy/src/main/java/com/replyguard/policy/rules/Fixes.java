package com.replyguard.policy.rules;

import com.replyguard.policy.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applies findings' fixes to a text (earliest first; a fix overlapping an applied one is left for the next round). */
final class Fixes {
    private Fixes() {
    }

    static String apply(String text, List<Finding> findings) {
        return apply(text, findings, true);
    }

    /** Like {@link #apply(String, List)}; {@code dropHollow} drops a sentence left with five words or fewer. */
    static String apply(String text, List<Finding> findings, boolean dropHollow) {
        List<Finding> fixable = new ArrayList<>();
        for (Finding f : findings) {
            if (f.fix() != null && f.end() <= text.length()) {
                fixable.add(f);
            }
        }
        // Wider spans first at the same start, so a sentence-wide fix wins over a fix inside it.
        fixable.sort(Comparator.comparingInt(Finding::start).thenComparing(Comparator.comparingInt(Finding::end).reversed()));
        List<int[]> sentences = Draft.split(text);
        StringBuilder sb = new StringBuilder(text.length());
        int pos = 0;
        for (Finding f : fixable) {
            if (f.start() < pos) {
                continue;
            }
            int[] sentence = enclosing(sentences, f.start());
            if (dropHollow && f.fix().isEmpty() && sentence != null && sentence[0] >= pos
                    && hollowWithout(text, sentence, fixable)) {
                // Deleting the contact detail would leave "Or email me at, call." - drop the whole sentence.
                sb.append(text, pos, sentence[0]);
                pos = sentence[1];
                continue;
            }
            sb.append(text, pos, f.start());
            if (f.fix().isEmpty()) {
                dropLeadIn(sb);
            }
            sb.append(f.fix());
            pos = f.end();
        }
        sb.append(text, pos, text.length());
        return tidy(sb.toString());
    }

    private static final java.util.Set<String> LEAD_INS = java.util.Set.of("at", "on", "via", "to", "is", "di", "ke",
            "melalui", "visit", "page", "site", "website");

    private static int[] enclosing(List<int[]> sentences, int offset) {
        for (int[] s : sentences) {
            if (offset >= s[0] && offset < s[1]) {
                return s;
            }
        }
        return null;
    }

    /** Whether the sentence keeps at most five words once every deletion inside it is made. */
    private static boolean hollowWithout(String text, int[] sentence, List<Finding> fixable) {
        StringBuilder rest = new StringBuilder();
        int p = sentence[0];
        for (Finding f : fixable) {
            if (f.start() >= sentence[0] && f.end() <= sentence[1] && f.start() >= p && f.fix().isEmpty()) {
                rest.append(text, p, f.start()).append(' ');
                p = f.end();
            }
        }
        rest.append(text, p, sentence[1]);
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < rest.length(); i++) {
            boolean w = Character.isLetterOrDigit(rest.charAt(i));
            words += w && !inWord ? 1 : 0;
            inWord = w;
        }
        return words <= 5;
    }

    /** Removes a dangling "at", "on", "via", ":" left just before a deleted contact detail. */
    private static void dropLeadIn(StringBuilder sb) {
        int e = sb.length();
        while (e > 0 && (sb.charAt(e - 1) == ' ' || sb.charAt(e - 1) == ':')) {
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(sb.charAt(s - 1))) {
            s--;
        }
        if (s < e && LEAD_INS.contains(sb.substring(s, e).toLowerCase(java.util.Locale.ROOT))) {
            sb.setLength(s);
        } else if (e < sb.length()) {
            sb.setLength(e);
            sb.append(' ');
        }
    }

    /** Collapses the gaps a deletion leaves: double spaces, spaces before punctuation, empty brackets, lead-ins. */
    static String tidy(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && (out.isEmpty() || out.charAt(out.length() - 1) == ' ' || out.charAt(out.length() - 1) == '\n')) {
                continue;
            }
            if (",.;:!?".indexOf(c) >= 0 && !out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
                if (!out.isEmpty() && ",.;:".indexOf(out.charAt(out.length() - 1)) >= 0 && c != '.') {
                    continue;
                }
            }
            if (c == ')' && !out.isEmpty() && out.charAt(out.length() - 1) == '(') {
                out.setLength(out.length() - 1);
                continue;
            }
            out.append(c);
        }
        String r = out.toString().strip();
        while (r.endsWith(":") || r.endsWith(",")) {
            r = r.substring(0, r.length() - 1).strip();
        }
        return r.replace(": .", ".").replace(":.", ".").replace(",.", ".");
    }
}
