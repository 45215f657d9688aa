package com.replyguard.policy.text;

import java.util.List;

/**
 * The shapes of a reported question or proposal that close on a word of their own, for {@link ReportedQuestions}: in
 * Bengali order the verb of saying, the thanks or the asking verb at the clause's end ("... kotha bolechilen", "...
 * অনুরোধের জন্য ধন্যবাদ", "... kina jiggesh korechilen"), the yes-no marker that closes a question ("... kina"), and
 * a reported condition whose consequence follows the comma ("you wrote that if ..., then you would ..."). Offsets
 * and word lists are {@link ReportedQuestions}'s. Thread safety: immutable.
 */
final class ReportedClauses {
    private final PhraseLists lists;

    ReportedClauses(PhraseLists lists) {
        this.lists = lists;
    }

    /**
     * Where the verb of saying starts when word {@code i} is the buyer and its clause closes with one ("আপনি বিকাশে টাকা
     * পাঠানোর কথা বলেছিলেন, তবে ...": you had spoken of paying by bKash), else -1. The words between are the buyer's.
     * The seller's word of seeing may follow the verb, and then the clause needs no word for the buyer, whose verb
     * ending names them ("insta te reply er kotha bolsen dekhlam": I saw you spoke of replying on Instagram); so may
     * a turn after the clause, the seller's answer ("design ta Instagram DM e pathate cheyechilen, kintu ...").
     */
    int saidClause(List<String> forms, List<int[]> words, String text, int i) {
        boolean buyer = matchAt("buyer", forms, i) == 1;
        if (i + 2 >= words.size() || (i > 0 && Clauses.same(text, words.get(i - 1)[1], words.get(i)[0]))) {
            return -1; // the buyer (or the reported words) must open the clause
        }
        int last = i + 1;
        while (last + 1 < words.size() && last - i < 16 && Clauses.same(text, words.get(last)[1], words.get(last + 1)[0])) {
            last++;
        }
        int seen = 0;
        for (int len = 2; len >= 1 && seen == 0; len--) {
            if (last - len + 1 > i + 1 && matchAt("seen", forms, last - len + 1) == len) {
                seen = len;
            }
        }
        if (!buyer && seen == 0 && !(last + 1 < words.size() && matchAt("turn", forms, last + 1) > 0)) {
            return -1; // without a word for the buyer, a turn after the clause shows the seller answering it
        }
        last -= seen;
        for (int len = 3; len >= 1; len--) {
            int at = last - len + 1;
            if (at > (buyer ? i + 1 : i) && matchAt("said", forms, at) == len) {
                return words.get(at)[0];
            }
        }
        return -1;
    }

    /**
     * The end of the buyer's reported words that end at the clause end {@code end} when the sentence goes on over commas
     * to a closing "কিনা"/"kina" (whether): the whole yes-no question is the buyer's ("আপনি লিখেছেন যে আপনার পুরনো ব্যাংক
     * অ্যাকাউন্ট বন্ধ, তাই রিফান্ডটি বিকাশে পাঠানো যায় কিনা।"); else {@code end}.
     */
    int throughAsked(List<String> forms, List<int[]> words, String text, int end) {
        int k = end;
        while (k < text.length() && text.charAt(k) == ',') {
            int next = Clauses.end(text, k + 1);
            if (next < 0) {
                return end;
            }
            k = next;
        }
        if (k == end) {
            return end;
        }
        int last = -1;
        for (int w = 0; w < words.size() && words.get(w)[1] <= k; w++) {
            last = w;
        }
        return last >= 0 && words.get(last)[0] > end && matchAt("asked", forms, last) > 0 ? words.get(last)[1] : end;
    }

    /**
     * The length of a bare verb of asking at word {@code i} when the buyer's word stands right before it and the
     * seller's word of seeing opens the clause before that ("sy nmpk akak mintak reply kt instagram": I see you asked for
     * a reply on Instagram; "we saw you asked for ..."); else 0. Without the word of seeing, a bare "minta" after "akak"
     * may be the seller speaking of themselves, as Malay sellers do.
     */
    int seenAsking(List<String> forms, List<int[]> words, String text, int i) {
        int len = matchAt("seen_asking", forms, i);
        if (len == 0 || i < 2 || matchAt("buyer", forms, i - 1) != 1
                || !Clauses.same(text, words.get(i - 1)[1], words.get(i)[0])) {
            return 0;
        }
        for (int o = 1; o <= 3 && i - 1 - o >= 0; o++) {
            int at = i - 1 - o;
            if (matchAt("opener", forms, at) == o && Clauses.same(text, words.get(i - 2)[1], words.get(i - 1)[0])
                    && (at == 0 || !Clauses.same(text, words.get(at - 1)[1], words.get(at)[0]))) {
                return len;
            }
        }
        return 0;
    }

    /**
     * The length of a phrase of thanks for the buyer's request ("অনুরোধের জন্য ধন্যবাদ") at word {@code at}, when it
     * follows word {@code at - 1} in the same clause and closes that clause; else 0.
     */
    int thankedAt(List<String> forms, List<int[]> words, String text, int at) {
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
    int askedThenAsking(List<String> forms, List<int[]> words, String text, int i) {
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
    int throughConsequence(List<String> forms, List<int[]> words, String text, int from, int end) {
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

    /**
     * Whether the seller takes up the buyer's reported words that end at {@code end} in the clause right after them, in
     * the same sentence ("you said you would update the review, so we will send a gift card", "apni review change
     * korben bolechen, tahole ami $5 ferot dibo"): then they are the terms of the seller's own offer, not only the
     * buyer's words, and stay to be read.
     */
    boolean acceptedAfter(List<String> forms, List<int[]> words, String text, int end) {
        int clauseEnd = Clauses.end(text, end);
        if (clauseEnd < 0 || clauseEnd >= text.length() || text.charAt(clauseEnd) != ',') {
            return false;
        }
        int k = 0;
        while (k < words.size() && words.get(k)[0] <= clauseEnd) {
            k++;
        }
        if (k >= words.size()) {
            return false;
        }
        // "so" is a courtesy filler, dropped from the words: read it in the text between ("..., so we will send ...")
        String between = text.substring(clauseEnd + 1, words.get(k)[0]).strip().toLowerCase(java.util.Locale.ROOT);
        return matchAt("accepting", forms, k) > 0 || between.equals("so") && matchAt("accepting_so", forms, k) > 0;
    }

    /** Whether the clause ending at {@code end} closes with a word that marks a yes-no question ("... kina"). */
    boolean endsWithAsked(List<String> forms, List<int[]> words, int end) {
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

    private int matchAt(String key, List<String> forms, int i) {
        return lists.matchAt(key, forms, i);
    }
}
