package kz.housesofdemocracy.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SheetNamesTest {

    @Test
    void aLongKazakhNameIsCutTo31Characters() {
        String name = SheetNames.safe("Қызмет бағыттары бойынша ҮЕҰ белгілері мен өңірлері");
        assertEquals(31, name.length());
        assertEquals("Қызмет бағыттары бойынша ҮЕҰ бе", name);
    }

    @Test
    void forbiddenCharactersBecomeSpaces() {
        assertEquals("Үйлер 2026 қаңтар ақпан", SheetNames.safe("Үйлер [2026]: қаңтар/ақпан?*\\"));
        for (char c : "[]:*?/\\".toCharArray()) {
            assertFalse(SheetNames.safe("a" + c + "b").indexOf(c) >= 0, "" + c);
        }
    }

    @Test
    void noApostropheAtEitherEndAndNeverBlank() {
        assertEquals("Ел", SheetNames.safe("'Ел'"));
        assertEquals("-", SheetNames.safe("  ''  "));
        assertEquals("-", SheetNames.safe(null));
        assertEquals("history -", SheetNames.safe("history"));
    }

    @Test
    void aCutNeverEndsInASpaceOrHalfASurrogatePair() {
        String name = SheetNames.safe("Өңірлер бойынша ҮЕҰ саны және 😀 белгілері");
        assertTrue(name.length() <= 31);
        assertFalse(Character.isHighSurrogate(name.charAt(name.length() - 1)));
        assertEquals(name.strip(), name);
    }

    @Test
    void aSecondSheetOfTheSameNameIsNumberedStillWithin31Characters() {
        Set<String> taken = new HashSet<>();
        String first = SheetNames.unique("Қызмет бағыттары бойынша ҮЕҰ белгілері", taken);
        String second = SheetNames.unique("Қызмет бағыттары бойынша ҮЕҰ белгілері", taken);
        String third = SheetNames.unique("бөлмелер", taken);
        String fourth = SheetNames.unique("БӨЛМЕЛЕР", taken);
        assertEquals("Қызмет бағыттары бойынша ҮЕҰ бе", first);
        assertEquals("Қызмет бағыттары бойынша ҮЕ (2)", second);
        assertEquals("бөлмелер", third);
        assertEquals("БӨЛМЕЛЕР (2)", fourth);
    }

    @Test
    void poiAcceptsEveryNameItMakes() throws Exception {
        Set<String> taken = new HashSet<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            for (String wanted :
                    new String[] {
                        "Қызмет бағыттары бойынша ҮЕҰ белгілері",
                        "Қызмет бағыттары бойынша ҮЕҰ белгілері",
                        "'a[b]c:d*e?f/g\\h'",
                        "",
                        "History"
                    }) {
                String name = SheetNames.unique(wanted, taken);
                WorkbookUtil.validateSheetName(name);
                workbook.createSheet(name);
            }
            assertEquals(5, workbook.getNumberOfSheets());
        }
    }
}
