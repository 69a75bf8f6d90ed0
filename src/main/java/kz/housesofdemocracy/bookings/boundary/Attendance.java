package kz.housesofdemocracy.bookings.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.audit.control.AuditTrail;
import kz.housesofdemocracy.audit.control.AuditTrail.Subject;
import kz.housesofdemocracy.bookings.control.BookingLetters;
import kz.housesofdemocracy.bookings.control.BookingQueries;
import kz.housesofdemocracy.bookings.control.ICalendar;
import kz.housesofdemocracy.bookings.control.PresenceCodes;
import kz.housesofdemocracy.bookings.control.PresenceSecret;
import kz.housesofdemocracy.bookings.entity.Booking;
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Room;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who came: check-in by the House's managers from the day's list (staff confirmation) or by the
 * NGO's representatives at the room with the code its front desk shows now (the printed QR code
 * opens the check-in page, which asks for it); so every check-in is proven by a code or by staff. A
 * confirmed booking nobody checked in 15 minutes after its start becomes a no-show and frees the
 * rest of its slot; reminders the day before. The sweeps run every minute inside the server ({@code
 * Sweeper}), never from cron.
 */
@Stateless
public class Attendance {

    /** How long before the start the reminder goes out. */
    public static final Duration REMINDER = Duration.ofHours(24);

    @PersistenceContext private EntityManager em;
    @Inject private Bookings bookings;
    @Inject private Clock clock;
    @Inject private AuditTrail audit;
    @Inject private BookingQueries queries;
    @Inject private BookingLetters letters;
    @Inject private Event<Bookings.SlotFreed> freed;
    @Inject private PresenceSecret presence;

    /** A booking in a House's day list, with its NGO's no-show rate for staff. */
    @Schema(description = "A booking in a House's day list.")
    public record DayEntry(
            BookingView booking,
            @Schema(description = "When someone checked in (UTC); absent until then.")
                    Instant checkedInAt,
            @Schema(
                            description =
                                    "The share of the NGO's confirmed bookings of the last year that ended as no-shows, in whole per cent.",
                            minimum = "0",
                            maximum = "100")
                    int noShowPercent)
            implements java.io.Serializable {
        public boolean checkedIn() {
            return checkedInAt != null;
        }
    }

    /** A House's bookings of a day (confirmed, checked in or no-show), for its staff. */
    public List<DayEntry> day(Caller caller, long houseId, LocalDate date) {
        House house = em.find(House.class, houseId);
        if (house == null) {
            throw Refusal.notFound("problem.house.notFound", houseId);
        }
        AccessPolicy.require(
                caller, Action.VIEW_HOUSE_BOOKINGS, Scope.house(house.id(), house.region().code()));
        ZoneId zone = house.timeZone();
        Period day =
                Period.of(
                        date.atStartOfDay(zone).toInstant(),
                        date.plusDays(1).atStartOfDay(zone).toInstant());
        Map<Long, Integer> rates = new HashMap<>();
        return queries.dayList(house, day).stream()
                .map(
                        b ->
                                new DayEntry(
                                        BookingView.of(b),
                                        b.checkedInAt(),
                                        rates.computeIfAbsent(b.ngo().id(), this::noShowPercent)))
                .toList();
    }

    /**
     * The share of an NGO's confirmed bookings of the last year that ended as no-shows, in whole
     * per cent.
     */
    public int noShowPercent(long ngoId) {
        return queries.noShowPercent(ngoId, clock.instant());
    }

    /**
     * Checks a booking in without a code: a House's manager confirming that its NGO came, any time
     * from 30 minutes before its start to its end. Its NGO's representatives need the room's code
     * ({@link #checkIn(Caller, long, String)}).
     */
    public BookingView checkIn(Caller caller, long bookingId) {
        return checkIn(caller, bookingId, null);
    }

    /**
     * Checks a booking in: with the room's current presence code, by its NGO's representatives from
     * 30 minutes before its start until the no-show deadline; without one, by the House's managers
     * (staff confirmation) from 30 minutes before its start to its end. A missing, wrong, expired
     * or other room's code is refused and changes nothing.
     */
    public BookingView checkIn(Caller caller, long bookingId, String code) {
        Booking booking = bookings.booking(bookingId);
        House house = booking.room().house();
        Scope scope = Scope.house(house.id(), house.region().code());
        boolean representative = caller != null && caller.represents(booking.ngo().id());
        if (!representative) {
            AccessPolicy.require(caller, Action.MANAGE_HOUSE, scope);
        }
        boolean staff = AccessPolicy.may(caller, Action.MANAGE_HOUSE, scope);
        boolean byCode = !staff || (code != null && !code.isBlank());
        if (byCode) {
            requirePresence(booking.room().id(), code);
        }
        booking.checkIn(
                em.getReference(Account.class, caller.accountId()), byCode, clock.instant());
        audit.record(
                caller,
                "booking.checkedIn",
                Subject.of("booking", booking.id(), house.region().code()),
                byCode ? "code" : "staff");
        return BookingView.of(booking);
    }

    /**
     * Checks in the caller's NGO's booking of a room that is on now, with the code the House's
     * front desk shows for the room now.
     */
    public BookingView checkInAtRoom(Caller caller, long roomId, String code) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        Room room = room(roomId);
        requirePresence(room.id(), code);
        List<Booking> now = currentAt(caller, room);
        if (now.isEmpty()) {
            throw Refusal.conflict("nothing-now", "checkin.nothingNow");
        }
        return checkIn(caller, now.get(0).id(), code);
    }

    /** Refuses (422, field {@code code}) unless the code is the room's current or previous one. */
    private void requirePresence(long roomId, String code) {
        if (code == null || code.isBlank()) {
            throw Refusal.invalid("code", "checkin.code.missing");
        }
        if (PresenceCodes.normalized(code) == null
                || !presence.codes().accepts(roomId, code, clock.instant())) {
            throw Refusal.invalid("code", "checkin.code.wrong");
        }
    }

    /** The caller's NGOs' confirmed bookings of a room whose check-in window is open now. */
    public List<BookingView> currentAt(Caller caller, long roomId) {
        return currentAt(caller, room(roomId)).stream().map(BookingView::of).toList();
    }

    private List<Booking> currentAt(Caller caller, Room room) {
        if (caller == null || caller.ngos().isEmpty()) {
            return List.of();
        }
        return queries.checkInOpen(room, caller.ngos(), clock.instant());
    }

    private Room room(long roomId) {
        Room room = em.find(Room.class, roomId);
        if (room == null) {
            throw Refusal.notFound("refusal.room.notFound", roomId);
        }
        return room;
    }

    /**
     * Confirmed bookings not checked in 15 minutes after their start become no-shows; what is left
     * of each slot is free again (and offered to its waitlist). Returns how many.
     */
    public int releaseNoShows(Instant now) {
        List<Booking> missed = queries.missed(now);
        for (Booking b : missed) {
            b.noShow(now);
            audit.record(
                    null,
                    null,
                    "booking.noShow",
                    Subject.of("booking", b.id(), b.room().house().region().code()),
                    null);
            if (b.endsAt().isAfter(now)) {
                freed.fire(new Bookings.SlotFreed(b.room().id(), Period.of(now, b.endsAt())));
            }
            letters.tell(b, "mail.booking.noShow", ICalendar.Method.CANCEL, "");
        }
        return missed.size();
    }

    /**
     * Sends the reminder of every confirmed booking that starts within 24 hours, once; bookings
     * made less than a day ahead got their confirmation just now and no reminder.
     */
    public int sendReminders(Instant now) {
        int sent = 0;
        for (Booking b : queries.dueReminders(now, REMINDER)) {
            b.reminded(now);
            if (b.startsAt().minus(REMINDER).isBefore(b.createdAt())) {
                continue;
            }
            letters.remind(b);
            sent++;
        }
        return sent;
    }
}
