package kz.housesofdemocracy.bookings.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.audit.control.AuditTrail;
import kz.housesofdemocracy.audit.control.AuditTrail.Subject;
import kz.housesofdemocracy.bookings.control.AlternativeSlots;
import kz.housesofdemocracy.bookings.control.BookingDesk;
import kz.housesofdemocracy.bookings.control.BookingLetters;
import kz.housesofdemocracy.bookings.control.BookingQueries;
import kz.housesofdemocracy.bookings.entity.Alternative;
import kz.housesofdemocracy.bookings.entity.Booking;
import kz.housesofdemocracy.closures.boundary.Holidays;
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.Room;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * When an event takes a room, the bookings in its way are cancelled by the system, never silently:
 * each NGO is told why, in its representatives' languages, and offered the three nearest free slots
 * in the same House with enough seats, each taken with one click.
 */
@Stateless
public class Displacements {

    /** How many alternatives each displaced booking is offered. */
    @PersistenceContext private EntityManager em;

    @Inject private Bookings bookings;
    @Inject private Holidays holidays;
    @Inject private Clock clock;
    @Inject private AuditTrail audit;
    @Inject private BookingQueries queries;
    @Inject private BookingLetters letters;
    @Inject private AlternativeSlots slots;

    /** An alternative as the displaced NGO sees it. */
    @Schema(description = "A free slot offered instead of a booking an event displaced.")
    public record AlternativeView(
            long id,
            @Schema(description = "The cancelled booking this replaces.") long displacedBookingId,
            long roomId,
            LocalizedText roomName,
            @Schema(description = "The day (ISO 8601), in the House's local time.") LocalDate date,
            @Schema(
                            description = "Start, HH:mm:ss in the House's local time.",
                            type = SchemaType.STRING,
                            format = "time",
                            example = "14:00:00")
                    LocalTime start,
            @Schema(
                            description = "End, HH:mm:ss in the House's local time.",
                            type = SchemaType.STRING,
                            format = "time",
                            example = "16:00:00")
                    LocalTime end,
            @Schema(
                            description =
                                    "true once the NGO has taken it (or another of this booking's alternatives).")
                    boolean taken)
            implements java.io.Serializable {}

    /** The holding bookings an event would displace from a room, for the organiser to see. */
    public List<BookingView> inTheWay(long roomId, Instant from, Instant to) {
        Room room = em.find(Room.class, roomId);
        if (room == null) {
            throw Refusal.notFound("refusal.room.notFound", roomId);
        }
        return queries.holding(room, Period.of(from, to)).stream().map(BookingView::of).toList();
    }

    /**
     * Cancels the bookings of a room that overlap an event's hold, offers each its alternatives
     * (never in a room the event holds) and tells its NGO. The room's row is locked first, as for a
     * booking. Returns how many were displaced.
     */
    public int displace(
            long roomId,
            Instant from,
            Instant to,
            LocalizedText eventTitle,
            String cause,
            String mailKey,
            Set<Long> heldRooms) {
        Room room = em.find(Room.class, roomId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        AlternativeSlots.Held held = new AlternativeSlots.Held(heldRooms, Period.of(from, to));
        List<Booking> inTheWay = queries.holding(room, held.period());
        for (Booking booking : inTheWay) {
            booking.displace("✦ " + allLanguages(eventTitle), now);
            audit.record(
                    null,
                    null,
                    "booking.displaced",
                    Subject.of("booking", booking.id(), room.house().region().code()),
                    cause);
        }
        em.flush();
        for (Booking booking : inTheWay) {
            List<Alternative> offered = new ArrayList<>();
            for (AlternativeSlots.Slot slot :
                    slots.nearestFree(booking, held, holidays::daysOff, now)) {
                Alternative alternative = new Alternative(booking, slot.room(), slot.period());
                em.persist(alternative);
                offered.add(alternative);
            }
            letters.displaced(booking, eventTitle, offered, mailKey);
        }
        return inTheWay.size();
    }

    /** The alternatives offered to the caller's NGOs' displaced bookings that are still ahead. */
    public List<AlternativeView> mine(Caller caller) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        if (caller.ngos().isEmpty()) {
            return List.of();
        }
        return queries.alternativesOf(caller.ngos(), clock.instant()).stream()
                .map(Displacements::view)
                .toList();
    }

    /** Takes an offered alternative: an ordinary booking, every rule checked again. */
    public BookingView take(Caller caller, long alternativeId) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        Alternative alternative = em.find(Alternative.class, alternativeId);
        if (alternative == null || !caller.represents(alternative.displaced().ngo().id())) {
            throw Refusal.notFound("alternative.notFound", Long.toString(alternativeId));
        }
        alternative.requireOpen();
        Booking displaced = alternative.displaced();
        BookingDesk desk = bookings.desk(caller, displaced.ngo().id(), alternative.room().id());
        desk.obstacle(alternative.period(), displaced.attendees())
                .ifPresent(
                        refusal -> {
                            throw refusal;
                        });
        Booking booking =
                desk.book(alternative.period(), displaced.purpose(), displaced.attendees());
        alternative.takenAs(booking);
        letters.made(booking);
        return BookingView.of(booking);
    }

    /** The reason kept on the booking is read in any language: the title in each, once. */
    private static String allLanguages(LocalizedText title) {
        return Stream.of(Language.values())
                .map(l -> title.in(l.locale()))
                .distinct()
                .collect(Collectors.joining(" / "));
    }

    private static AlternativeView view(Alternative a) {
        ZoneId zone = a.room().house().timeZone();
        return new AlternativeView(
                a.id(),
                a.displaced().id(),
                a.room().id(),
                a.room().name(),
                a.startsAt().atZone(zone).toLocalDate(),
                a.startsAt().atZone(zone).toLocalTime(),
                a.endsAt().atZone(zone).toLocalTime(),
                a.taken() != null);
    }
}
