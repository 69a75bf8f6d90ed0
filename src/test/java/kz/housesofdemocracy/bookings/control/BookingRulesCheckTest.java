package kz.housesofdemocracy.bookings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.BookingRules;
import kz.housesofdemocracy.premises.entity.DailyHours;
import kz.housesofdemocracy.premises.entity.OpeningHours;
import org.junit.jupiter.api.Test;

/** Each rule on both sides of its boundary. Now is Monday 2026-11-30 10:00 in Astana (UTC+5). */
class BookingRulesCheckTest {

    private static final ZoneId ASTANA = ZoneId.of("Asia/Almaty");
    private static final Instant NOW =
            LocalDate.of(2026, 11, 30).atTime(10, 0).atZone(ASTANA).toInstant();
    private static final OpeningHours WEEK =
            new OpeningHours(
                    Arrays.stream(DayOfWeek.values())
                            .filter(d -> d.getValue() <= 5)
                            .map(d -> new DailyHours(d, LocalTime.of(9, 0), LocalTime.of(20, 0)))
                            .toList());
    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
    private static final LocalizedText INDEPENDENCE =
            new LocalizedText("Тәуелсіздік күні", "День Независимости", "Independence Day");

    private static Optional<String> check(LocalDate date, String start, String end) {
        return check(date, start, end, 10, true, List.of());
    }

    private static Optional<String> check(
            LocalDate date,
            String start,
            String end,
            int attendees,
            boolean eligible,
            List<String> blackouts) {
        List<LocalizedText> reasons =
                blackouts.stream().map(r -> new LocalizedText(r, r, r)).toList();
        return BookingRulesCheck.firstBroken(
                        new BookingRulesCheck.Request(
                                date,
                                LocalTime.parse(start),
                                LocalTime.parse(end),
                                attendees,
                                20,
                                BookingRules.DEFAULT,
                                WEEK,
                                ASTANA,
                                Map.of(LocalDate.of(2026, 12, 16), INDEPENDENCE),
                                reasons,
                                eligible,
                                NOW))
                .map(BookingRulesCheck.Broken::key);
    }

    @Test
    void anOrdinaryRequestKeepsEveryRule() {
        assertEquals(Optional.empty(), check(TUESDAY, "14:00", "16:00"));
    }

    @Test
    void theHalfHourGrid() {
        assertEquals(Optional.of("booking.rule.grid"), check(TUESDAY, "14:15", "16:00"));
        assertEquals(Optional.empty(), check(TUESDAY, "14:30", "16:00"));
        assertEquals(Optional.of("booking.rule.order"), check(TUESDAY, "16:00", "14:00"));
    }

    @Test
    void shortestAndLongest() {
        assertEquals(Optional.empty(), check(TUESDAY, "14:00", "14:30"));
        assertEquals(Optional.empty(), check(TUESDAY, "09:00", "17:00"));
        assertEquals(Optional.of("booking.rule.tooLong"), check(TUESDAY, "09:00", "17:30"));
    }

    @Test
    void noticeOfTwoHours() {
        assertEquals(
                Optional.of("booking.rule.notice"),
                check(LocalDate.of(2026, 11, 30), "11:30", "12:30"));
        assertEquals(Optional.empty(), check(LocalDate.of(2026, 11, 30), "12:00", "13:00"));
    }

    @Test
    void horizonOfNinetyDays() {
        // 90 days after Monday 30 November 10:00 is Saturday 28 February 10:00; Friday 26 February
        // is open.
        assertEquals(Optional.empty(), check(LocalDate.of(2027, 2, 26), "10:00", "11:00"));
        assertEquals(
                Optional.of("booking.rule.horizon"),
                check(LocalDate.of(2027, 3, 1), "10:00", "11:00"));
    }

    @Test
    void openingHours() {
        assertEquals(Optional.of("booking.rule.openingHours"), check(TUESDAY, "08:30", "10:00"));
        assertEquals(Optional.of("booking.rule.openingHours"), check(TUESDAY, "19:00", "20:30"));
        assertEquals(Optional.empty(), check(TUESDAY, "19:00", "20:00"));
        BookingRulesCheck.Broken early =
                BookingRulesCheck.firstBroken(
                                new BookingRulesCheck.Request(
                                        TUESDAY,
                                        LocalTime.of(8, 0),
                                        LocalTime.of(9, 0),
                                        10,
                                        20,
                                        BookingRules.DEFAULT,
                                        WEEK,
                                        ASTANA,
                                        Map.of(),
                                        List.of(),
                                        true,
                                        NOW))
                        .orElseThrow();
        assertEquals(
                List.of("09:00", "20:00"),
                List.of(early.arguments()),
                "the refusal names the day's hours");
        assertEquals(
                Optional.of("booking.rule.closedThatDay"),
                check(LocalDate.of(2026, 12, 5), "10:00", "11:00"),
                "Saturday is closed");
    }

    @Test
    void holidaysBlackoutsCapacityEligibility() {
        assertEquals(
                Optional.of("booking.rule.holiday"),
                check(LocalDate.of(2026, 12, 16), "10:00", "11:00"));
        assertEquals(Optional.empty(), check(LocalDate.of(2026, 12, 17), "10:00", "11:00"));
        assertEquals(
                Optional.of("booking.rule.blackout"),
                check(TUESDAY, "14:00", "16:00", 10, true, List.of("Painting")));
        assertEquals(
                Optional.of("booking.rule.capacity"),
                check(TUESDAY, "14:00", "16:00", 21, true, List.of()));
        assertEquals(Optional.empty(), check(TUESDAY, "14:00", "16:00", 20, true, List.of()));
        assertEquals(
                Optional.of("booking.rule.capacity"),
                check(TUESDAY, "14:00", "16:00", 0, true, List.of()));
        assertEquals(
                Optional.of("booking.rule.eligibility"),
                check(TUESDAY, "14:00", "16:00", 10, false, List.of()));
    }
}
