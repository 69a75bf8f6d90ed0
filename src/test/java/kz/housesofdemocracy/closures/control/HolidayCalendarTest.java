package kz.housesofdemocracy.closures.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

class HolidayCalendarTest {

    private static HolidayCalendar.Entry day(String date, boolean transferable) {
        return new HolidayCalendar.Entry(
                LocalDate.parse(date), new LocalizedText("k", "r", "e"), transferable);
    }

    @Test
    void nauryz2025OnSaturdayAndSundayGivesMondayAndTuesday() {
        Map<LocalDate, LocalizedText> off =
                HolidayCalendar.daysOff(
                        List.of(
                                day("2025-03-21", true),
                                day("2025-03-22", true),
                                day("2025-03-23", true)));
        assertEquals(
                List.of(
                        LocalDate.parse("2025-03-21"),
                        LocalDate.parse("2025-03-22"),
                        LocalDate.parse("2025-03-23"),
                        LocalDate.parse("2025-03-24"),
                        LocalDate.parse("2025-03-25")),
                List.copyOf(off.keySet()));
    }

    @Test
    void aWeekdayHolidayGivesNoExtraDay() {
        assertEquals(1, HolidayCalendar.daysOff(List.of(day("2026-12-16", true))).size());
    }

    @Test
    void religiousHolidaysAreNotTransferred() {
        Map<LocalDate, LocalizedText> off =
                HolidayCalendar.daysOff(List.of(day("2027-05-16", false)));
        assertEquals(1, off.size());
        assertFalse(off.containsKey(LocalDate.parse("2027-05-17")));
    }

    @Test
    void aTransferSkipsDaysThatAreOffAlready() {
        // 2026: 9 May is a Saturday; 11 May (Monday) is the transferred day.
        Map<LocalDate, LocalizedText> off =
                HolidayCalendar.daysOff(List.of(day("2026-05-09", true)));
        assertTrue(off.containsKey(LocalDate.parse("2026-05-11")));
        // 2027: 1 and 2 January are Friday and Saturday: 4 January is off.
        assertTrue(
                HolidayCalendar.daysOff(List.of(day("2027-01-01", true), day("2027-01-02", true)))
                        .containsKey(LocalDate.parse("2027-01-04")));
    }
}
