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
import java.time.format.DateTimeFormatter;
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
import kz.housesofdemocracy.bookings.control.ICalendar;
import kz.housesofdemocracy.bookings.entity.Booking;
import kz.housesofdemocracy.bookings.entity.BookingStatus;
import kz.housesofdemocracy.ngos.entity.NgoRepresentative;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.platform.mail.OutgoingMail;
import kz.housesofdemocracy.platform.web.PublicAddress;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Room;

/**
 * Who came: check-in by the House's managers from the day's list or by the NGO's representatives at
 * the room (its QR code opens the check-in page); a confirmed booking nobody checked in 15 minutes
 * after its start becomes a no-show and frees the rest of its slot; reminders the day before. The
 * sweeps run every minute inside the server ({@code Sweeper}), never from cron.
 */
@Stateless
public class Attendance {

    /** How long after the start a booking waits for its check-in. */
    public static final Duration GRACE = Duration.ofMinutes(15);

    /** How early before the start one may check in. */
    public static final Duration EARLY = Duration.ofMinutes(30);

    /** How long before the start the reminder goes out. */
    public static final Duration REMINDER = Duration.ofHours(24);

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    @PersistenceContext private EntityManager em;
    @Inject private Bookings bookings;
    @Inject private Clock clock;
    @Inject private AuditTrail audit;
    @Inject private Event<Bookings.SlotFreed> freed;
    @Inject private Event<OutgoingMail> mail;
    @Inject private PublicAddress address;

    /** A booking in a House's day list, with its NGO's no-show rate for staff. */
    public record DayEntry(BookingView booking, Instant checkedInAt, int noShowPercent)
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
        List<Booking> list =
                em.createQuery(
                                "SELECT b FROM Booking b JOIN FETCH b.room r JOIN FETCH b.ngo WHERE r.house = :house AND b.status IN :shown AND b.startsAt >= :from AND b.startsAt < :to ORDER BY b.startsAt, r.id",
                                Booking.class)
                        .setParameter("house", house)
                        .setParameter(
                                "shown",
                                List.of(
                                        BookingStatus.CONFIRMED,
                                        BookingStatus.PENDING,
                                        BookingStatus.NO_SHOW))
                        .setParameter("from", date.atStartOfDay(zone).toInstant())
                        .setParameter("to", date.plusDays(1).atStartOfDay(zone).toInstant())
                        .getResultList();
        Map<Long, Integer> rates = new HashMap<>();
        return list.stream()
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
        Instant now = clock.instant();
        List<Object[]> counts =
                em.createQuery(
                                "SELECT b.status, COUNT(b) FROM Booking b WHERE b.ngo.id = :ngo AND b.startsAt < :now AND b.startsAt >= :since AND b.status IN :past GROUP BY b.status",
                                Object[].class)
                        .setParameter("ngo", ngoId)
                        .setParameter("now", now)
                        .setParameter("since", now.minus(Duration.ofDays(365)))
                        .setParameter(
                                "past", List.of(BookingStatus.CONFIRMED, BookingStatus.NO_SHOW))
                        .getResultList();
        long all = 0;
        long missed = 0;
        for (Object[] row : counts) {
            long n = ((Number) row[1]).longValue();
            all += n;
            if (row[0] == BookingStatus.NO_SHOW) {
                missed += n;
            }
        }
        return all == 0 ? 0 : (int) Math.round(100.0 * missed / all);
    }

    /**
     * Checks a booking in: the House's managers any time from 30 minutes before its start to its
     * end; its NGO's representatives from 30 minutes before until the no-show deadline.
     */
    public BookingView checkIn(Caller caller, long bookingId) {
        Booking booking = bookings.booking(bookingId);
        House house = booking.room().house();
        boolean representative = caller != null && caller.represents(booking.ngo().id());
        if (!representative) {
            AccessPolicy.require(
                    caller, Action.MANAGE_HOUSE, Scope.house(house.id(), house.region().code()));
        }
        Instant now = clock.instant();
        Instant closes = representative ? booking.startsAt().plus(GRACE) : booking.endsAt();
        if (booking.status() != BookingStatus.CONFIRMED) {
            throw Refusal.conflict("not-confirmed", "checkin.notConfirmed");
        }
        if (now.isBefore(booking.startsAt().minus(EARLY)) || !now.isBefore(closes)) {
            throw Refusal.conflict("outside-window", "checkin.window");
        }
        booking.checkIn(em.getReference(Account.class, caller.accountId()), now);
        audit.record(
                caller,
                "booking.checkedIn",
                Subject.of("booking", booking.id(), house.region().code()),
                null);
        return BookingView.of(booking);
    }

    /**
     * Checks in the caller's NGO's booking of a room that is on now (the room's QR code leads
     * here).
     */
    public BookingView checkInAtRoom(Caller caller, long roomId) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        Room room = em.find(Room.class, roomId);
        if (room == null) {
            throw Refusal.notFound("refusal.room.notFound", roomId);
        }
        List<Booking> now = currentAt(caller, room);
        if (now.isEmpty()) {
            throw Refusal.conflict("nothing-now", "checkin.nothingNow");
        }
        return checkIn(caller, now.get(0).id());
    }

    /** The caller's NGOs' confirmed bookings of a room whose check-in window is open now. */
    public List<BookingView> currentAt(Caller caller, long roomId) {
        Room room = em.find(Room.class, roomId);
        if (room == null) {
            throw Refusal.notFound("refusal.room.notFound", roomId);
        }
        return currentAt(caller, room).stream().map(BookingView::of).toList();
    }

    private List<Booking> currentAt(Caller caller, Room room) {
        if (caller == null || caller.ngos().isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return em.createQuery(
                        "SELECT b FROM Booking b WHERE b.room = :room AND b.ngo.id IN :ngos AND b.status = kz.housesofdemocracy.bookings.entity.BookingStatus.CONFIRMED AND b.startsAt <= :early AND b.startsAt > :late ORDER BY b.startsAt",
                        Booking.class)
                .setParameter("room", room)
                .setParameter("ngos", caller.ngos())
                .setParameter("early", now.plus(EARLY))
                .setParameter("late", now.minus(GRACE))
                .getResultList();
    }

    /**
     * Confirmed bookings not checked in 15 minutes after their start become no-shows; what is left
     * of each slot is free again (and offered to its waitlist). Returns how many.
     */
    public int releaseNoShows(Instant now) {
        List<Booking> missed =
                em.createQuery(
                                "SELECT b FROM Booking b WHERE b.status = kz.housesofdemocracy.bookings.entity.BookingStatus.CONFIRMED AND b.checkedInAt IS NULL AND b.startsAt <= :deadline AND b.startsAt > :since",
                                Booking.class)
                        .setParameter("deadline", now.minus(GRACE))
                        .setParameter("since", now.minus(Duration.ofDays(2)))
                        .getResultList();
        for (Booking b : missed) {
            b.noShow(now);
            audit.record(
                    null,
                    null,
                    "booking.noShow",
                    Subject.of("booking", b.id(), b.room().house().region().code()),
                    null);
            if (b.endsAt().isAfter(now)) {
                freed.fire(new Bookings.SlotFreed(b.room().id(), now, b.endsAt()));
            }
            bookings.tell(b, "mail.booking.noShow", ICalendar.Method.CANCEL, "");
        }
        return missed.size();
    }

    /**
     * Sends the reminder of every confirmed booking that starts within 24 hours, once; bookings
     * made less than a day ahead got their confirmation just now and no reminder.
     */
    public int sendReminders(Instant now) {
        List<Booking> due =
                em.createQuery(
                                "SELECT b FROM Booking b JOIN FETCH b.room r JOIN FETCH r.house WHERE b.status = kz.housesofdemocracy.bookings.entity.BookingStatus.CONFIRMED AND b.remindedAt IS NULL AND b.startsAt > :now AND b.startsAt <= :horizon",
                                Booking.class)
                        .setParameter("now", now)
                        .setParameter("horizon", now.plus(REMINDER))
                        .getResultList();
        int sent = 0;
        for (Booking b : due) {
            b.reminded(now);
            if (b.startsAt().minus(REMINDER).isBefore(b.createdAt())) {
                continue;
            }
            remind(b);
            sent++;
        }
        return sent;
    }

    private void remind(Booking b) {
        House house = b.room().house();
        ZoneId zone = house.timeZone();
        for (NgoRepresentative rep :
                em.createQuery(
                                "SELECT r FROM NgoRepresentative r JOIN FETCH r.account WHERE r.ngo = :ngo",
                                NgoRepresentative.class)
                        .setParameter("ngo", b.ngo())
                        .getResultList()) {
            Account to = rep.account();
            var locale = to.language().locale();
            String room = b.room().name().in(locale);
            String when =
                    b.startsAt().atZone(zone).toLocalDate()
                            + " "
                            + HOURS.format(b.startsAt().atZone(zone))
                            + "–"
                            + HOURS.format(b.endsAt().atZone(zone));
            mail.fire(
                    new OutgoingMail(
                            to.email(),
                            Messages.get(locale, "mail.booking.reminder.subject", room, when),
                            Messages.get(
                                    locale,
                                    "mail.booking.reminder.body",
                                    to.displayName(),
                                    room,
                                    house.name().in(locale),
                                    when,
                                    address.link("/ngo/checkin.xhtml?room=" + b.room().id()),
                                    address.link("/ngo/bookings.xhtml")),
                            clock.instant()));
        }
    }
}
