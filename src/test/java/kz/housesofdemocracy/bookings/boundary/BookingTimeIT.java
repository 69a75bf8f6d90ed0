package kz.housesofdemocracy.bookings.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.bookings.control.PresenceSecret;
import kz.housesofdemocracy.closures.boundary.Holidays;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.testing.PersistenceProbe;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside WildFly, with the clock moved by hand (the sweeps take "now" as an argument; the timer
 * passes the real one): no-shows free the rest of their slot and the waitlist is offered in order,
 * offers lapse to the next in line, check-in keeps a booking, reminders go once. The days used are
 * almost three months ahead, where no other test books.
 */
@ExtendWith(ArquillianExtension.class)
class BookingTimeIT {

    @Inject private Bookings bookings;
    @Inject private Attendance attendance;
    @Inject private Waitlist waitlist;
    @Inject private Holidays holidays;
    @Inject private PersistenceProbe probe;
    @Inject private Clock clock;
    @Inject private PresenceSecret presence;

    private Caller rep;
    private long astana;
    private long almaty;

    @BeforeEach
    void setUp() {
        probe.roomyQuotas();
        rep = probe.demoRepresentative();
        astana = probe.ngoWithBin("150540001233");
        almaty = probe.ngoWithBin("180340004563");
    }

    @Test
    void aNoShowFreesItsSlotAndTheWaitlistIsOfferedInOrder() {
        long room = probe.addRooms(1, 1).get(0);
        LocalDate day = farDay(85);
        BookingView held = bookings.request(rep, form(astana, room, day, "10:00", "12:00"));
        Waitlist.EntryView first = waitlist.join(rep, form(almaty, room, day, "10:00", "12:00"));
        Waitlist.EntryView second = waitlist.join(rep, form(astana, room, day, "10:00", "12:00"));
        assertEquals(1, first.place());
        assertEquals(2, second.place());
        assertEquals(
                "waitlist.already",
                assertThrows(
                                Refusal.class,
                                () -> waitlist.join(rep, form(almaty, room, day, "10:00", "12:00")))
                        .key());
        assertEquals(
                "waitlist.slotFree",
                assertThrows(
                                Refusal.class,
                                () -> waitlist.join(rep, form(almaty, room, day, "14:00", "15:00")))
                        .key());

        Instant start = held.startsAt();
        // Other tests' past bookings may be released too (the count is the whole database's):
        // what matters is this booking's status on either side of the grace period.
        attendance.releaseNoShows(start.plus(Duration.ofMinutes(14)));
        assertEquals("CONFIRMED", probe.bookingStatus(held.id()));
        assertTrue(attendance.releaseNoShows(start.plus(Duration.ofMinutes(16))) >= 1);
        assertEquals("NO_SHOW", probe.bookingStatus(held.id()));

        // The first in line is offered the slot, and it is kept for them.
        assertEquals("OFFERED", statusOf(first.id()));
        assertEquals("WAITING", statusOf(second.id()));
        Refusal kept =
                assertThrows(
                        Refusal.class,
                        () -> bookings.request(rep, form(astana, room, day, "10:30", "11:30")));
        assertEquals("refusal.booking.offeredToWaitlist", kept.key());

        // Two hours later the offer lapses and passes to the next in line, who takes it.
        Instant later = clock.instant().plus(Duration.ofHours(2)).plusSeconds(60);
        assertTrue(waitlist.expireOffers(later) >= 1);
        assertEquals("EXPIRED", statusOf(first.id()));
        assertEquals("OFFERED", statusOf(second.id()));
        BookingView taken = waitlist.accept(rep, second.id());
        assertEquals("CONFIRMED", taken.status().name());
        assertEquals(astana, taken.ngoId());
        assertEquals("BOOKED", statusOf(second.id()));
    }

    @Test
    void aCheckedInBookingIsNoNoShowAndCheckInHasAWindow() {
        var rooms = probe.addRooms(1, 2);
        long room = rooms.get(0);
        LocalDate day = farDay(86);
        BookingView arriving = bookings.request(rep, form(astana, room, day, "10:00", "11:00"));
        BookingView absent =
                bookings.request(rep, form(astana, rooms.get(1), day, "10:00", "11:00"));
        String code = presence.codes().current(room, clock.instant());
        Refusal early =
                assertThrows(Refusal.class, () -> attendance.checkIn(rep, arriving.id(), code));
        assertEquals("checkin.window", early.key());

        // Both move to "started five minutes ago"; one is checked in at the room.
        Instant now = clock.instant();
        probe.shiftBooking(
                arriving.id(),
                Duration.between(arriving.startsAt(), now.minus(Duration.ofMinutes(5))));
        probe.shiftBooking(
                absent.id(), Duration.between(absent.startsAt(), now.minus(Duration.ofMinutes(6))));
        assertEquals(1, attendance.currentAt(rep, room).size());
        BookingView checkedIn =
                attendance.checkIn(
                        rep, arriving.id(), presence.codes().current(room, clock.instant()));
        assertTrue(checkedIn.checkedInAt() != null);

        assertTrue(attendance.releaseNoShows(now.plus(Duration.ofMinutes(11))) >= 1);
        assertEquals("CONFIRMED", probe.bookingStatus(arriving.id()));
        assertEquals("NO_SHOW", probe.bookingStatus(absent.id()));
        assertTrue(attendance.noShowPercent(astana) > 0);
    }

    @Test
    void aReminderGoesOnceADayAhead() {
        long room = probe.addRooms(1, 1).get(0);
        LocalDate day = farDay(87);
        BookingView booking = bookings.request(rep, form(astana, room, day, "15:00", "16:00"));
        Instant dayBefore = booking.startsAt().minus(Duration.ofHours(23));
        assertEquals(0, attendance.sendReminders(booking.startsAt().minus(Duration.ofHours(25))));
        assertTrue(attendance.sendReminders(dayBefore) >= 1);
        assertEquals(0, attendance.sendReminders(dayBefore.plusSeconds(60)), "once");
    }

    // --- helpers

    private String statusOf(long entryId) {
        return waitlist.mine(rep).stream()
                .filter(e -> e.id() == entryId)
                .map(Waitlist.EntryView::status)
                .findFirst()
                .orElseGet(() -> probe.waitlistStatus(entryId));
    }

    /** A working day about n days ahead (inside the 90-day horizon). */
    private LocalDate farDay(int n) {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Almaty")).plusDays(n);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY
                || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || !holidays.daysOff(day, day).isEmpty()) {
            day = day.minusDays(1);
        }
        return day;
    }

    private static BookingForm form(long ngo, long room, LocalDate day, String start, String end) {
        BookingForm form = new BookingForm();
        form.setNgoId(ngo);
        form.setRoomId(room);
        form.setDate(day);
        form.setStart(start);
        form.setEnd(end);
        form.setPurpose("Time test");
        form.setAttendees(3);
        return form;
    }
}
