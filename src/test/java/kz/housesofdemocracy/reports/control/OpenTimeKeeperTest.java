package kz.housesofdemocracy.reports.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

/** The keeper's arithmetic: a room's months inside its life, and an office's m²-months by day. */
class OpenTimeKeeperTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private static OpenTime weekdays(int year) {
        Map<DayOfWeek, OpenTime.Hours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.values()).subList(0, 5)) {
            week.put(d, new OpenTime.Hours(LocalTime.of(9, 0), LocalTime.of(18, 0)));
        }
        return new OpenTime(year, ALMATY, week, Set.of());
    }

    private static Instant at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(ALMATY).toInstant();
    }

    @Test
    void aRoomCountsFromTheLaterOpeningToTheEarlierClosing() {
        // House opened Friday 1 July 2033, room on 15 June: from 1 July.
        Period life =
                OpenTimeKeeper.life(
                        ALMATY, LocalDate.of(2033, 7, 1), null, LocalDate.of(2033, 6, 15), null);
        OpenTimeKeeper.Months months =
                OpenTimeKeeper.months(weekdays(2033), life, List.of(), List.of());
        assertEquals(0, months.open()[5]);
        assertEquals(21 * 540, months.open()[6]);
        assertEquals(131 * 540, java.util.Arrays.stream(months.open()).sum());
        // Retired before the House opened: no life at all.
        assertNull(
                OpenTimeKeeper.life(
                        ALMATY,
                        LocalDate.of(2033, 7, 1),
                        null,
                        LocalDate.of(2030, 1, 1),
                        at("2033-03-15T00:00")));
    }

    @Test
    void blackoutsAndHoldsCountOnlyInsideTheLife() {
        // Open from Monday 4 July 2033, closed at 13:00 on Tuesday 5 July.
        Period life =
                OpenTimeKeeper.life(
                        ALMATY, LocalDate.of(2033, 7, 4), at("2033-07-05T13:00"), null, null);
        OpenTimeKeeper.Months months =
                OpenTimeKeeper.months(
                        weekdays(2033),
                        life,
                        List.of(Period.of(at("2033-07-01T09:00"), at("2033-07-04T10:00"))),
                        List.of(Period.of(at("2033-07-05T12:00"), at("2033-07-06T18:00"))));
        long[] july = {months.open()[6], months.closed()[6], months.held()[6]};
        // 540 on Monday + 240 on Tuesday; 60 of Monday closed; 60 of Tuesday held.
        assertArrayEquals(new long[] {780, 60, 60}, july);
    }

    @Test
    void anOfficeCountsItsDaysOfLife() {
        ReportPlaces.House house =
                new ReportPlaces.House(
                        1,
                        "KZ-10",
                        LocalizedText.of(l -> "H"),
                        ALMATY,
                        LocalDate.of(2033, 7, 1),
                        null);
        BigDecimal area = new BigDecimal("10");
        assertEquals(
                0,
                BigDecimal.ZERO.compareTo(
                        OfficeFigures.offered(
                                area, LocalDate.of(2030, 1, 1), null, house, 2033, 6)));
        assertEquals(
                0,
                area.compareTo(
                        OfficeFigures.offered(
                                area, LocalDate.of(2030, 1, 1), null, house, 2033, 7)));
        // Retired at the start of 16 November: 15 of 30 days.
        assertEquals(
                0,
                new BigDecimal("5")
                        .compareTo(
                                OfficeFigures.offered(
                                        area,
                                        LocalDate.of(2030, 1, 1),
                                        at("2033-11-16T00:00"),
                                        house,
                                        2033,
                                        11)));
    }
}
