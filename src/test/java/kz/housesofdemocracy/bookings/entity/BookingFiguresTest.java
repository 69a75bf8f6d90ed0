package kz.housesofdemocracy.bookings.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.housesofdemocracy.platform.Money;
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.Capacity;
import kz.housesofdemocracy.premises.entity.Room;
import kz.housesofdemocracy.premises.entity.RoomKind;
import org.junit.jupiter.api.Test;

/** What a change of a booking adds to the kept figures: the difference of two counted states. */
class BookingFiguresTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);

    private static BookingFigures counted(
            LocalDate month, long minutes, long used, long noShows, long market, long subsidy) {
        return new BookingFigures(
                month,
                minutes,
                used,
                1,
                noShows,
                BigDecimal.valueOf(market),
                BigDecimal.valueOf(subsidy),
                BigDecimal.valueOf(market - subsidy));
    }

    private static Booking booking(Instant start, boolean needsApproval) {
        Room room =
                new Room(
                        null,
                        RoomKind.MEETING_ROOM,
                        new LocalizedText("Зал", "Зал", "Hall"),
                        new Capacity(20),
                        Money.tenge(1000),
                        true,
                        needsApproval);
        Booking.Price price =
                new Booking.Price(
                        Money.tenge(2000),
                        new BigDecimal("0.5"),
                        Money.tenge(1000),
                        Money.tenge(1000));
        return new Booking(
                room,
                null,
                null,
                Period.of(start, start.plus(Duration.ofHours(2))),
                "Meeting",
                10,
                price,
                needsApproval,
                start.minus(Duration.ofDays(1)));
    }

    @Test
    void aNewConfirmedBookingAddsItselfToItsMonth() {
        BookingFigures now = counted(MARCH, 120, 0, 0, 2000, 1000);
        assertEquals(List.of(now), BookingFigures.changes(null, now));
    }

    @Test
    void aCancellationTakesAllOfItAway() {
        BookingFigures before = counted(MARCH, 120, 0, 0, 2000, 1000);
        assertEquals(List.of(before.negated()), BookingFigures.changes(before, null));
        assertEquals(-120, before.negated().bookedMinutes());
        assertEquals(-1, before.negated().heldBookings());
        assertEquals(new BigDecimal("-1000"), before.negated().charged());
    }

    @Test
    void aCheckInAddsOnlyTheUsedMinutesAndLeavesTheNgoFiguresAlone() {
        BookingFigures before = counted(MARCH, 120, 0, 0, 2000, 1000);
        BookingFigures after = counted(MARCH, 120, 120, 0, 2000, 1000);
        List<BookingFigures> changes = BookingFigures.changes(before, after);
        assertEquals(1, changes.size());
        BookingFigures change = changes.get(0);
        assertEquals(MARCH, change.month());
        assertEquals(120, change.usedMinutes());
        assertEquals(0, change.bookedMinutes());
        assertEquals(0, change.heldBookings());
        assertTrue(!change.movesNgoFigures());
    }

    @Test
    void aNoShowAddsOneNoShowAndNothingElse() {
        BookingFigures before = counted(MARCH, 120, 0, 0, 2000, 1000);
        BookingFigures after = counted(MARCH, 120, 0, 1, 2000, 1000);
        BookingFigures change = BookingFigures.changes(before, after).get(0);
        assertEquals(1, change.noShows());
        assertEquals(0, change.usedMinutes());
        assertTrue(!change.movesNgoFigures());
    }

    @Test
    void aMoveWithinTheMonthAddsTheDifferenceOfMinutesAndMoney() {
        BookingFigures before = counted(MARCH, 120, 0, 0, 2000, 1000);
        BookingFigures after = counted(MARCH, 60, 0, 0, 1000, 500);
        BookingFigures change = BookingFigures.changes(before, after).get(0);
        assertEquals(-60, change.bookedMinutes());
        assertEquals(0, change.heldBookings());
        assertEquals(new BigDecimal("-1000"), change.marketValue());
        assertEquals(new BigDecimal("-500"), change.subsidy());
        assertTrue(change.movesNgoFigures());
    }

    @Test
    void aMoveToAnotherMonthTakesFromTheOldAndAddsToTheNew() {
        BookingFigures before = counted(MARCH, 120, 0, 0, 2000, 1000);
        BookingFigures after = counted(APRIL, 120, 0, 0, 2000, 1000);
        assertEquals(List.of(before.negated(), after), BookingFigures.changes(before, after));
    }

    @Test
    void nothingCountedOrNothingChangedAddsNothing() {
        BookingFigures same = counted(MARCH, 120, 0, 0, 2000, 1000);
        assertEquals(List.of(), BookingFigures.changes(null, null));
        assertEquals(List.of(), BookingFigures.changes(same, same));
    }

    @Test
    void onlyConfirmedBookingsAndNoShowsCountInTheMonthTheyStartInKazakhstan() {
        // 29 February 2024, 23:30 in Almaty: already UTC+5 from 1 March 2024 on, still UTC+6 here.
        Booking pending = booking(Instant.parse("2024-02-29T17:30:00Z"), true);
        assertNull(pending.figures());
        pending.confirm(null, true, Instant.parse("2024-02-01T00:00:00Z"));
        BookingFigures figures = pending.figures();
        assertEquals(LocalDate.of(2024, 2, 1), figures.month());
        assertEquals(120, figures.bookedMinutes());
        assertEquals(1, figures.heldBookings());
        assertEquals(new BigDecimal("2000.00"), figures.marketValue());
        // 31 January 2025, 19:10 UTC is 1 February 00:10 in Almaty (UTC+5).
        Booking late = booking(Instant.parse("2025-01-31T19:10:00Z"), false);
        assertEquals(LocalDate.of(2025, 2, 1), late.figures().month());
        late.noShow(Instant.parse("2025-01-31T19:30:00Z"));
        assertEquals(1, late.figures().noShows());
        Booking cancelled = booking(Instant.parse("2025-01-31T19:10:00Z"), false);
        cancelled.cancelByStaff(null, "Water", Instant.parse("2025-01-30T00:00:00Z"));
        assertNull(cancelled.figures());
    }

    @Test
    void aBookingRecountsWhatChangedSinceItWasLastCounted() {
        Booking booking = booking(Instant.parse("2026-03-02T05:00:00Z"), false);
        List<BookingFigures> created = booking.recount(false);
        assertEquals(1, created.size());
        assertEquals(120, created.get(0).bookedMinutes());
        assertEquals(List.of(), booking.recount(false));
        booking.cancelByStaff(null, "Water", Instant.parse("2026-03-01T00:00:00Z"));
        assertEquals(List.of(created.get(0).negated()), booking.recount(false));
    }
}
