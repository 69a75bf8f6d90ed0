package kz.housesofdemocracy.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.housesofdemocracy.imports.entity.RowCheck;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.platform.i18n.TextsForm;
import org.junit.jupiter.api.Test;

/** Reading what the House's spreadsheets hold, as the rooms', offices' and leases' rows do. */
class PlaceRowsTest {

    private static Map<String, String> row(String... keysAndValues) {
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    private static String reason(Runnable reading) {
        return assertThrows(PlaceRows.Wrong.class, reading::run).refusal("r").reasonKey();
    }

    @Test
    void datesAsIsoOrAsTypedHere() {
        assertEquals(LocalDate.of(2026, 1, 15), PlaceRows.date(row("d", "2026-01-15"), "d", "bad"));
        assertEquals(LocalDate.of(2026, 1, 15), PlaceRows.date(row("d", "15.01.2026"), "d", "bad"));
        assertEquals(
                LocalDate.of(2026, 1, 15),
                PlaceRows.date(row("d", "2026-01-15T00:00:00"), "d", "bad"));
        assertNull(PlaceRows.date(row("d", "  "), "d", "bad"));
        assertEquals("bad", reason(() -> PlaceRows.date(row("d", "15/01/2026"), "d", "bad")));
    }

    @Test
    void numbersWithADecimalCommaAndSpacesBetweenThousands() {
        assertEquals(new BigDecimal("18.5"), PlaceRows.number(row("n", "18,5"), "n", "bad"));
        assertEquals(
                new BigDecimal("1200000.00"),
                PlaceRows.number(row("n", "1 200 000.00"), "n", "bad"));
        assertEquals(
                new BigDecimal("1200000"),
                PlaceRows.number(row("n", "1\u00a0200\u00a0000"), "n", "bad"));
        assertEquals(40, PlaceRows.whole(row("n", "40.0"), "n", "bad"));
        assertEquals("bad", reason(() -> PlaceRows.whole(row("n", "40.5"), "n", "bad")));
        assertEquals("bad", reason(() -> PlaceRows.number(row("n", "forty"), "n", "bad")));
    }

    @Test
    void yesAndNoInThreeLanguages() {
        for (String yes : List.of("yes", "Да", "иә", "1", "TRUE")) {
            assertTrue(PlaceRows.yesNo(row("b", yes), "b", "bad"), yes);
        }
        for (String no : List.of("no", "Нет", "жоқ", "0")) {
            assertFalse(PlaceRows.yesNo(row("b", no), "b", "bad"), no);
        }
        assertNull(PlaceRows.yesNo(row(), "b", "bad"));
        assertEquals("bad", reason(() -> PlaceRows.yesNo(row("b", "maybe"), "b", "bad")));
    }

    @Test
    void aNameMatchesInAnyLanguageBothHaveWhateverTheCaseAndSpaces() {
        LocalizedText stored = new LocalizedText("Үлкен зал", "Большой зал", null);
        assertTrue(PlaceRows.sameName(new TextsForm(null, " большой  ЗАЛ ", null), stored));
        assertTrue(PlaceRows.sameName(new TextsForm("Үлкен зал", "Другое", null), stored));
        assertFalse(PlaceRows.sameName(new TextsForm(null, null, "Big hall"), stored));
    }

    @Test
    void blankLanguagesKeepThePlacesOwnNames() {
        TextsForm merged =
                PlaceRows.over(
                        new TextsForm(null, "Большой зал", null),
                        new LocalizedText("Үлкен зал", "Зал", "Big hall"));
        assertEquals("Үлкен зал", merged.getKk());
        assertEquals("Большой зал", merged.getRu());
        assertEquals("Big hall", merged.getEn());
    }

    @Test
    void aSecondRowWithANameAlreadySeenInAnyLanguageIsADuplicateUnlessTheFirstWasRefused() {
        Set<String> seen = new HashSet<>();
        List<String> first = PlaceRows.nameKeys("room", new TextsForm("Зал", "Зал", null));
        PlaceRows.refuseDuplicate(first, seen, "dup");
        PlaceRows.remember(RowCheck.refuse("Зал", "bad"), first, seen);
        assertTrue(seen.isEmpty(), "a refused row holds no name");
        PlaceRows.remember(RowCheck.create("Зал"), first, seen);
        PlaceRows.refuseDuplicate(
                PlaceRows.nameKeys("office", new TextsForm("Зал", null, null)), seen, "dup");
        assertEquals(
                "dup",
                reason(
                        () ->
                                PlaceRows.refuseDuplicate(
                                        PlaceRows.nameKeys(
                                                "room", new TextsForm(null, " зал", "Hall")),
                                        seen,
                                        "dup")));
    }

    @Test
    void roomKindsByCodeOrByTheirNameInOurLanguages() {
        assertEquals("HALL", RoomRows.kindCode("hall"));
        assertEquals("MEETING_ROOM", RoomRows.kindCode("meeting room"));
        assertEquals("MEETING_ROOM", RoomRows.kindCode("Переговорная"));
        assertEquals("COWORKING", RoomRows.kindCode("Co-working space"));
        assertEquals("Сарай", RoomRows.kindCode("Сарай"), "left for the form to refuse");
    }
}
