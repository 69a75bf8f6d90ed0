package kz.housesofdemocracy.premises.entity;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime EIGHT_PM = LocalTime.of(20, 0);

    private final OpeningHours week =
            new OpeningHours(
                    List.of(
                            new DailyHours(MONDAY, NINE, EIGHT_PM),
                            new DailyHours(FRIDAY, NINE, EIGHT_PM),
                            new DailyHours(SATURDAY, LocalTime.of(10, 0), LocalTime.of(18, 0))));

    @Test
    void aDayWithoutHoursIsClosed() {
        assertFalse(week.isOpen(SUNDAY));
        assertTrue(week.on(SUNDAY).isEmpty());
        assertFalse(week.covers(SUNDAY, NINE, LocalTime.of(10, 0)));
    }

    @Test
    void coversOnlySpansInsideTheHours() {
        assertTrue(week.covers(MONDAY, NINE, EIGHT_PM));
        assertTrue(week.covers(MONDAY, LocalTime.of(14, 0), LocalTime.of(16, 0)));
        assertFalse(week.covers(MONDAY, LocalTime.of(8, 30), LocalTime.of(10, 0)));
        assertFalse(week.covers(MONDAY, LocalTime.of(19, 30), LocalTime.of(20, 30)));
        assertFalse(week.covers(MONDAY, LocalTime.of(12, 0), LocalTime.of(12, 0)));
        assertFalse(week.covers(SATURDAY, NINE, LocalTime.of(11, 0)));
    }

    @Test
    void sumsTheWeek() {
        assertEquals(Duration.ofHours(11 + 11 + 8), week.perWeek());
    }

    @Test
    void refusesTwoSpansOnOneDayAndBackwardHours() {
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new OpeningHours(
                                List.of(
                                        new DailyHours(MONDAY, NINE, EIGHT_PM),
                                        new DailyHours(MONDAY, NINE, EIGHT_PM))));
        assertThrows(IllegalArgumentException.class, () -> new DailyHours(MONDAY, EIGHT_PM, NINE));
        assertThrows(IllegalArgumentException.class, () -> new DailyHours(MONDAY, NINE, NINE));
    }
}
