package com.replyguard.policy.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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

    /** The phrase lists of {@code text/reported_questions.txt}, by key. */
    private final PhraseLists lists = new PhraseLists("reported_questions.txt", List.of("buyer", "asking", "thanking",
            "linking", "question", "topic", "asked", "suggesting", "reporting", "conditional", "consequence", "said",
            "thanked", "filler", "seen", "opener", "seen_asking", "turn", "accepting", "accepting_so", "modal"));

    /** The Bengali-order and conditional shapes of a report, read over the same lists. */
    private final ReportedClauses clauses = new ReportedClauses(lists);

    /** Courtesy words passed over inside a phrase ("thank you so much for kindly offering"). */
    private final Set<String> fillers = new HashSet<>();

    ReportedQuestions() {
        for (String key : List.of("thanking", "asking", "suggesting", "reporting", "question", "said", "thanked")) {
            triggers.addAll(lists.firstWords(key));
        }
        for (String[] words : lists.phrases("filler")) {
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
                } else if (after < forms.size() && (Clauses.same(text, words.get(i)[1], words.get(after)[0])
                        || text.substring(words.get(after - 1)[1], words.get(after)[0]).strip().equals(","))) {
                    // (over a comma too: "আপনি জানতে চেয়েছেন, রিভিউ ... দিতে পারি কি না।" needs its question mark or কিনা)
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
            int seen = from < 0 || needsQuestionMark ? clauses.seenAsking(forms, words, text, i) : 0;
            reporting = Math.max(reporting, seen);
            if (reporting > 0 && i + reporting < forms.size() && (seen > 0 || buyerOpens(forms, words, text, i))
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
            // (not when the buyer's word opens an asking verb: "আপনি জানতে চেয়েছেন, ..." asks what follows it)
            boolean askingNext = i + 1 < forms.size() && matchAt("buyer", forms, i) == 1 && matchAt("asking", forms, i + 1) > 0;
            int said = from < 0 && !askingNext ? clauses.saidClause(forms, words, text, i) : -1;
            int thanked = from < 0 && said < 0 && i + 1 < forms.size() ? clauses.thankedAt(forms, words, text, i + 1) : 0;
            int askedVerb = from < 0 && said < 0 && thanked == 0 ? clauses.askedThenAsking(forms, words, text, i) : -1;
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
                from = words.get(matchAt("buyer", forms, i) == 1 ? i + 1 : i)[0];
                end = said;
            } else if (from < 0) {
                continue;
            } else {
                end = Clauses.end(text, from);
                if (end < 0 || needsQuestionMark && (end >= text.length() || text.charAt(end) != '?')
                        && !clauses.endsWithAsked(forms, words, end)) {
                    continue;
                }
                end = proposal ? clauses.throughAsked(forms, words, text,
                        clauses.throughConsequence(forms, words, text, from, end)) : end;
            }
            if (clauses.acceptedAfter(forms, words, text, end)) {
                continue; // the seller takes the buyer's words up: they are the terms of the seller's offer
            }
            out = Clauses.blanked(text, out, from, end);
            while (i + 1 < words.size() && words.get(i + 1)[0] < end) {
                i++;
            }
        }
        return out == null ? text : new String(out);
    }

    /**
     * Whether a phrase that a reported question starts with (thanking, asking, suggesting, reporting, question) stands at any
     * word: without one, {@link #blank} finds nothing ("thanks for your message" has a first word, no phrase).
     */
    private boolean anyStart(List<String> forms) {
        for (int i = 0; i < forms.size(); i++) {
            if (triggers.contains(forms.get(i)) && (matchAt("thanking", forms, i) > 0 || matchAt("asking", forms, i) > 0
                    || matchAt("suggesting", forms, i) > 0 || matchAt("reporting", forms, i) > 0
                    || matchAt("question", forms, i) > 0
                    || matchAt("said", forms, i) > 0 || matchAt("thanked", forms, i) > 0)) {
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
                // "could you ask a friend to ...?" asks the buyer to ask: a request, not the buyer's question reported
                return k == 0 || !Clauses.same(text, words.get(k - 1)[1], words.get(k)[0])
                        || matchAt("modal", forms, k - 1) == 0;
            }
        }
        return false;
    }

    /** The length in words of the longest phrase of list {@code key} at word {@code i}, or 0. */
    private int matchAt(String key, List<String> forms, int i) {
        return lists.matchAt(key, forms, i);
    }
}
