package com.replyguard.policy.rules;

import com.replyguard.policy.Finding;
import com.replyguard.policy.Rewrite;
import com.replyguard.policy.text.WordChars;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Plans and applies the automatic fixes of a draft, one sentence at a time: a rule with a rewrite replaces the whole
 * sentence holding its match with the rule's compliant wording in the draft's language (dropped instead when the same
 * wording is already there); a rule whose fix is {@code ""} deletes its match, or the whole sentence when what is left
 * would not read as a sentence ("Email me at."). A sentence with a finding that has no fix is left untouched for the
 * agent. Everything outside the planned ranges is kept byte for byte.
 */
final class Rewriter {
    /** Words a sentence cannot end on once a contact detail was cut out of it. */
    private static final Set<String> DANGLING = Set.of("at", "on", "to", "via", "and", "or", "me", "us", "is", "are",
            "the", "a", "di", "ke", "melalui", "dan", "atau", "saya", "kami", "dengan", "pada", "এ", "এবং", "বা", "আমাকে",
            "আমাদের", "visit", "page", "site", "website", "email", "call", "whatsapp", "number", "nombor", "emel");

    private Rewriter() {
    }

    /** A worse severity wins; at the same severity, a rewrite that says what the sentence was for. */
    private static boolean outranks(Finding f, Rule r, Finding pick, Function<String, Rule> rules) {
        int bySeverity = f.severity().compareTo(pick.severity());
        return bySeverity > 0 || bySeverity == 0 && saysWhatFor(r) && !saysWhatFor(rules.apply(pick.rule()));
    }

    /**
     * Whether the rule is a detector read with frames ("pay at pay.shop.net"): its rewrite says what the sentence was
     * for, so it is preferred over the plain detector's ("reply to this message") for the same sentence.
     */
    private static boolean saysWhatFor(Rule r) {
        return r != null && r.kind() instanceof RuleKind.Detect d && !d.frames().isEmpty();
    }

    /** The fixes for {@code findings} of {@code text}, in text order, without overlaps. */
    static List<Rewrite> plan(String text, List<Finding> findings, Function<String, Rule> rules) {
        List<int[]> sentences = Draft.split(text);
        List<Rewrite> plan = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int last = 0;
        for (int[] s : sentences) {
            List<Finding> in = new ArrayList<>();
            for (Finding f : findings) {
                if (f.start() >= s[0] && f.start() < s[1]) {
                    in.add(f);
                }
            }
            if (in.isEmpty() || in.stream().anyMatch(f -> f.fix() == null || f.end() > text.length())) {
                continue;
            }
            int from = s[0];
            int to = s[1];
            for (Finding f : in) {
                to = Math.max(to, f.end());
            }
            if (from < last) {
                continue;
            }
            Finding pick = null;
            for (Finding f : in) {
                Rule r = rules.apply(f.rule());
                if (r != null && r.rewritesSentence() && (pick == null || outranks(f, r, pick, rules))) {
                    pick = f;
                }
            }
            String replacement;
            String rule;
            if (pick != null) {
                rule = pick.rule();
                replacement = pick.fix();
                int wording = afterGreeting(text, from, to, in);
                if (wording >= to) {
                    wording = from; // the salutation is all the sentence says ("Hi liar,"): it is what goes
                }
                if (wording > from && replacement.length() > 1 && Character.isLowerCase(replacement.charAt(1))) {
                    replacement = Character.toLowerCase(replacement.charAt(0)) + replacement.substring(1);
                }
                from = wording;
                String key = replacement.strip().toLowerCase(Locale.ROOT);
                if (!used.add(key) || text.toLowerCase(Locale.ROOT).contains(key)) {
                    replacement = ""; // the draft already says it once: a second copy adds nothing
                }
            } else {
                rule = in.get(0).rule();
                replacement = deleteMatches(text, from, to, in);
            }
            plan.add(new Rewrite(from, to, replacement, rule));
            last = to;
        }
        return plan;
    }

    /** Opening words of a salutation ("Hi Sam," / "Dear customer," / "প্রিয় গ্রাহক,") a rewrite keeps. */
    private static final Set<String> GREETINGS = Set.of("hi", "hello", "hey", "dear", "hai", "helo", "salam", "assalamualaikum",
            "tuan", "puan", "প্রিয়", "হ্যালো", "আসসালামু", "নমস্কার");

    /**
     * Where the sentence {@code from..to}'s wording starts after a leading salutation that ends in a comma before any
     * match (a comma of the next sentence never counts: "Hai tuan. Maaf, ..." keeps its whole first sentence).
     */
    private static int afterGreeting(String text, int from, int to, List<Finding> in) {
        // A sentence-wide finding starts at the sentence; a detector's match shows where the wording goes wrong.
        int firstMatch = in.stream().mapToInt(Finding::start).filter(st -> st > from).min().orElse(to);
        int comma = text.indexOf(',', from);
        if (comma < 0 || comma >= firstMatch || comma - from > 40) {
            return from;
        }
        int wordEnd = from;
        while (wordEnd < comma && !Character.isWhitespace(text.charAt(wordEnd))) {
            wordEnd++;
        }
        if (!GREETINGS.contains(text.substring(from, wordEnd).toLowerCase(Locale.ROOT))) {
            return from;
        }
        int start = comma + 1;
        while (start < firstMatch && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /** The sentence {@code from..to} without the findings' matches, or "" when what is left does not read. */
    private static String deleteMatches(String text, int from, int to, List<Finding> in) {
        List<Finding> shifted = new ArrayList<>();
        for (Finding f : in) {
            shifted.add(new Finding(f.rule(), f.category(), f.severity(), f.start() - from,
                    Math.min(f.end(), to) - from, f.excerpt(), f.message(), f.source(), f.fix()));
        }
        String rest = Fixes.apply(text.substring(from, to), shifted, false);
        return readsAsSentence(rest) ? rest : "";
    }

    /** At least three words, and not ending on a preposition or pronoun left hanging by a cut. */
    static boolean readsAsSentence(String s) {
        String[] words = s.strip().split("[^\\p{L}\\p{M}\\p{N}']+");
        List<String> w = new ArrayList<>();
        for (String x : words) {
            if (!x.isEmpty()) {
                w.add(x.toLowerCase(Locale.ROOT));
            }
        }
        if (w.size() < 3) {
            return false;
        }
        String end = w.get(w.size() - 1);
        if (DANGLING.contains(end)) {
            return false;
        }
        // "Email me and I'll sort it out": an invitation whose address was cut out.
        String joined = " " + String.join(" ", w) + " ";
        return !joined.contains(" me and ") && !joined.contains(" us and ") && !joined.contains(" at and ")
                && !joined.contains(" at or ") && !joined.contains(" on or ");
    }

    /** First words of a closing line ("Best, Rina", "Terima kasih.", "ধন্যবাদ।") that says nothing by itself. */
    private static final Set<String> CLOSINGS = Set.of("best", "regards", "kind", "warm", "warmest", "many", "thanks",
            "thank", "cheers", "sincerely", "yours", "with", "terima", "salam", "sekian", "ধন্যবাদ", "শুভেচ্ছা",
            "শুভেচ্ছান্তে", "ইতি");

    /**
     * Whether a fixed draft has nothing left worth sending: no sentence with three words or more after its salutation
     * ("Hi Sam,") other than a closing line of at most three words ("Best regards, Rina", "Terima kasih.").
     */
    static boolean saysNothing(String fixed) {
        for (int[] s : Draft.split(fixed)) {
            int from = afterGreeting(fixed, s[0], s[1], List.of());
            // the sentence's words (runs of [\p{L}\p{M}\p{N}'], scanned by hand, no regular expression): its first
            // word and how many there are, counted up to four (more than three is all that matters)
            String first = null;
            int words = 0;
            for (int[] w = WordChars.nextWord(fixed, Math.min(from, s[1]), s[1]); w != null && words <= 3;
                    w = WordChars.nextWord(fixed, w[1], s[1])) {
                if (words++ == 0) {
                    first = fixed.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
                }
            }
            boolean closing = words > 0 && CLOSINGS.contains(first) && words <= 3;
            if (words >= 3 && !closing) {
                return false;
            }
        }
        return true;
    }

    /** {@code text} with {@code plan} applied; {@code newRanges} receives each rewrite's range in the result. */
    static String apply(String text, List<Rewrite> plan, List<int[]> newRanges) {
        StringBuilder sb = new StringBuilder(text.length());
        int pos = 0;
        for (Rewrite r : plan) {
            int from = r.start();
            int to = r.end();
            if (r.replacement().isEmpty()) {
                // Drop the sentence with the white space that joined it to the text before it on its line; a
                // sentence alone on its line takes its line break with it.
                int f = from;
                while (f > pos && (text.charAt(f - 1) == ' ' || text.charAt(f - 1) == '\t')) {
                    f--;
                }
                if (f > 0 && text.charAt(f - 1) != '\n') {
                    from = f;
                } else {
                    while (to < text.length() && (text.charAt(to) == ' ' || text.charAt(to) == '\t')) {
                        to++;
                    }
                    if (to < text.length() && text.charAt(to) == '\n') {
                        to++;
                    }
                }
            }
            sb.append(text, pos, from);
            int start = sb.length();
            sb.append(r.replacement());
            newRanges.add(new int[] {start, sb.length()});
            pos = to;
        }
        sb.append(text, pos, text.length());
        return sb.toString();
    }

    /** Drops every planned rewrite whose new text overlaps one of {@code bad}, the spans still found warn or worse. */
    static List<Rewrite> keepPassing(List<Rewrite> plan, List<int[]> newRanges, List<int[]> bad) {
        List<Rewrite> kept = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            int[] r = newRanges.get(i);
            if (bad.stream().noneMatch(b -> b[0] < r[1] && b[1] > r[0])) {
                kept.add(plan.get(i));
            }
        }
        return kept;
    }

    static Map<String, Rule> byId(List<Rule> rules) {
        Map<String, Rule> out = new java.util.HashMap<>();
        rules.forEach(r -> out.put(r.id(), r));
        return out;
    }
}
