package com.replyguard.policy.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The buyer's own social media post that the seller says it saw ("Kami telah melihat gambar yang puan kongsikan di
 * Facebook ...", "we saw the video you posted on TikTok", "আপনি Instagram-এ ... যে ভিডিওটি দিয়েছেন, সেটি দেখে ..."):
 * the network named there is where the buyer posted, not a channel the seller offers, so the words from the buyer to
 * the clause's end are blanked before the checker reads the text, like a question of the buyer's reported back
 * ({@link ReportedQuestions}).
 *
 * <p>A post counts when, in one sentence, a word for the buyer stands at most {@value #WINDOW} words before a verb of
 * posting in the past ("posted", "shared", "kongsikan", "buat video", "diyechen"), in the same clause, and the
 * sentence says the seller saw or watched it ("saw", "melihat", "nampak", "dekhe"); never when the sentence holds a
 * condition ("if you post a video on TikTok, ..." is the seller's offer), nor over a digit or an {@code @} (a contact
 * detail). A post named as a noun the buyer owns ("your facebook post", "apnar instagram story ta", "hantaran encik
 * di Instagram"), with a word of seeing or reading in the sentence, blanks its whole clause: in Bengali the network
 * stands before the noun ("ইনস্টাগ্রামে ... আপনার পোস্টটি আমরা দেখেছি").
 * The blanked words must name the network ("Facebook", "tiktok e", "ইনস্টাগ্রামে"): a review "you posted" on the
 * marketplace is read as always. A post the seller thanks the buyer for ("thank you for tagging us in your Instagram
 * post", "tq sbb tag kami kt tiktok") blanks its clause the same way, unless the clause or the next sentence invites
 * the buyer to contact the shop ("... and DM us there"). The words are {@code text/buyer_posts.txt}. Thread safety:
 * immutable.
 */
final class BuyerPosts {
    private static final int WINDOW = 10;

    /** The phrase lists of {@code text/buyer_posts.txt}, by key. */
    private final PhraseLists lists = new PhraseLists("buyer_posts.txt",
            List.of("buyer", "posting", "post", "seeing", "conditional", "network", "thanked", "thanks", "invite"));

    /** The words that name the post in a {@code thanked} phrase: the quick check's second condition. */
    private final java.util.Set<String> thankedVerbs = verbs(lists);

    /** {@code text} with every post of the buyer's that the seller saw blanked (offsets unchanged); else {@code text}. */
    String blank(String text) {
        int n = text.length();
        String lower = WordChars.lowerCasedAligned(text);
        if (!mentionsSeeing(lower != null ? lower : text.toLowerCase(Locale.ROOT))) {
            return text; // no word of seeing anywhere: the usual case, decided without splitting the text into words
        }
        List<int[]> words = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        boolean seeing = false;
        for (int[] w = WordChars.nextWord(text, 0, n); w != null; w = WordChars.nextWord(text, w[1], n)) {
            words.add(w);
            forms.add(lower != null ? lower.substring(w[0], w[1]) : text.substring(w[0], w[1]).toLowerCase(Locale.ROOT));
            String form = forms.get(forms.size() - 1);
            seeing |= lists.firstWords("seeing").contains(form) || lists.firstWords("thanks").contains(form);
        }
        if (!seeing) {
            return text; // no word of seeing: the usual case
        }
        char[] out = null;
        for (int j = 0; j < forms.size(); j++) {
            int[] post = thankedPost(forms, words, text, j);
            if (post == null) {
                post = seenPost(forms, words, text, j);
            }
            if (post == null) {
                continue;
            }
            out = Clauses.blanked(text, out, post[0], post[1]);
            while (j + 1 < words.size() && words.get(j + 1)[0] < post[1]) {
                j++;
            }
        }
        return out == null ? text : new String(out);
    }

    /**
     * The {from, end} of a post of the buyer's that the seller saw, at word {@code j} (a verb of posting after a word for
     * the buyer, or a post noun the buyer owns), or null.
     */
    private int[] seenPost(List<String> forms, List<int[]> words, String text, int j) {
        int posting = matchAt("posting", forms, j);
        int owned = posting == 0 && matchAt("post", forms, j) > 0 ? ownerNear(forms, words, text, j) : -1;
        if (posting == 0 && owned < 0) {
            return null;
        }
        int[] sentence = sentence(text, words.get(j)[0]);
        int buyer = posting > 0 ? firstBuyer(forms, words, text, j, sentence[0]) : owned;
        if (buyer < 0 || !holds("seeing", forms, words, sentence) || holds("conditional", forms, words, sentence)) {
            return null;
        }
        // a post named as the buyer's ("apnar tiktok video ta", "hantaran encik di Instagram", "ইনস্টাগ্রামে ...
        // আপনার পোস্টটি"): its whole clause, since the network may stand before the noun
        int from = posting > 0 ? words.get(buyer)[0] : clauseStart(text, words, j);
        int end = Clauses.end(text, words.get(j + Math.max(posting, 1) - 1)[1]);
        if (end < 0 || contactDetail(text, from, end) || !namesNetwork(forms, words, from, end)) {
            return null;
        }
        return new int[] {from, end};
    }

    /**
     * The {from, end} of the clause when the thanks for a post at word {@code j} ("for tagging", "sbb tag", "শেয়ার
     * করার জন্য") stand in a sentence with a word of thanks, no condition, a network named in the clause
     * and neither a contact detail nor an invitation to contact the shop there or in the next sentence ("... and DM us on
     * Instagram"); else null.
     * The whole clause is the post: in Bengali the network stands before the thanks.
     */
    private int[] thankedPost(List<String> forms, List<int[]> words, String text, int j) {
        int length = matchAt("thanked", forms, j);
        if (length == 0) {
            return null;
        }
        int[] sentence = sentence(text, words.get(j)[0]);
        if (!holds("thanks", forms, words, sentence) || holds("conditional", forms, words, sentence)) {
            return null;
        }
        int from = clauseStart(text, words, j);
        int end = Clauses.end(text, words.get(j + length - 1)[1]);
        if (end < 0 || contactDetail(text, from, end) || !namesNetwork(forms, words, from, end)) {
            return null;
        }
        // (nor in the sentence after it: "Thanks for tagging us on Instagram! Follow us there for new designs.")
        int inviteEnd = sentence[1] + 1 < text.length() ? sentence(text, sentence[1] + 1)[1] : sentence[1];
        return holds("invite", forms, words, from, inviteEnd) ? null : new int[] {from, end};
    }

    /**
     * Whether the lower-cased text holds, anywhere and even inside a word, the first word of a phrase of seeing, or a word
     * of thanks together with a word naming the post.
     */
    private boolean mentionsSeeing(String lower) {
        // thanks are in most drafts ("thanks for your message"): only with a verb of posting is there more to read
        return containsAny(lower, lists.firstWords("seeing"))
                || containsAny(lower, lists.firstWords("thanks")) && containsAny(lower, thankedVerbs);
    }

    private static boolean containsAny(String lower, java.util.Collection<String> words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The words of the {@code thanked} phrases that name the post ("tagging", "kongsi", "শেয়ার"), not "for" or "us". */
    private static java.util.Set<String> verbs(PhraseLists lists) {
        java.util.Set<String> links = java.util.Set.of("for", "the", "sbb", "sebab", "kerana", "us", "kami", "korar",
                "jonno", "করার", "জন্য");
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String[] phrase : lists.phrases("thanked")) {
            for (String w : phrase) {
                if (!links.contains(w)) {
                    out.add(w);
                }
            }
        }
        return java.util.Set.copyOf(out);
    }

    /** A word for the buyer at most three words before or after the post noun at {@code j}, in its clause; or -1. */
    private int ownerNear(List<String> forms, List<int[]> words, String text, int j) {
        for (int d = 1; d <= 3; d++) {
            for (int k : new int[] {j - d, j + d}) {
                if (k >= 0 && k < words.size() && matchAt("buyer", forms, k) == 1
                        && Clauses.same(text, words.get(Math.min(j, k))[1], words.get(Math.max(j, k))[0])) {
                    return k;
                }
            }
        }
        return -1;
    }

    /** Where the clause holding word {@code j} starts. */
    private static int clauseStart(String text, List<int[]> words, int j) {
        int k = j;
        while (k > 0 && Clauses.same(text, words.get(k - 1)[1], words.get(k)[0])) {
            k--;
        }
        return words.get(k)[0];
    }

    /** The earliest word for the buyer at most {@value #WINDOW} words before word {@code j}, in its clause; or -1. */
    private int firstBuyer(List<String> forms, List<int[]> words, String text, int j, int sentenceStart) {
        int found = -1;
        for (int k = j - 1; k >= 0 && k >= j - WINDOW && words.get(k)[0] >= sentenceStart; k--) {
            if (!Clauses.same(text, words.get(k)[1], words.get(k + 1)[0])) {
                break;
            }
            if (matchAt("buyer", forms, k) == 1) {
                found = k;
            }
        }
        return found;
    }

    /** Whether a phrase of list {@code key} starts at a word inside {@code [from, to)}. */
    private boolean holds(String key, List<String> forms, List<int[]> words, int from, int to) {
        for (int k = 0; k < words.size(); k++) {
            if (words.get(k)[0] >= from && words.get(k)[1] <= to && matchAt(key, forms, k) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a phrase of list {@code key} stands in {@code sentence} ({start, end}). */
    private boolean holds(String key, List<String> forms, List<int[]> words, int[] sentence) {
        return holds(key, forms, words, sentence[0], sentence[1]);
    }

    /**
     * Whether a social network is named in {@code [from, to)}: only there is the post the buyer's on a network; a
     * review "you posted" on the marketplace is what a seller may go on to pressure over, and is read as always.
     */
    private boolean namesNetwork(List<String> forms, List<int[]> words, int from, int to) {
        return holds("network", forms, words, from, to);
    }

    /** Whether {@code [from, to)} holds a digit or an {@code @}: a contact detail, never blanked, may stand there. */
    private static boolean contactDetail(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (Character.isDigit(c) || c == '@') {
                return true;
            }
        }
        return false;
    }

    /** The sentence around offset {@code at}: from after the last . ! ? line break or daṛi to the next one. */
    private static int[] sentence(String text, int at) {
        int from = at;
        while (from > 0 && !sentenceEnd(text, from - 1)) {
            from--;
        }
        int to = at;
        while (to < text.length() && !sentenceEnd(text, to)) {
            to++;
        }
        return new int[] {from, to};
    }

    private static boolean sentenceEnd(String text, int k) {
        char c = text.charAt(k);
        return c == '!' || c == '?' || c == '\n' || c == '\u0964'
                || c == '.' && (k + 1 >= text.length() || Character.isWhitespace(text.charAt(k + 1)));
    }

    /** The length in words of the longest phrase of list {@code key} at word {@code i}, or 0. */
    private int matchAt(String key, List<String> forms, int i) {
        return lists.matchAt(key, forms, i);
    }
}
