package kz.housesofdemocracy.bookings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    @Test
    void weeklyOnChosenDaysUntilADateIncludesBothEnds() {
        List<LocalDate> dates =
                Recurrence.weekly(
                                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
                                MONDAY,
                                LocalDate.of(2027, 3, 15),
                                0)
                        .dates();
        assertEquals(
                List.of(
                        LocalDate.of(2027, 3, 1),
                        LocalDate.of(2027, 3, 3),
                        LocalDate.of(2027, 3, 8),
                        LocalDate.of(2027, 3, 10),
                        LocalDate.of(2027, 3, 15)),
                dates);
    }

    @Test
    void weeklyForACountStopsAtTheCount() {
        List<LocalDate> dates =
                Recurrence.weekly(Set.of(DayOfWeek.TUESDAY), MONDAY, null, 3).dates();
        assertEquals(
                List.of(
                        LocalDate.of(2027, 3, 2),
                        LocalDate.of(2027, 3, 9),
                        LocalDate.of(2027, 3, 16)),
                dates);
    }

    @Test
    void theThirtyFirstSkipsShortMonths() {
        List<LocalDate> dates =
                Recurrence.monthlyOnDay(31, LocalDate.of(2027, 1, 31), null, 4).dates();
        assertEquals(
                List.of(
                        LocalDate.of(2027, 1, 31),
                        LocalDate.of(2027, 3, 31),
                        LocalDate.of(2027, 5, 31),
                        LocalDate.of(2027, 7, 31)),
                dates);
    }

    @Test
    void secondTuesdayAndLastFriday() {
        assertEquals(
                List.of(
                        LocalDate.of(2027, 3, 9),
                        LocalDate.of(2027, 4, 13),
                        LocalDate.of(2027, 5, 11)),
                Recurrence.monthlyOnWeekday(2, DayOfWeek.TUESDAY, MONDAY, null, 3).dates());
        assertEquals(
                List.of(LocalDate.of(2027, 3, 26), LocalDate.of(2027, 4, 30)),
                Recurrence.monthlyOnWeekday(
                                -1, DayOfWeek.FRIDAY, MONDAY, LocalDate.of(2027, 4, 30), 0)
                        .dates());
    }

    @Test
    void aMonthlyDayBeforeTheFirstDayStartsNextMonth() {
        assertEquals(
                LocalDate.of(2027, 4, 1),
                Recurrence.monthlyOnDay(1, LocalDate.of(2027, 3, 2), null, 1).dates().get(0));
    }

    @Test
    void atMostAYear() {
        assertEquals(
                Optional.of("series.problem.year"),
                Recurrence.weekly(Set.of(DayOfWeek.MONDAY), MONDAY, MONDAY.plusYears(1), 0)
                        .problem());
        assertEquals(
                Optional.empty(),
                Recurrence.weekly(
                                Set.of(DayOfWeek.MONDAY),
                                MONDAY,
                                MONDAY.plusYears(1).minusDays(1),
                                0)
                        .problem());
        List<LocalDate> weeks =
                Recurrence.weekly(Set.of(DayOfWeek.MONDAY), MONDAY, null, 200).dates();
        assertEquals(53, weeks.size(), "a count larger than a year stops at the year");
        assertTrue(weeks.get(51).isBefore(MONDAY.plusYears(1)));
    }

    @Test
    void eachProblemIsNamed() {
        assertEquals(
                Optional.of("series.problem.untilOrCount"),
                Recurrence.weekly(Set.of(DayOfWeek.MONDAY), MONDAY, null, 0).problem());
        assertEquals(
                Optional.of("series.problem.untilOrCount"),
                Recurrence.weekly(Set.of(DayOfWeek.MONDAY), MONDAY, MONDAY.plusDays(7), 3)
                        .problem());
        assertEquals(
                Optional.of("series.problem.weekdays"),
                Recurrence.weekly(Set.of(), MONDAY, null, 3).problem());
        assertEquals(
                Optional.of("series.problem.dayOfMonth"),
                Recurrence.monthlyOnDay(32, MONDAY, null, 3).problem());
        assertEquals(
                Optional.of("series.problem.weekOfMonth"),
                Recurrence.monthlyOnWeekday(5, DayOfWeek.MONDAY, MONDAY, null, 3).problem());
        assertEquals(
                Optional.of("series.problem.year"),
                Recurrence.weekly(Set.of(DayOfWeek.MONDAY), MONDAY, MONDAY.minusDays(1), 0)
                        .problem());
        assertEquals(List.of(), Recurrence.weekly(Set.of(), MONDAY, null, 3).dates());
    }

    @Test
    void describesItself() {
        assertEquals(
                "WEEKLY MO,WE FROM 2027-03-01 UNTIL 2027-03-15",
                Recurrence.weekly(
                                EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.MONDAY),
                                MONDAY,
                                LocalDate.of(2027, 3, 15),
                                0)
                        .describe());
        assertEquals(
                "MONTHLY 2TU FROM 2027-03-01 COUNT 3",
                Recurrence.monthlyOnWeekday(2, DayOfWeek.TUESDAY, MONDAY, null, 3).describe());
    }
}
