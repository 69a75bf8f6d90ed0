package kz.housesofdemocracy.bookings.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.audit.control.AuditTrail;
import kz.housesofdemocracy.audit.control.AuditTrail.Subject;
import kz.housesofdemocracy.bookings.control.ICalendar;
import kz.housesofdemocracy.bookings.entity.Alternative;
import kz.housesofdemocracy.bookings.entity.Booking;
import kz.housesofdemocracy.bookings.entity.BookingStatus;
import kz.housesofdemocracy.closures.boundary.Holidays;
import kz.housesofdemocracy.closures.entity.Blackout;
import kz.housesofdemocracy.ngos.entity.NgoRepresentative;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.platform.mail.OutgoingMail;
import kz.housesofdemocracy.platform.web.PublicAddress;
import kz.housesofdemocracy.premises.entity.DailyHours;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Room;

/**
 * When an event takes a room, the bookings in its way are cancelled by the system, never silently:
 * each NGO is told why, in its representatives' languages, and offered the three nearest free slots
 * in the same House with enough seats, each taken with one click.
 */
@Stateless
public class Displacements {

    /** How many alternatives each displaced booking is offered. */
    public static final int OFFERED = 3;

    private static final int DAYS_AROUND = 14;
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    @PersistenceContext private EntityManager em;
    @Inject private Bookings bookings;
    @Inject private Holidays holidays;
    @Inject private Clock clock;
    @Inject private AuditTrail audit;
    @Inject private Event<OutgoingMail> mail;
    @Inject private PublicAddress address;

    /** An alternative as the displaced NGO sees it. */
    public record AlternativeView(
            long id,
            long displacedBookingId,
            long roomId,
            LocalizedText roomName,
            LocalDate date,
            LocalTime start,
            LocalTime end,
            boolean taken)
            implements java.io.Serializable {}

    /** The holding bookings an event would displace from a room, for the organiser to see. */
    public List<BookingView> inTheWay(long roomId, Instant from, Instant to) {
        Room room = em.find(Room.class, roomId);
        if (room == null) {
            throw Refusal.notFound("refusal.room.notFound", roomId);
        }
        return overlapping(room, from, to).stream().map(BookingView::of).toList();
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
        List<Booking> inTheWay = overlapping(room, from, to);
        for (Booking booking : inTheWay) {
            String reason = "✦ " + allLanguages(eventTitle);
            // The booking keeps 500 characters of reason; three long titles are cut, not refused.
            booking.cancel(
                    null, reason.length() > 500 ? reason.substring(0, 499) + "…" : reason, now);
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
            for (Slot slot : nearestFree(booking, heldRooms, from, to, now)) {
                Alternative alternative =
                        new Alternative(booking, slot.room(), slot.start(), slot.end());
                em.persist(alternative);
                offered.add(alternative);
            }
            tell(booking, eventTitle, offered, mailKey);
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
        return em
                .createQuery(
                        "SELECT a FROM Alternative a JOIN FETCH a.room r JOIN FETCH r.house JOIN FETCH a.displaced d WHERE d.ngo.id IN :ngos AND a.startsAt > :now ORDER BY d.id, a.startsAt",
                        Alternative.class)
                .setParameter("ngos", caller.ngos())
                .setParameter("now", clock.instant())
                .getResultList()
                .stream()
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
        if (alternative.taken() != null) {
            throw Refusal.conflict("alternative-taken", "alternative.taken");
        }
        Booking displaced = alternative.displaced();
        Bookings.Desk desk = bookings.desk(caller, displaced.ngo().id(), alternative.room().id());
        LocalDate day = alternative.startsAt().atZone(desk.zone).toLocalDate();
        LocalTime start = alternative.startsAt().atZone(desk.zone).toLocalTime();
        LocalTime end = alternative.endsAt().atZone(desk.zone).toLocalTime();
        Optional<Refusal> obstacle = desk.obstacle(day, start, end, displaced.attendees(), null);
        if (obstacle.isPresent()) {
            throw obstacle.get();
        }
        Booking booking =
                desk.book(day, start, end, displaced.purpose(), displaced.attendees(), null);
        alternative.takenAs(booking);
        bookings.tell(
                booking,
                booking.status() == BookingStatus.PENDING
                        ? "mail.booking.pending"
                        : "mail.booking.confirmed",
                ICalendar.Method.REQUEST,
                null);
        return BookingView.of(booking);
    }

    // --- finding free slots

    private record Slot(Room room, Instant start, Instant end, long distance) {}

    /**
     * The nearest free slots of the same length in the House's rooms that seat the booking: same
     * day first (nearest start first), then the days after and before, up to two weeks away, never
     * in the past or inside the minimum notice. One query per day looked at.
     */
    private List<Slot> nearestFree(
            Booking booking, Set<Long> heldRooms, Instant heldFrom, Instant heldTo, Instant now) {
        House house = booking.room().house();
        ZoneId zone = house.timeZone();
        Duration length = Duration.between(booking.startsAt(), booking.endsAt());
        LocalDate day0 = booking.startsAt().atZone(zone).toLocalDate();
        List<Room> rooms =
                house.rooms().stream()
                        .filter(Room::isActive)
                        .filter(r -> r.capacity().people() >= booking.attendees())
                        .sorted(
                                Comparator.comparing(
                                                (Room r) -> !r.id().equals(booking.room().id()))
                                        .thenComparing(r -> r.capacity().people()))
                        .toList();
        List<Slot> found = new ArrayList<>();
        for (int offset = 0; offset <= DAYS_AROUND && found.size() < OFFERED; offset++) {
            for (LocalDate day :
                    offset == 0
                            ? List.of(day0)
                            : List.of(day0.plusDays(offset), day0.minusDays(offset))) {
                if (found.size() >= OFFERED) {
                    break;
                }
                Optional<DailyHours> hours = house.openingHours().on(day.getDayOfWeek());
                if (hours.isEmpty() || !holidays.daysOff(day, day).isEmpty()) {
                    continue;
                }
                Instant dayStart = day.atStartOfDay(zone).toInstant();
                Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
                List<Booking> taken =
                        em.createNamedQuery(Booking.IN_HOUSE, Booking.class)
                                .setParameter("house", house)
                                .setParameter("holding", BookingStatus.HOLDING)
                                .setParameter("start", dayStart)
                                .setParameter("end", dayEnd)
                                .getResultList();
                List<Blackout> closed =
                        em.createNamedQuery(Blackout.IN_HOUSE, Blackout.class)
                                .setParameter("house", house)
                                .setParameter("start", dayStart)
                                .setParameter("end", dayEnd)
                                .getResultList();
                List<Slot> candidates = new ArrayList<>();
                LocalTime wanted = booking.startsAt().atZone(zone).toLocalTime();
                for (LocalTime t = hours.get().opens();
                        !t.plus(length).isAfter(hours.get().closes());
                        t = t.plusMinutes(30)) {
                    Instant start = day.atTime(t).atZone(zone).toInstant();
                    Instant end = start.plus(length);
                    if (start.isBefore(now.plus(Duration.ofHours(2)))) {
                        continue;
                    }
                    for (Room room : rooms) {
                        boolean held =
                                heldRooms.contains(room.id())
                                        && start.isBefore(heldTo)
                                        && end.isAfter(heldFrom);
                        boolean busy =
                                taken.stream()
                                        .anyMatch(
                                                b ->
                                                        b.room().id().equals(room.id())
                                                                && b.startsAt().isBefore(end)
                                                                && b.endsAt().isAfter(start));
                        boolean blacked =
                                closed.stream().anyMatch(b -> b.blocks(room.id(), start, end));
                        if (!held && !busy && !blacked) {
                            long distance =
                                    Math.abs(Duration.between(wanted, t).toMinutes())
                                            + (room.id().equals(booking.room().id()) ? 0 : 1);
                            candidates.add(new Slot(room, start, end, distance));
                        }
                    }
                    if (t.equals(LocalTime.of(23, 30))) {
                        break;
                    }
                }
                candidates.sort(Comparator.comparingLong(Slot::distance));
                for (Slot s : candidates) {
                    if (found.size() < OFFERED) {
                        found.add(s);
                    }
                }
            }
        }
        return found;
    }

    private List<Booking> overlapping(Room room, Instant from, Instant to) {
        return em.createNamedQuery(Booking.OVERLAPPING, Booking.class)
                .setParameter("room", room)
                .setParameter("holding", BookingStatus.HOLDING)
                .setParameter("start", from)
                .setParameter("end", to)
                .getResultList();
    }

    // --- telling

    private void tell(
            Booking booking, LocalizedText eventTitle, List<Alternative> offered, String key) {
        House house = booking.room().house();
        ZoneId zone = house.timeZone();
        String when = when(booking.startsAt(), booking.endsAt(), zone);
        for (NgoRepresentative rep :
                em.createQuery(
                                "SELECT r FROM NgoRepresentative r JOIN FETCH r.account WHERE r.ngo = :ngo",
                                NgoRepresentative.class)
                        .setParameter("ngo", booking.ngo())
                        .getResultList()) {
            Account to = rep.account();
            var locale = to.language().locale();
            StringBuilder list = new StringBuilder();
            for (Alternative a : offered) {
                list.append("• ")
                        .append(a.room().name().in(locale))
                        .append(", ")
                        .append(when(a.startsAt(), a.endsAt(), zone))
                        .append('\n');
            }
            if (offered.isEmpty()) {
                list.append(Messages.get(locale, "alternative.none")).append('\n');
            }
            String ics =
                    ICalendar.of(
                            ICalendar.Method.CANCEL,
                            Bookings.event(booking, locale),
                            clock.instant());
            mail.fire(
                    new OutgoingMail(
                            to.email(),
                            Messages.get(
                                    locale,
                                    key + ".subject",
                                    booking.room().name().in(locale),
                                    when),
                            Messages.get(
                                    locale,
                                    key + ".body",
                                    to.displayName(),
                                    booking.room().name().in(locale),
                                    house.name().in(locale),
                                    when,
                                    eventTitle.in(locale),
                                    list.toString(),
                                    address.link("/ngo/bookings.xhtml")),
                            clock.instant(),
                            new OutgoingMail.Attachment(
                                    "booking.ics", "text/calendar; method=CANCEL", ics)));
        }
    }

    /** The reason kept on the booking is read in any language: the title in each, once. */
    private static String allLanguages(LocalizedText title) {
        return java.util.stream.Stream.of(kz.housesofdemocracy.platform.i18n.Language.values())
                .map(l -> title.in(l.locale()))
                .distinct()
                .collect(java.util.stream.Collectors.joining(" / "));
    }

    private static String when(Instant start, Instant end, ZoneId zone) {
        return start.atZone(zone).toLocalDate()
                + " "
                + HOURS.format(start.atZone(zone))
                + "–"
                + HOURS.format(end.atZone(zone));
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
