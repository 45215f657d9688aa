package com.replyguard.knowledge.io;

/**
 * Keeps exported CSV cells from being run as formulas by Excel, LibreOffice or Google Sheets (CSV injection): a cell
 * whose text starts with {@code = + - @}, a tab or a carriage return (after any leading apostrophes) gets one
 * apostrophe in front, which spreadsheets show as text; import takes exactly that apostrophe off again, so export
 * then import still reproduces every field.
 */
final class SpreadsheetSafe {
    private SpreadsheetSafe() {
    }

    static String toCell(String value) {
        return value != null && dangerous(value) ? "'" + value : value;
    }

    static String fromCell(String cell) {
        return cell != null && cell.startsWith("'") && dangerous(cell) ? cell.substring(1) : cell;
    }

    /** Whether the text after its leading apostrophes starts like a formula. */
    private static boolean dangerous(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '\'') {
            i++;
        }
        return i < s.length() && "=+-@\t\r".indexOf(s.charAt(i)) >= 0;
    }
}
