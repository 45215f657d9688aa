package com.replyguard.drafting.extract;

/** A whitespace-separated word of the message with surrounding punctuation trimmed; offsets are UTF-16. */
record Token(String text, int start, int end) {
    boolean isDigits() {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isAsciiDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
