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
        List<Finding> fixable = new ArrayList<>();
        for (Finding f : findings) {
            if (f.fix() != null && f.end() <= text.length()) {
                fixable.add(f);
            }
        }
        // Wider spans first at the same start, so a sentence-wide fix wins over a fix inside it.
        fixable.sort(Comparator.comparingInt(Finding::start).thenComparing(Comparator.comparingInt(Finding::end).reversed()));
        StringBuilder sb = new StringBuilder(text.length());
        int pos = 0;
        for (Finding f : fixable) {
            if (f.start() < pos) {
                continue;
            }
            sb.append(text, pos, f.start()).append(f.fix());
            pos = f.end();
        }
        sb.append(text, pos, text.length());
        return tidy(sb.toString());
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
