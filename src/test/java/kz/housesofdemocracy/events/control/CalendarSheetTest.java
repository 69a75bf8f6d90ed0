package kz.housesofdemocracy.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import kz.housesofdemocracy.platform.DateSpan;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

class CalendarSheetTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 17); // a Wednesday
    private static final LocalizedText NAURYZ = new LocalizedText("Наурыз", "Наурыз", "Nauryz");

    private static EventView event(LocalDate first, LocalDate last) {
        return new EventView(
                1,
                "NATIONAL",
                null,
                null,
                null,
                NAURYZ,
                null,
                Instant.EPOCH,
                Instant.EPOCH,
                first,
                LocalTime.of(10, 0),
                last,
                LocalTime.of(18, 0),
                false,
                true,
                false,
                false,
                null,
                0,
                0,
                0,
                null,
                false,
                List.of());
    }

    @Test
    void aViewIsAMonthUnlessAWeekOrAListIsAsked() {
        assertEquals("month", CalendarSheet.view(null));
        assertEquals("month", CalendarSheet.view("year"));
        assertEquals("week", CalendarSheet.view("week"));
        assertEquals("list", CalendarSheet.view("list"));
    }

    @Test
    void theDaysOfEachView() {
        assertEquals(
                DateSpan.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31)),
                CalendarSheet.days("month", DAY));
        assertEquals(
                DateSpan.of(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 21)),
                CalendarSheet.days("week", DAY));
        assertEquals(90, CalendarSheet.days("list", DAY).days());
    }

    @Test
    void aMonthShowsWholeWeeksWithItsOwnDaysFilled() {
        CalendarSheet sheet =
                new CalendarSheet(
                        "month",
                        CalendarSheet.days("month", DAY),
                        DAY,
                        List.of(event(LocalDate.of(2027, 3, 21), LocalDate.of(2027, 3, 22))),
                        Map.of(LocalDate.of(2027, 3, 22), NAURYZ));
        List<List<CalendarSheet.Day>> weeks = sheet.weeks();
        assertEquals(5, weeks.size());
        CalendarSheet.Day first = weeks.get(0).get(0);
        assertEquals(LocalDate.of(2027, 3, 1), first.date());
        CalendarSheet.Day last = weeks.get(4).get(6);
        assertEquals(LocalDate.of(2027, 4, 4), last.date());
        assertFalse(last.inPeriod());
        CalendarSheet.Day nauryz = weeks.get(3).get(0);
        assertEquals(NAURYZ, nauryz.holiday());
        assertEquals(1, nauryz.events().size(), "an event shows on each of its days");
        assertTrue(weeks.get(2).get(2).today());
        assertNull(weeks.get(2).get(2).holiday());
        assertEquals(LocalDate.of(2027, 2, 1), sheet.previous());
        assertEquals(LocalDate.of(2027, 4, 1), sheet.next());
    }

    @Test
    void aListShowsOnlyTheDaysWithSomethingOn() {
        CalendarSheet sheet =
                new CalendarSheet(
                        "list",
                        CalendarSheet.days("list", DAY),
                        DAY,
                        List.of(event(LocalDate.of(2027, 3, 21), LocalDate.of(2027, 3, 22))),
                        Map.of(LocalDate.of(2027, 3, 23), NAURYZ));
        assertEquals(
                List.of(
                        LocalDate.of(2027, 3, 21),
                        LocalDate.of(2027, 3, 22),
                        LocalDate.of(2027, 3, 23)),
                sheet.list().stream().map(CalendarSheet.Day::date).toList());
        assertEquals(DAY.plusDays(90), sheet.next());
    }
}
