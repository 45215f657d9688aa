package com.replyguard.knowledge.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetSafeTest {
    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rx", "'=quoted",
        "''+twice", "plain", "'apostrophe", "", "Hi {buyer_name} - thanks"})
    void exportedCellsNeverStartLikeAFormulaAndImportGivesTheValueBack(String value) {
        String cell = SpreadsheetSafe.toCell(value);
        char first = cell.isEmpty() ? ' ' : cell.charAt(0);
        assertEquals(-1, "=+-@\t\r".indexOf(first), () -> "cell starts like a formula: " + cell);
        assertEquals(value, SpreadsheetSafe.fromCell(cell));
    }
}
