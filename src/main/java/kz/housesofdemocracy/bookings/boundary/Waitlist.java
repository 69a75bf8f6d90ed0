package kz.housesofdemocracy.bookings.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.audit.control.AuditTrail;
import kz.housesofdemocracy.audit.control.AuditTrail.Subject;
import kz.housesofdemocracy.bookings.control.ICalendar;
import kz.housesofdemocracy.bookings.entity.Booking;
import kz.housesofdemocracy.bookings.entity.BookingStatus;
import kz.housesofdemocracy.bookings.entity.WaitlistEntry;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.platform.mail.OutgoingMail;
import kz.housesofdemocracy.platform.web.PublicAddress;
import kz.housesofdemocracy.premises.entity.Room;

/**
 * Waitlists of taken slots. When a slot frees (a cancellation, a rejection, a no-show) the first in
 * line whose span is now free is told at once and has two hours to take it; meanwhile the span is
 * kept for that NGO. An offer that lapses passes to the next in line.
 */
@Stateless
public class Waitlist {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    @PersistenceContext private EntityManager em;
    @Inject private Bookings bookings;
    @Inject private Clock clock;
    @Inject private AuditTrail audit;
    @Inject private Event<OutgoingMail> mail;
    @Inject private PublicAddress address;

    /** A waitlist entry as its NGO sees it. */
    public record EntryView(
            long id,
            long roomId,
            LocalizedText roomName,
            long ngoId,
            LocalizedText ngoName,
            LocalDate date,
            LocalTime start,
            LocalTime end,
            String status,
            Instant offerEndsAt,
            int place)
            implements java.io.Serializable {
        public boolean offered() {
            return "OFFERED".equals(status);
        }
    }

    /**
     * Joins the waitlist of a taken slot. Refused when the slot is free (book it instead), when a
     * rule other than "taken" is broken, or when the NGO is already waiting for it.
     */
    public EntryView join(Caller caller, BookingForm form) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        InputCheck check =
                InputCheck.start()
                        .present("ngoId", form.getNgoId())
                        .present("roomId", form.getRoomId())
                        .present("date", form.getDate());
        LocalTime start = Bookings.time(check, "start", form.getStart());
        LocalTime end = Bookings.time(check, "end", form.getEnd());
        check.text("purpose", form.getPurpose(), 500);
        check.when(form.getAttendees() == null, "attendees", "validation.required");
        check.orRefuse();
        Bookings.Desk desk = bookings.desk(caller, form.getNgoId(), form.getRoomId());
        Optional<Refusal> obstacle =
                desk.obstacle(form.getDate(), start, end, form.getAttendees(), null);
        if (obstacle.isEmpty()) {
            throw Refusal.conflict("slot-free", "waitlist.slotFree");
        }
        if (obstacle.get().status() != 409) {
            throw obstacle.get();
        }
        Instant startsAt = form.getDate().atTime(start).atZone(desk.zone).toInstant();
        Instant endsAt = form.getDate().atTime(end).atZone(desk.zone).toInstant();
        boolean already =
                !em.createQuery(
                                "SELECT w.id FROM WaitlistEntry w WHERE w.room = :room AND w.ngo = :ngo AND w.startsAt = :start AND w.endsAt = :end AND w.status IN :open",
                                Long.class)
                        .setParameter("room", desk.room)
                        .setParameter("ngo", desk.ngo)
                        .setParameter("start", startsAt)
                        .setParameter("end", endsAt)
                        .setParameter(
                                "open",
                                List.of(WaitlistEntry.Status.WAITING, WaitlistEntry.Status.OFFERED))
                        .getResultList()
                        .isEmpty();
        if (already) {
            throw Refusal.conflict("already-waiting", "waitlist.already");
        }
        WaitlistEntry entry =
                new WaitlistEntry(
                        desk.room,
                        desk.ngo,
                        em.getReference(Account.class, caller.accountId()),
                        startsAt,
                        endsAt,
                        form.getPurpose(),
                        form.getAttendees(),
                        desk.now);
        em.persist(entry);
        em.flush();
        audit.record(
                caller,
                "waitlist.joined",
                Subject.of("waitlist", entry.id(), desk.house.region().code()),
                "room " + desk.room.id() + " " + form.getDate() + " " + start + "–" + end);
        return view(entry);
    }

    /** The open entries of every NGO the caller represents, soonest first. */
    public List<EntryView> mine(Caller caller) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        if (caller.ngos().isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "SELECT w FROM WaitlistEntry w JOIN FETCH w.room r JOIN FETCH r.house JOIN FETCH w.ngo WHERE w.ngo.id IN :ngos AND w.status IN :open AND w.endsAt > :now ORDER BY w.startsAt",
                        WaitlistEntry.class)
                .setParameter("ngos", caller.ngos())
                .setParameter(
                        "open", List.of(WaitlistEntry.Status.WAITING, WaitlistEntry.Status.OFFERED))
                .setParameter("now", clock.instant())
                .getResultList()
                .stream()
                .map(this::view)
                .toList();
    }

    /** Takes an offered slot: an ordinary booking, with every rule checked again. */
    public BookingView accept(Caller caller, long entryId) {
        WaitlistEntry entry = own(caller, entryId);
        Instant now = clock.instant();
        if (entry.status() != WaitlistEntry.Status.OFFERED || !entry.offerEndsAt().isAfter(now)) {
            throw Refusal.conflict("not-offered", "waitlist.notOffered");
        }
        Bookings.Desk desk = bookings.desk(caller, entry.ngo().id(), entry.room().id());
        LocalDate day = entry.startsAt().atZone(desk.zone).toLocalDate();
        LocalTime start = entry.startsAt().atZone(desk.zone).toLocalTime();
        LocalTime end = entry.endsAt().atZone(desk.zone).toLocalTime();
        Optional<Refusal> obstacle = desk.obstacle(day, start, end, entry.attendees(), null);
        if (obstacle.isPresent()) {
            throw obstacle.get();
        }
        Booking booking = desk.book(day, start, end, entry.purpose(), entry.attendees(), null);
        entry.booked(booking);
        bookings.tell(
                booking,
                booking.status() == BookingStatus.PENDING
                        ? "mail.booking.pending"
                        : "mail.booking.confirmed",
                ICalendar.Method.REQUEST,
                null);
        return BookingView.of(booking);
    }

    /** Leaves the waitlist; an offer given up passes to the next in line at once. */
    public void withdraw(Caller caller, long entryId) {
        WaitlistEntry entry = own(caller, entryId);
        if (entry.status() != WaitlistEntry.Status.WAITING
                && entry.status() != WaitlistEntry.Status.OFFERED) {
            throw Refusal.conflict("not-waiting", "waitlist.notWaiting");
        }
        boolean wasOffered = entry.status() == WaitlistEntry.Status.OFFERED;
        entry.withdraw();
        audit.record(
                caller,
                "waitlist.withdrawn",
                Subject.of("waitlist", entry.id(), entry.room().house().region().code()),
                null);
        if (wasOffered) {
            offer(entry.room(), entry.startsAt(), entry.endsAt(), clock.instant());
        }
    }

    /** A slot freed in this transaction: offer it to the first in line. */
    public void slotFreed(@Observes Bookings.SlotFreed freed) {
        Room room = em.find(Room.class, freed.roomId());
        Instant now = clock.instant();
        Instant from = freed.startsAt().isAfter(now) ? freed.startsAt() : now;
        if (room != null && freed.endsAt().isAfter(from)) {
            offer(room, from, freed.endsAt(), now);
        }
    }

    /** Lapsed offers pass to the next in line. Run every minute by the sweeper. */
    public int expireOffers(Instant now) {
        List<WaitlistEntry> lapsed =
                em.createNamedQuery(WaitlistEntry.EXPIRED_OFFERS, WaitlistEntry.class)
                        .setParameter("now", now)
                        .getResultList();
        for (WaitlistEntry entry : lapsed) {
            entry.expire();
            audit.record(
                    null,
                    null,
                    "waitlist.offerLapsed",
                    Subject.of("waitlist", entry.id(), entry.room().house().region().code()),
                    null);
        }
        em.flush();
        for (WaitlistEntry entry : lapsed) {
            offer(entry.room(), entry.startsAt(), entry.endsAt(), now);
        }
        return lapsed.size();
    }

    /**
     * Offers a freed span of a room to the waiting entries that fit in it, in the order they
     * joined; an entry is offered only when nothing holds its span and no earlier offer covers it.
     */
    private void offer(Room room, Instant start, Instant end, Instant now) {
        List<WaitlistEntry> waiting =
                em.createNamedQuery(WaitlistEntry.WAITING_IN_ROOM, WaitlistEntry.class)
                        .setParameter("room", room)
                        .setParameter("start", start)
                        .setParameter("end", end)
                        .setParameter("now", now)
                        .getResultList();
        List<Instant[]> offered = new ArrayList<>();
        for (WaitlistEntry entry : waiting) {
            boolean held =
                    !em.createNamedQuery(Booking.OVERLAPPING, Booking.class)
                            .setParameter("room", room)
                            .setParameter("holding", BookingStatus.HOLDING)
                            .setParameter("start", entry.startsAt())
                            .setParameter("end", entry.endsAt())
                            .getResultList()
                            .isEmpty();
            boolean alreadyOffered =
                    !em.createNamedQuery(WaitlistEntry.OFFERED_IN_ROOM, WaitlistEntry.class)
                                    .setParameter("room", room)
                                    .setParameter("start", entry.startsAt())
                                    .setParameter("end", entry.endsAt())
                                    .setParameter("now", now)
                                    .getResultList()
                                    .isEmpty()
                            || offered.stream()
                                    .anyMatch(
                                            o ->
                                                    o[0].isBefore(entry.endsAt())
                                                            && o[1].isAfter(entry.startsAt()));
            if (!held && !alreadyOffered) {
                entry.offer(now);
                offered.add(new Instant[] {entry.startsAt(), entry.endsAt()});
                audit.record(
                        null,
                        null,
                        "waitlist.offered",
                        Subject.of("waitlist", entry.id(), room.house().region().code()),
                        "until " + entry.offerEndsAt());
                tellOffer(entry);
            }
        }
    }

    private void tellOffer(WaitlistEntry entry) {
        Account to = entry.account();
        var locale = to.language().locale();
        ZoneId zone = entry.room().house().timeZone();
        String room = entry.room().name().in(locale);
        String when =
                entry.startsAt().atZone(zone).toLocalDate()
                        + " "
                        + HOURS.format(entry.startsAt().atZone(zone))
                        + "–"
                        + HOURS.format(entry.endsAt().atZone(zone));
        mail.fire(
                new OutgoingMail(
                        to.email(),
                        Messages.get(locale, "mail.waitlist.offer.subject", room, when),
                        Messages.get(
                                locale,
                                "mail.waitlist.offer.body",
                                to.displayName(),
                                room,
                                entry.room().house().name().in(locale),
                                when,
                                HOURS.format(entry.offerEndsAt().atZone(zone)),
                                address.link("/ngo/bookings.xhtml")),
                        clock.instant()));
    }

    private WaitlistEntry own(Caller caller, long entryId) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        WaitlistEntry entry = em.find(WaitlistEntry.class, entryId);
        if (entry == null || !caller.represents(entry.ngo().id())) {
            // Someone else's entry is "not found": its existence is not the caller's business.
            throw Refusal.notFound("waitlist.notFound", Long.toString(entryId));
        }
        return entry;
    }

    private EntryView view(WaitlistEntry w) {
        ZoneId zone = w.room().house().timeZone();
        int place =
                w.status() == WaitlistEntry.Status.WAITING
                        ? 1
                                + em.createQuery(
                                                "SELECT COUNT(o) FROM WaitlistEntry o WHERE o.room = :room AND o.status = kz.housesofdemocracy.bookings.entity.WaitlistEntry.Status.WAITING AND o.startsAt < :end AND o.endsAt > :start AND o.id <> :id AND (o.createdAt < :created OR (o.createdAt = :created AND o.id < :id))",
                                                Long.class)
                                        .setParameter("room", w.room())
                                        .setParameter("start", w.startsAt())
                                        .setParameter("end", w.endsAt())
                                        .setParameter("created", w.createdAt())
                                        .setParameter("id", w.id())
                                        .getSingleResult()
                                        .intValue()
                        : 0;
        return new EntryView(
                w.id(),
                w.room().id(),
                w.room().name(),
                w.ngo().id(),
                w.ngo().name(),
                w.startsAt().atZone(zone).toLocalDate(),
                w.startsAt().atZone(zone).toLocalTime(),
                w.endsAt().atZone(zone).toLocalTime(),
                w.status().name(),
                w.offerEndsAt(),
                place);
    }
}
