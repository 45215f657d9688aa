package com.replyguard.policy.text;

/**
 * The word characters of the hand-written word scanners: {@code [\p{L}\p{M}\p{N}']}, letters, marks, numbers and the
 * apostrophe, the class a regular expression used to find or split words with (at a cost that showed in profiles of
 * every check). Thread safety: stateless.
 */
public final class WordChars {
    /** The same answer for ASCII, looked up: every scanner asks it of every character. */
    private static final boolean[] ASCII = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            int type = Character.getType(c);
            ASCII[c] = type >= Character.UPPERCASE_LETTER && type <= Character.OTHER_NUMBER || c == '\'';
        }
    }

    private WordChars() {
    }

    /**
     * {@code text} lower-cased once, so a scanner cuts each word out of it instead of lower-casing word by word; null
     * when lower-casing changes the length (a dotted capital I), where offsets would no longer line up.
     */
    public static String lowerCasedAligned(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return lower.length() == text.length() ? lower : null;
    }

    /** Whether code point {@code cp} is in {@code [\p{L}\p{M}\p{N}']}, as {@link java.util.regex.Pattern} reads it. */
    public static boolean isWordChar(int cp) {
        if (cp < 128) {
            return ASCII[cp];
        }
        int type = Character.getType(cp);
        // the general categories L (1-5), M (6-8) and N (9-11) are numbered consecutively
        return type >= Character.UPPERCASE_LETTER && type <= Character.OTHER_NUMBER || cp == '\'';
    }

    /**
     * Where the next word of {@code text} at or after {@code from} and before {@code limit} lies: {start, end}, or null
     * when there is none. The scanners' one loop over words.
     */
    public static int[] nextWord(String text, int from, int limit) {
        int i = from;
        while (i < limit) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                int start = i;
                do {
                    i += Character.charCount(cp);
                } while (i < limit && isWordChar(cp = text.codePointAt(i)));
                return new int[] {start, i};
            }
            i += Character.charCount(cp);
        }
        return null;
    }
}
