package com.replyguard.policy.concepts;

/**
 * A compiled lexicon phrase: its analysed terms, its concept's bit, whether it is a sense that cancels the concept
 * ({@code not:} lines), and the concept it counts only beside ({@code with NAME:} lines; -1: none) within how many
 * terms.
 */
record Phrase(String[] terms, int concept, boolean not, int with, int within) {

    /** Whether the phrase's terms start at {@code at} in {@code text}, within the sentence ending at {@code to}. */
    boolean matchesAt(String[] text, int at, int to) {
        if (at + terms.length > to) {
            return false;
        }
        for (int k = 1; k < terms.length; k++) {
            if (!terms[k].equals(text[at + k])) {
                return false;
            }
        }
        return true;
    }
}
