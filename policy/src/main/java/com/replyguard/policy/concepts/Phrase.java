package com.replyguard.policy.concepts;

/**
 * A compiled lexicon phrase: its analysed terms, its concept's bit, whether it is a sense that cancels the concept
 * ({@code not:} lines), and the concept it counts only beside ({@code with NAME:} lines; -1: none) within how many
 * terms.
 */
record Phrase(String[] terms, int concept, boolean not, int with, int within) {

    /**
     * Whether the phrase's terms start at {@code at} in {@code text}, within the sentence ending at {@code to}, with no
     * comma or semicolon inside it ({@code pauseBefore[i]}: one stands before term {@code i}; null: none known), so
     * "jgn salahkan kedai, kami boleh report" holds no "kedai kami" (our shop).
     */
    boolean matchesAt(String[] text, int at, int to, boolean[] pauseBefore) {
        if (at + terms.length > to) {
            return false;
        }
        for (int k = 1; k < terms.length; k++) {
            if (!terms[k].equals(text[at + k]) || (pauseBefore != null && pauseBefore[at + k])) {
                return false;
            }
        }
        return true;
    }
}
