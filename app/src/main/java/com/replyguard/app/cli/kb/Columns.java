package com.replyguard.app.cli.kb;

/**
 * Plain-text table rows whose cells may be Bengali or Malay: padded by code points (not chars), so a column that
 * holds a Bengali name stays in line with the English ones as far as a monospace terminal allows.
 */
final class Columns {
    private static final int FIRST = 44;
    private static final int OTHER = 14;

    private Columns() {
    }

    /** The first cell left-aligned, the others right-aligned. */
    static String row(String first, Object... others) {
        StringBuilder b = new StringBuilder(pad(first, FIRST, true));
        for (Object o : others) {
            b.append(pad(String.valueOf(o), OTHER, false));
        }
        return b.toString().stripTrailing();
    }

    private static String pad(String s, int width, boolean left) {
        int n = s.codePointCount(0, s.length());
        String spaces = " ".repeat(Math.max(1, width - n));
        return left ? s + spaces : spaces + s;
    }
}
