package com.replyguard.policy.text;

/**
 * Where a clause ends in running text: a question or exclamation mark, a semicolon, a line break, the Bengali daṛi, a
 * dash, a bracket or a quotation mark, and a dot, comma or colon followed by a space ("ebay.co.uk", "1,200" and
 * "10:30" end nothing). Read by {@link ReportedQuestions}, whose reported question runs to its clause's end, and by
 * {@link BuyerPosts}; both blank what they find with {@link #blanked}.
 */
final class Clauses {
    /** A clause longer than this is not one reported question. */
    private static final int MAX_CLAUSE = 240;

    private Clauses() {
    }

    /** Whether nothing between {@code from} and {@code to} ends a clause. */
    static boolean same(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (endsAt(text, k)) {
                return false;
            }
        }
        return true;
    }

    /** The offset of the mark that ends the clause starting at {@code from}, or -1 when it runs on too long. */
    static int end(String text, int from) {
        for (int k = from; k < text.length() && k - from <= MAX_CLAUSE; k++) {
            if (endsAt(text, k)) {
                return k;
            }
        }
        return text.length() - from <= MAX_CLAUSE ? text.length() : -1;
    }

    /**
     * {@code out} (a copy of {@code text} made on first use when null) with every non-space character of
     * {@code [from, to)} turned into a space, so that offsets stay where they were.
     */
    static char[] blanked(String text, char[] out, int from, int to) {
        char[] chars = out == null ? text.toCharArray() : out;
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(chars[k])) {
                chars[k] = ' ';
            }
        }
        return chars;
    }

    private static boolean endsAt(String text, int k) {
        char c = text.charAt(k);
        return switch (c) {
            case '?', '!', ';', '\n', '\u0964', '\u2014', '\u2013', '(', ')', '"', '\u201C', '\u201D' -> true;
            // a dot, comma or colon inside a token ("ebay.co.uk", "1,200", "10:30") ends nothing
            case '.', ',', ':' -> k + 1 >= text.length() || Character.isWhitespace(text.charAt(k + 1));
            case '-' -> k > 0 && k + 1 < text.length() && text.charAt(k - 1) == ' ' && text.charAt(k + 1) == ' ';
            default -> false;
        };
    }
}
