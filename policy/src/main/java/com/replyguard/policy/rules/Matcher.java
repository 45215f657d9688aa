package com.replyguard.policy.rules;

import com.replyguard.policy.detect.Span;
import java.util.ArrayList;
import java.util.List;

/** Runs one rule's kind over an analysed draft and returns the offending spans. */
final class Matcher {
    private Matcher() {
    }

    static List<Span> spans(Rule rule, Draft draft) {
        return switch (rule.kind()) {
            case RuleKind.Phrase p -> phrase(p, draft);
            case RuleKind.Literal l -> literal(l, draft.text);
            case RuleKind.Detect d -> d.frames().isEmpty() ? detected(d, draft) : framed(d, draft);
            case RuleKind.Exception e -> List.of();
        };
    }

    /** The spans of the rule's detectors, in text order. */
    private static List<Span> detected(RuleKind.Detect d, Draft draft) {
        if (d.detectors().size() == 1) {
            return draft.detect(d.names().get(0), d.detectors().get(0));
        }
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < d.detectors().size(); i++) {
            out.addAll(draft.detect(d.names().get(i), d.detectors().get(i)));
        }
        out.sort(java.util.Comparator.comparingInt(Span::start));
        return out;
    }

    /**
     * The detectors' spans whose sentence, or the sentence just before it, matches one of the rule's frames (the
     * address often follows the sentence that says what it is for: "It is cheaper on our own site. shop.com").
     */
    private static List<Span> framed(RuleKind.Detect d, Draft draft) {
        List<Span> out = new ArrayList<>();
        long[] concepts = draft.conceptMasks();
        // the sentence before counts only when the span's own sentence refuses or explains nothing
        long none = 0;
        for (Frame f : d.frames()) {
            none |= f.none();
        }
        for (Span span : detected(d, draft)) {
            int s = draft.sentenceAt(span.start());
            if (s < 0 || s >= concepts.length) {
                continue;
            }
            if (Frame.anyMatches(d.frames(), concepts[s])
                    || s > 0 && (concepts[s] & none) == 0 && Frame.anyMatches(d.frames(), concepts[s - 1])) {
                out.add(span);
            }
        }
        return out;
    }

    private static List<Span> phrase(RuleKind.Phrase p, Draft draft) {
        List<Span> out = new ArrayList<>();
        if (p.maxTokens() > 0 && draft.tokens.length > p.maxTokens()) {
            return out;
        }
        List<PhrasePattern> candidates = new ArrayList<>(p.patterns().size());
        for (PhrasePattern pattern : p.patterns()) {
            if (pattern.possible(draft.termSet, draft.termFilter, draft.language)) {
                candidates.add(pattern);
            }
        }
        if (candidates.isEmpty() && p.frames().isEmpty() || leftToBuyer(p, draft)) {
            return out;
        }
        long[] concepts = p.frames().isEmpty() && p.patternsNone() == 0 ? null : draft.conceptMasks();
        for (int s = 0; s < draft.sentences.size(); s++) {
            int[] range = draft.sentenceTokens.get(s);
            int judgedFrom = draft.analysed.judgedFrom(s);
            if (judgedFrom > range[0]) {
                // a refusal that turns with "but": only the part after the turn is read
                range = new int[] {judgedFrom, range[1]};
            }
            int[] sentence = draft.sentences.get(s);
            Span hit = null;
            boolean patternsRead = p.patternsNone() == 0 || (concepts[s] & p.patternsNone()) == 0
                    || (concepts[s] & p.patternsNoneUnless()) != 0;
            for (PhrasePattern pattern : patternsRead ? candidates : List.<PhrasePattern>of()) {
                int[] m = pattern.find(draft.terms, range[0], range[1], draft.language);
                if (m != null) {
                    hit = p.sentenceSpan() ? new Span(sentence[0], sentence[1], null)
                            : new Span(draft.tokens[m[0]].start(), draft.tokens[m[1] - 1].end(), null);
                    break;
                }
            }
            if (hit == null && !p.frames().isEmpty() && Frame.anyMatches(p.frames(), concepts[s])) {
                hit = new Span(sentence[0], sentence[1], null);
            }
            if (hit != null && !excused(p, draft, s, range) && !refuses(draft, s)) {
                out.add(hit);
            }
        }
        return out;
    }

    /** Whether a {@code message_unless} pattern keeps the rule off the whole message (and nothing is traded for it). */
    static boolean leftToBuyer(RuleKind.Phrase p, Draft draft) {
        if (p.messageUnless().isEmpty() || !messageMatches(p.messageUnless(), draft)) {
            return false;
        }
        int refusal = draft.analysed.refusalBit();
        for (long m : draft.conceptMasks()) {
            // a reward the seller refuses ("we can't give anything for a rating") is none
            if ((m & p.messageUnlessNot()) != 0 && (refusal < 0 || (m & (1L << refusal)) == 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an {@code unless} pattern excuses sentence {@code s}, and none of the rule's {@code unless_not} concepts
     * sets the excuse aside ("rather than through Amazon" names the marketplace to leave it).
     */
    private static boolean excused(RuleKind.Phrase p, Draft draft, int s, int[] range) {
        if (p.unlessNot() != 0 && (p.unlessNot() & draft.conceptMasks()[s]) != 0) {
            return false;
        }
        return matchesAny(p.unless(), draft, range);
    }

    /**
     * A refusal or policy statement in the sentence ("we cannot accept bank transfers", "x blh bg hadiah utk review")
     * says what the seller will not do: no word rule counts there, whatever its patterns matched.
     */
    private static boolean refuses(Draft draft, int sentence) {
        int bit = draft.analysed.refusalBit();
        return bit >= 0 && (draft.conceptMasks()[sentence] & (1L << bit)) != 0;
    }

    /**
     * Whether any pattern matches in the sentence that holds character {@code offset}, or in one of the {@code before}
     * sentences just before it.
     */
    static boolean sentenceMatches(List<PhrasePattern> patterns, Draft draft, int offset, int before) {
        int s = draft.sentenceAt(offset);
        for (int k = s; k >= 0 && k >= s - before; k--) {
            if (matchesAny(patterns, draft, draft.sentenceTokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the patterns matches in any sentence of the draft. */
    static boolean messageMatches(List<PhrasePattern> patterns, Draft draft) {
        for (int[] range : draft.sentenceTokens) {
            if (matchesAny(patterns, draft, range)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAny(List<PhrasePattern> patterns, Draft draft, int[] range) {
        for (PhrasePattern u : patterns) {
            if (u.possible(draft.termSet, draft.termFilter, draft.language) && u.find(draft.terms, range[0], range[1], draft.language) != null) {
                return true;
            }
        }
        return false;
    }

    private static List<Span> literal(RuleKind.Literal l, String text) {
        List<Span> out = new ArrayList<>();
        List<String> literals = l.literals();
        String firsts = l.firsts();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = lower(text.charAt(i));
            if (firsts.indexOf(c) < 0) {
                continue; // no literal starts with this character: the usual case
            }
            for (int k = 0; k < literals.size(); k++) {
                String lit = literals.get(k);
                if (firsts.charAt(k) == c && i + lit.length() <= n
                        && text.regionMatches(true, i, lit, 0, lit.length()) && wordEnds(lit, text, i + lit.length())) {
                    out.add(new Span(i, i + lit.length(), null));
                    i += lit.length() - 1;
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether a literal ending in a letter or digit ends a word at {@code end} (".rar" is no archive in "Thanks.Rare
     * find", nor ".jar" in "...jargon"); a literal ending in a mark ("[important]") ends wherever it does.
     */
    private static boolean wordEnds(String lit, String text, int end) {
        return end == text.length() || !Character.isLetterOrDigit(lit.charAt(lit.length() - 1))
                || !Character.isLetterOrDigit(text.charAt(end));
    }

    /** {@link Character#toLowerCase(char)}, without the table lookup for plain ASCII. */
    static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }
}
