package kz.housesofdemocracy.platform.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OWASP's rule for cells a spreadsheet opens: a formula's first sign gets a quote in front. */
class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://x\",\"y\")",
                "+cmd|' /C calc'!A0",
                "-2+3",
                "@SUM(1+1)*cmd|' /C calc'!A0",
                "\t=1+1",
                "\r=1+1",
                "=",
                "-"
            })
    void aFormulasFirstSignIsNeutralised(String text) {
        assertTrue(SpreadsheetCells.startsFormula(text));
        assertEquals("'" + text, SpreadsheetCells.neutral(text));
        assertFalse(SpreadsheetCells.startsFormula(SpreadsheetCells.neutral(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Зал 1", "Room = 2", "a-b", "'=1", " =1", "2026", "Hall @ 3"})
    void otherTextStaysAsItIs(String text) {
        assertFalse(SpreadsheetCells.startsFormula(text));
        assertEquals(text, SpreadsheetCells.neutral(text));
    }

    @Test
    void emptyAndMissingTextStayEmpty() {
        assertEquals("", SpreadsheetCells.neutral(""));
        assertNull(SpreadsheetCells.neutral(null));
        assertEquals("\"\"", SpreadsheetCells.csvText(null));
    }

    @Test
    void aCsvFieldIsNeutralisedThenQuotedWithItsQuotesDoubled() {
        assertEquals(
                "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
                SpreadsheetCells.csvText("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("\"'\r=1\"", SpreadsheetCells.csvText("\r=1"));
        assertEquals("\"Зал \"\"Ақ\"\"\"", SpreadsheetCells.csvText("Зал \"Ақ\""));
    }
}
