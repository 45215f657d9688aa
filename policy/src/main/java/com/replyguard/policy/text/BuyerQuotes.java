package com.replyguard.policy.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The buyer's own words quoted back in a seller's draft ("you wrote that you would 'leave five stars if we throw in a
 * spare blade'", "apni bolechen '5 star dile free cable diben?'", "Tuan menulis, 'boleh saya bayar terus ke akaun
 * bank?'"): what stands inside the quotation marks is the buyer's offer or question, which the seller is answering,
 * not the seller's own. A quotation counts as the buyer's when a word for the buyer and a reporting word ("wrote",
 * "asked", "bolechen", "menulis") stand in the few words before its opening mark, in the same sentence, and it is
 * closed within the sentence. Its inside is blanked (spaces, so every offset stays where it was) before the checker
 * reads the text; the quotation marks themselves and everything outside stay.
 *
 * <p>The word lists are the messenger detector's ({@code detect/reporting_words.txt}, {@code buyer_pronouns.txt}).
 * Thread safety: immutable.
 */
public final class BuyerQuotes {
    private static final int WORDS_BEFORE = 8;
    private static final int MAX_QUOTE = 300;
    private final Set<String> reporting = words("/com/replyguard/policy/detect/reporting_words.txt");
    private final Set<String> buyer = words("/com/replyguard/policy/detect/buyer_pronouns.txt");

    private static Set<String> words(String resource) {
        Set<String> out = new HashSet<>();
        for (String w : Resources.lines(BuyerQuotes.class, resource)) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private final ReportedQuestions reportedQuestions = new ReportedQuestions();
    private final BuyerPosts buyerPosts = new BuyerPosts();

    /**
     * {@code text} with the inside of every quotation of the buyer's words, and every question of the buyer's reported
     * without quotation marks ({@link ReportedQuestions}), and every post of the buyer's the seller saw on a social
     * network ({@link BuyerPosts}), blanked; the same string when none.
     */
    public String blank(String text) {
        return buyerPosts.blank(reportedQuestions.blank(quotationsBlanked(text)));
    }

    private String quotationsBlanked(String text) {
        char[] out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char close = closing(c);
            if (close == 0 || (c == '\'' || c == '"') && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            int end = closeAt(text, i + 1, close);
            if (end < 0 || !introducedByBuyer(text, i)) {
                continue;
            }
            if (out == null) {
                out = text.toCharArray();
            }
            for (int k = i + 1; k < end; k++) {
                out[k] = ' ';
            }
            i = end;
        }
        return out == null ? text : new String(out);
    }

    private static char closing(char c) {
        return switch (c) {
            case '\u2018' -> '\u2019';
            case '\u201C' -> '\u201D';
            case '\'' -> '\'';
            case '"' -> '"';
            default -> 0;
        };
    }

    /** The closing mark after {@code from} within the quotation's reach (an apostrophe inside a word is no mark). */
    private static int closeAt(String text, int from, char close) {
        for (int k = from; k < text.length() && k - from < MAX_QUOTE; k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                return -1;
            }
            if (c == close && (close != '\'' || k + 1 >= text.length() || !Character.isLetter(text.charAt(k + 1)))) {
                return k > from ? k : -1;
            }
        }
        return -1;
    }

    /** Whether a buyer word and a reporting word stand in the few words before the mark at {@code mark}. */
    private boolean introducedByBuyer(String text, int mark) {
        boolean sawBuyer = false;
        boolean sawReporting = false;
        int words = 0;
        int i = mark - 1;
        while (i >= 0 && words < WORDS_BEFORE) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '\u0964') {
                break;
            }
            if (!wordChar(c)) {
                i--;
                continue;
            }
            int end = i + 1;
            while (i >= 0 && wordChar(text.charAt(i))) {
                i--;
            }
            String w = text.substring(i + 1, end).toLowerCase(Locale.ROOT);
            words++;
            sawBuyer |= buyer.contains(w);
            sawReporting |= reporting.contains(w);
        }
        return sawBuyer && sawReporting;
    }

    /** A letter or a combining mark (Bengali vowel signs belong to their word). */
    private static boolean wordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
