package com.replyguard.policy.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The buyer's question reported without quotation marks: "you asked if you could pay outside eBay - sorry, we can't",
 * "puan bertanya sama ada urusan ini boleh dibuat melalui WhatsApp", "sis tanya boleh ke tulis review buruk? boleh je",
 * "terima kasih atas pertanyaan tuan tentang baucar sebagai balasan penilaian". What the buyer asked is the buyer's,
 * which the seller is answering, not the seller's offer; like a quotation of the buyer ({@link BuyerQuotes}) it is
 * blanked before the checker reads the text, and only it: the clause ends at the first comma, colon, semicolon, dash
 * or sentence end, so the seller's answer after it ("- sure, pay me by PayPal") is read as always.
 *
 * <p>A reported question is (1) a word for the buyer, up to {@value #GAP} words before an asking verb ("you also
 * asked", "puan bertanya"), then a linking word ("if", "whether", "sama ada", "je"): blanked from the linking word to
 * the clause's end; or the same without a linking word when the clause ends in a question mark ("sis tanya boleh ke
 * ...?"); or (2) the buyer's question named with its topic ("your question about", "pertanyaan tuan tentang"):
 * blanked from the topic word to the clause's end; or (3) the buyer's own proposal reported ("thanks for the
 * suggestion to pay directly", "you offered to send it by bank transfer", "cadangan tuan untuk ..."): blanked from the
 * word after it to the clause's end; or (4) in Bengali order, the buyer's request or question thanked for at the
 * clause's end ("পরের বার কম দামে দেওয়ার অনুরোধের জন্য ধন্যবাদ", thanks for the request to sell it cheaper next time):
 * blanked from the clause's start to the thanks; or (5) in Bengali order, a yes-no question closed by "kina" and the
 * buyer's asking verb ("Facebook e amader page ache kina jiggesh korechilen", you asked whether we have a Facebook page;
 * the verb's ending names the buyer): blanked from the clause's start to the verb. Courtesy words between the words of a phrase ("thank you so much for
 * kindly offering", "অনুরোধের জন্য অনেক ধন্যবাদ") are passed over. The words are {@code text/reported_questions.txt}.
 *
 * <p>Thread safety: immutable.
 */
final class ReportedQuestions {
    private static final int GAP = 3;
    /**
     * The first words of the lists a reported question starts with (thanking, asking, suggesting, question): a
     * message with none of them has none, and is not read further.
     */
    private final Set<String> triggers = new HashSet<>();

    /** Per list key, its phrases by their first word (every word of a message is looked up in three lists). */
    private final Map<String, Map<String, List<String[]>>> lists;

    /** Courtesy words passed over inside a phrase ("thank you so much for kindly offering"). */
    private final Set<String> fillers = new HashSet<>();

    ReportedQuestions() {
        Map<String, Map<String, List<String[]>>> m = new HashMap<>();
        for (String line : Resources.lines(ReportedQuestions.class, "reported_questions.txt")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException("reported_questions.txt: expected 'key: a | b' in: " + line);
            }
            Map<String, List<String[]>> phrases = m.computeIfAbsent(line.substring(0, colon).strip(), k -> new HashMap<>());
            for (String p : line.substring(colon + 1).split("\\|")) {
                String t = p.strip().toLowerCase(Locale.ROOT);
                if (!t.isEmpty()) {
                    String[] words = t.split("\\s+");
                    phrases.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
                }
            }
        }
        for (String key : List.of("buyer", "asking", "thanking", "linking", "question", "topic", "asked",
                "suggesting", "reporting", "conditional", "consequence", "said", "thanked", "filler")) {
            if (!m.containsKey(key)) {
                throw new IllegalStateException("reported_questions.txt has no '" + key + ":' line");
            }
        }
        this.lists = m;
        for (String key : List.of("thanking", "asking", "suggesting", "reporting", "question", "said", "thanked")) {
            triggers.addAll(m.get(key).keySet());
        }
        for (String[] words : m.get("filler").values().stream().flatMap(List::stream).toList()) {
            if (words.length != 1) {
                throw new IllegalStateException("reported_questions.txt: a filler is one word: " + String.join(" ", words));
            }
            fillers.add(words[0]);
        }
    }

    /** {@code text} with every reported question of the buyer blanked (offsets unchanged); the same string when none. */
    String blank(String text) {
        List<int[]> words = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        boolean triggered = false;
        int n = text.length();
        String lower = WordChars.lowerCasedAligned(text);
        for (int[] w = WordChars.nextWord(text, 0, n); w != null; w = WordChars.nextWord(text, w[1], n)) {
            String form = lower != null ? lower.substring(w[0], w[1]) : text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
            if (fillers.contains(form)) {
                continue;
            }
            words.add(w);
            forms.add(form);
            triggered |= triggers.contains(form);
        }
        if (!triggered || !anyStart(forms)) {
            return text; // no phrase that starts a reported question: the usual case
        }
        char[] out = null;
        for (int i = 0; i < forms.size(); i++) {
            int from = -1;
            boolean needsQuestionMark = false;
            int thanking = matchAt("thanking", forms, i);
            int asking = thanking > 0 ? thanking : matchAt("asking", forms, i);
            if (asking > 0 && (thanking > 0 || buyerBefore(forms, words, text, i))) {
                // "terima kasih atas pertanyaan tuan/puan sama ada ...": the buyer named after the thanks
                int after = thanking > 0 ? afterBuyerWords(forms, words, text, i + asking) : i + asking;
                int linking = after < forms.size() && Clauses.same(text, words.get(i)[1], words.get(after)[0])
                        ? matchAt("linking", forms, after) : 0;
                if (linking > 0) {
                    from = words.get(after)[0];
                } else if (after < forms.size() && Clauses.same(text, words.get(i)[1], words.get(after)[0])) {
                    from = words.get(after)[0];
                    needsQuestionMark = true;
                }
            }
            int suggesting = matchAt("suggesting", forms, i);
            if (suggesting > asking && from >= 0) {
                // the longer phrase decides: "thanks for asking about a discount for a review!" reports the buyer's
                // proposal, which needs no question mark
                from = -1;
                needsQuestionMark = false;
            }
            boolean proposal = false;
            if (from < 0 && suggesting > 0 && i + suggesting < forms.size()
                    && Clauses.same(text, words.get(i + suggesting - 1)[1], words.get(i + suggesting)[0])) {
                from = words.get(i + suggesting)[0];
                proposal = true;
            }
            // a verb of reporting decides over an asking verb that would need a question mark ("u asked can pay ...")
            int reporting = from < 0 || needsQuestionMark ? matchAt("reporting", forms, i) : 0;
            if (reporting > 0 && i + reporting < forms.size() && buyerOpens(forms, words, text, i)
                    && text.substring(words.get(i + reporting - 1)[1], words.get(i + reporting)[0]).isBlank()) {
                // (only when a word follows the verb directly: "the manual u asked for + our catalogue" ends there)
                // "you wrote that ...", "puan meminta kami ...", "u asked can pay ...": the buyer's words after the verb
                from = words.get(i + reporting)[0];
                needsQuestionMark = false;
                proposal = true;
            }
            int question = from < 0 ? matchAt("question", forms, i) : 0;
            if (question > 0) {
                int after = i + question;
                boolean buyer = i > 0 && matchAt("buyer", forms, i - 1) == 1
                        && Clauses.same(text, words.get(i - 1)[1], words.get(i)[0]);
                if (!buyer && after < forms.size() && matchAt("buyer", forms, after) == 1
                        && Clauses.same(text, words.get(i)[1], words.get(after)[0])) {
                    buyer = true;
                    after = afterBuyerWords(forms, words, text, after);
                }
                if (buyer && after < forms.size() && Clauses.same(text, words.get(after - 1)[1], words.get(after)[0])
                        && matchAt("topic", forms, after) > 0) {
                    from = words.get(after)[0];
                }
            }
            int end;
            int said = from < 0 ? saidClause(forms, words, text, i) : -1;
            int thanked = from < 0 && said < 0 && i + 1 < forms.size() ? thankedAt(forms, words, text, i + 1) : 0;
            int askedVerb = from < 0 && said < 0 && thanked == 0 ? askedThenAsking(forms, words, text, i) : -1;
            if (askedVerb >= 0) {
                // "<the buyer's question> kina jiggesh korechilen": blank from the clause's start to the asking verb
                int start = i;
                while (start > 0 && Clauses.same(text, words.get(start - 1)[1], words.get(start)[0])) {
                    start--;
                }
                from = words.get(start)[0];
                end = askedVerb;
            } else if (thanked > 0) {
                // "<the buyer's request> অনুরোধের জন্য ধন্যবাদ": blank from the clause's start to the thanks
                int start = i;
                while (start > 0 && Clauses.same(text, words.get(start - 1)[1], words.get(start)[0])) {
                    start--;
                }
                from = words.get(start)[0];
                end = words.get(i + 1)[0];
            } else if (said >= 0) {
                // Bengali reports the buyer's words before the verb of saying: blank them, keep the verb
                from = words.get(i + 1)[0];
                end = said;
            } else if (from < 0) {
                continue;
            } else {
                end = Clauses.end(text, from);
                if (end < 0 || needsQuestionMark && (end >= text.length() || text.charAt(end) != '?')
                        && !endsWithAsked(forms, words, end)) {
                    continue;
                }
                end = proposal ? throughConsequence(forms, words, text, from, end) : end;
            }
            if (out == null) {
                out = text.toCharArray();
            }
            for (int k = from; k < end; k++) {
                if (!Character.isWhitespace(out[k])) {
                    out[k] = ' ';
                }
            }
            while (i + 1 < words.size() && words.get(i + 1)[0] < end) {
                i++;
            }
        }
        return out == null ? text : new String(out);
    }

    /**
     * Whether a phrase that a reported question starts with (thanking, asking, suggesting, question) stands at any
     * word: without one, {@link #blank} finds nothing ("thanks for your message" has a first word, no phrase).
     */
    private boolean anyStart(List<String> forms) {
        for (int i = 0; i < forms.size(); i++) {
            if (triggers.contains(forms.get(i)) && (matchAt("thanking", forms, i) > 0 || matchAt("asking", forms, i) > 0
                    || matchAt("suggesting", forms, i) > 0 || matchAt("question", forms, i) > 0
                    || matchAt("said", forms, i) > 0 || matchAt("thanked", forms, i) > 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the verb of saying starts when word {@code i} is the buyer and its clause closes with one ("আপনি বিকাশে টাকা
     * পাঠানোর কথা বলেছিলেন, তবে ...": you had spoken of paying by bKash), else -1. The words between are the buyer's.
     */
    private int saidClause(List<String> forms, List<int[]> words, String text, int i) {
        if (matchAt("buyer", forms, i) != 1 || i + 2 >= words.size()
                || (i > 0 && Clauses.same(text, words.get(i - 1)[1], words.get(i)[0]))) {
            return -1; // the buyer must open the clause
        }
        int last = i + 1;
        while (last + 1 < words.size() && last - i < 16 && Clauses.same(text, words.get(last)[1], words.get(last + 1)[0])) {
            last++;
        }
        for (int len = 3; len >= 1; len--) {
            int at = last - len + 1;
            if (at > i + 1 && matchAt("said", forms, at) == len) {
                return words.get(at)[0];
            }
        }
        return -1;
    }

    /**
     * The length of a phrase of thanks for the buyer's request ("অনুরোধের জন্য ধন্যবাদ") at word {@code at}, when it
     * follows word {@code at - 1} in the same clause and closes that clause; else 0.
     */
    private int thankedAt(List<String> forms, List<int[]> words, String text, int at) {
        int len = matchAt("thanked", forms, at);
        if (len == 0 || !Clauses.same(text, words.get(at - 1)[1], words.get(at)[0])) {
            return 0;
        }
        int last = at + len - 1;
        return last + 1 >= words.size() || !Clauses.same(text, words.get(last)[1], words.get(last + 1)[0]) ? len : 0;
    }

    /**
     * Where the asking verb starts when word {@code i} marks a yes-no question ("kina", "কিনা") and the verb of the
     * buyer's asking follows it and closes the clause ("Facebook e amader page ache kina jiggesh korechilen": you asked
     * whether we have a Facebook page; the verb's ending names the buyer, so no word for the buyer is needed); else -1.
     */
    private int askedThenAsking(List<String> forms, List<int[]> words, String text, int i) {
        int len = matchAt("asked", forms, i);
        int at = i + len;
        if (len == 0 || i == 0 || at >= forms.size() || !Clauses.same(text, words.get(at - 1)[1], words.get(at)[0])) {
            return -1;
        }
        int verb = matchAt("asking", forms, at);
        int last = at + verb - 1;
        boolean closes = last + 1 >= words.size() || !Clauses.same(text, words.get(last)[1], words.get(last + 1)[0]);
        return verb > 0 && closes ? words.get(at)[0] : -1;
    }

    /**
     * The end of the buyer's reported words that run from {@code from} to the clause end {@code end}: when they open a
     * condition ("you wrote that if we sent a spare, you would ..."; "আপনি লিখেছেন যে আমরা যদি ..., তাহলে ...") and the
     * clause after the comma opens as its consequence ("then", "you would", "তাহলে"), that clause is the buyer's too,
     * so the blank runs to its end as well; else {@code end}. Only across a comma, never a sentence end.
     */
    private int throughConsequence(List<String> forms, List<int[]> words, String text, int from, int end) {
        boolean condition = false;
        int k = 0;
        while (k < words.size() && words.get(k)[0] < from) {
            k++;
        }
        for (; k < words.size() && words.get(k)[1] <= end && !condition; k++) {
            condition = matchAt("conditional", forms, k) > 0;
        }
        if (!condition || end >= text.length() || text.charAt(end) != ',') {
            return end;
        }
        while (k < words.size() && words.get(k)[0] <= end) {
            k++;
        }
        // the consequence must open the next clause as the buyer's ("then", "you would", "তাহলে"): a seller's answer
        // after the comma ("..., ok deal") is read as always
        if (k >= words.size() || matchAt("consequence", forms, k) == 0) {
            return end;
        }
        int next = Clauses.end(text, end + 1);
        return next < 0 ? end : next;
    }

    /** Whether the clause ending at {@code end} closes with a word that marks a yes-no question ("... kina"). */
    private boolean endsWithAsked(List<String> forms, List<int[]> words, int end) {
        int last = -1;
        for (int k = 0; k < words.size() && words.get(k)[1] <= end; k++) {
            last = k;
        }
        for (int len = 1; len <= 2 && last - len + 1 >= 0; len++) {
            if (matchAt("asked", forms, last - len + 1) == len) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word after the words for the buyer that start at word {@code i} in one clause (at most two: "tuan/puan",
     * "tuan puan"); {@code i} itself when none does.
     */
    private int afterBuyerWords(List<String> forms, List<int[]> words, String text, int i) {
        int k = i;
        while (k < forms.size() && k < i + 2 && matchAt("buyer", forms, k) == 1
                && (k == i || Clauses.same(text, words.get(k - 1)[1], words.get(k)[0]))) {
            k++;
        }
        return k;
    }

    /**
     * A word for the buyer up to {@value #GAP} words before word {@code i}, in the same clause, that opens the clause
     * or follows its first word ("You asked for ...", "hello, u asked ...", "Yesterday you wrote ..."): deeper in,
     * the buyer and the verb close a relative clause ("the lamp you asked about is in our store").
     */
    private boolean buyerOpens(List<String> forms, List<int[]> words, String text, int i) {
        for (int k = i - 1; k >= 0 && k >= i - GAP; k--) {
            if (!Clauses.same(text, words.get(k)[1], words.get(i)[0])) {
                return false;
            }
            if (matchAt("buyer", forms, k) == 1) {
                int before = 0;
                for (int b = k - 1; b >= 0 && Clauses.same(text, words.get(b)[1], words.get(k)[0]); b--) {
                    before++;
                }
                return before <= 1;
            }
        }
        return false;
    }

    /** A word for the buyer up to {@value #GAP} words before word {@code i}, in the same clause. */
    private boolean buyerBefore(List<String> forms, List<int[]> words, String text, int i) {
        for (int k = i - 1; k >= 0 && k >= i - GAP; k--) {
            if (!Clauses.same(text, words.get(k)[1], words.get(i)[0])) {
                return false;
            }
            if (matchAt("buyer", forms, k) == 1) {
                return true;
            }
        }
        return false;
    }

    /** The length in words of the first phrase of list {@code key} at word {@code i}, or 0. */
    private int matchAt(String key, List<String> forms, int i) {
        int best = 0;
        for (String[] p : lists.get(key).getOrDefault(forms.get(i), List.of())) {
            if (p.length <= best || i + p.length > forms.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < p.length && all; k++) {
                all = p[k].equals(forms.get(i + k));
            }
            if (all) {
                best = p.length;
            }
        }
        return best;
    }
}
