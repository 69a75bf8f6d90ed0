package kz.housesofdemocracy.bookings.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import kz.housesofdemocracy.platform.Money;
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.Capacity;
import kz.housesofdemocracy.premises.entity.Room;
import kz.housesofdemocracy.premises.entity.RoomKind;
import org.junit.jupiter.api.Test;

/** The rules a booking keeps itself, each refused with the message its user reads. */
class BookingTest {

    private static final Instant START = Instant.parse("2026-03-02T05:00:00Z");
    private static final Period TWO_HOURS = Period.of(START, START.plus(Duration.ofHours(2)));

    private static Booking booking(boolean hall) {
        Room room =
                new Room(
                        null,
                        hall ? RoomKind.HALL : RoomKind.MEETING_ROOM,
                        new LocalizedText("Зал", "Зал", "Hall"),
                        new Capacity(20),
                        Money.tenge(1000),
                        true,
                        hall);
        Booking.Price price =
                new Booking.Price(Money.tenge(2000), BigDecimal.ONE, Money.tenge(2000), Money.ZERO);
        return new Booking(
                room, null, null, TWO_HOURS, "Meeting", 10, price, hall, START.minusSeconds(86400));
    }

    private static String refused(Runnable action) {
        return assertThrows(Refusal.class, action::run).key();
    }

    @Test
    void aBookingIsDecidedOnce() {
        Booking b = booking(true);
        b.confirm(null, true, START.minusSeconds(3600));
        assertEquals("refusal.booking.decided", refused(() -> b.confirm(null, true, START)));
        assertEquals("refusal.booking.decided", refused(() -> b.reject(null, "late", START)));
    }

    @Test
    void onlyAnEligibleNgoIsConfirmed() {
        Booking b = booking(true);
        assertEquals("booking.rule.eligibility", refused(() -> b.confirm(null, false, START)));
        assertEquals(BookingStatus.PENDING, b.status());
    }

    @Test
    void aRejectionNeedsAReason() {
        Booking b = booking(true);
        assertEquals("refusal.invalid", refused(() -> b.reject(null, " ", START)));
    }

    @Test
    void representativesCancelUntilTheStartStaffAtAnyTime() {
        Booking b = booking(false);
        assertEquals(
                "refusal.booking.started",
                refused(() -> b.cancelByRepresentative(null, "", START)));
        assertEquals("refusal.invalid", refused(() -> b.cancelByStaff(null, "", START)));
        b.cancelByStaff(null, "Water", START);
        assertEquals(BookingStatus.CANCELLED, b.status());
        assertEquals(
                "refusal.booking.notCancellable",
                refused(() -> b.cancelByStaff(null, "Again", START)));
    }

    @Test
    void checkInOpensHalfAnHourBeforeAndClosesForRepresentativesAfterTheGrace() {
        Booking b = booking(false);
        assertEquals(
                "checkin.window",
                refused(() -> b.checkIn(null, true, START.minus(Duration.ofMinutes(31)))));
        assertEquals(
                "checkin.window",
                refused(() -> b.checkIn(null, true, START.plus(Duration.ofMinutes(15)))));
        b.checkIn(null, false, START.plus(Duration.ofMinutes(90)));
        assertEquals(START.plus(Duration.ofMinutes(90)), b.checkedInAt());
    }

    @Test
    void aMovedHallGoesBackToWaitingForApproval() {
        Booking b = booking(true);
        b.confirm(null, true, START.minusSeconds(3600));
        Booking.Price price =
                new Booking.Price(Money.tenge(1000), BigDecimal.ONE, Money.tenge(1000), Money.ZERO);
        b.reschedule(TWO_HOURS, "Meeting", 12, price);
        assertEquals(BookingStatus.CONFIRMED, b.status());
        b.reschedule(Period.of(START, START.plus(Duration.ofHours(1))), "Meeting", 12, price);
        assertEquals(BookingStatus.PENDING, b.status());
        assertEquals(60, b.period().minutes());
    }
}
