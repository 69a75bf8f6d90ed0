package kz.housesofdemocracy.bookings.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.housesofdemocracy.accounts.control.AccessPolicy;
import kz.housesofdemocracy.accounts.control.Action;
import kz.housesofdemocracy.accounts.control.Caller;
import kz.housesofdemocracy.accounts.control.Scope;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.accounts.entity.Role;
import kz.housesofdemocracy.audit.control.AuditTrail;
import kz.housesofdemocracy.audit.control.AuditTrail.Subject;
import kz.housesofdemocracy.bookings.control.BookingRulesCheck;
import kz.housesofdemocracy.bookings.control.ICalendar;
import kz.housesofdemocracy.bookings.control.Pricing;
import kz.housesofdemocracy.bookings.entity.Booking;
import kz.housesofdemocracy.bookings.entity.BookingStatus;
import kz.housesofdemocracy.events.boundary.Holidays;
import kz.housesofdemocracy.events.entity.Blackout;
import kz.housesofdemocracy.ngos.boundary.Ngos;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.ngos.entity.NgoRepresentative;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.platform.mail.OutgoingMail;
import kz.housesofdemocracy.platform.web.PublicAddress;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Room;

/**
 * Room bookings. Two bookings that hold a room never overlap: the room's row is locked in the
 * database for the check and the insert, in one transaction, so it holds across threads and across
 * server nodes that share the database.
 */
@Stateless
public class Bookings {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    @PersistenceContext private EntityManager em;
    @Inject private Clock clock;
    @Inject private AuditTrail audit;
    @Inject private Ngos ngos;
    @Inject private Holidays holidays;
    @Inject private Event<OutgoingMail> mail;
    @Inject private PublicAddress address;

    /**
     * Requests a room for an NGO the caller represents; confirmed at once unless the room needs
     * approval.
     */
    public BookingView request(Caller caller, BookingForm form) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        InputCheck check =
                InputCheck.start()
                        .present("ngoId", form.getNgoId())
                        .present("roomId", form.getRoomId())
                        .present("date", form.getDate());
        LocalTime start = time(check, "start", form.getStart());
        LocalTime end = time(check, "end", form.getEnd());
        check.text("purpose", form.getPurpose(), 500);
        check.when(form.getAttendees() == null, "attendees", "validation.required");
        check.orRefuse();
        Ngo ngo = em.find(Ngo.class, form.getNgoId());
        if (ngo == null) {
            throw Refusal.notFound("refusal.ngo.notFound", form.getNgoId());
        }
        AccessPolicy.require(caller, Action.ACT_FOR_NGO, Scope.ngo(ngo.id(), ngo.region().code()));
        // The arbiter: this row lock serialises every request for the room, on every node.
        Room room = em.find(Room.class, form.getRoomId(), LockModeType.PESSIMISTIC_WRITE);
        if (room == null || !room.isActive() || !room.house().isOpen()) {
            throw Refusal.notFound("refusal.room.notFound", form.getRoomId());
        }
        House house = room.house();
        ZoneId zone = house.timeZone();
        Instant startsAt = form.getDate().atTime(start).atZone(zone).toInstant();
        Instant endsAt = form.getDate().atTime(end).atZone(zone).toInstant();
        Instant now = clock.instant();
        List<String> blackouts =
                startsAt.isBefore(endsAt)
                        ? em
                                .createNamedQuery(Blackout.IN_HOUSE, Blackout.class)
                                .setParameter("house", house)
                                .setParameter("start", startsAt)
                                .setParameter("end", endsAt)
                                .getResultList()
                                .stream()
                                .filter(b -> b.blocks(room.id(), startsAt, endsAt))
                                .map(Blackout::reason)
                                .toList()
                        : List.of();
        Optional<BookingRulesCheck.Broken> broken =
                BookingRulesCheck.firstBroken(
                        new BookingRulesCheck.Request(
                                form.getDate(),
                                start,
                                end,
                                form.getAttendees(),
                                room.capacity().people(),
                                room.rules(),
                                house.openingHours(),
                                zone,
                                holidays.daysOff(form.getDate(), form.getDate()),
                                blackouts,
                                ngos.isEligible(ngo.id()),
                                now));
        if (broken.isPresent()) {
            throw new Refusal(
                    422, "booking-rule", broken.get().key(), List.of(), broken.get().arguments());
        }
        List<Booking> clashes =
                em.createNamedQuery(Booking.OVERLAPPING, Booking.class)
                        .setParameter("room", room)
                        .setParameter("holding", BookingStatus.HOLDING)
                        .setParameter("start", startsAt)
                        .setParameter("end", endsAt)
                        .getResultList();
        if (!clashes.isEmpty()) {
            Booking clash = clashes.get(0);
            throw Refusal.conflict(
                    "slot-taken",
                    "refusal.booking.slotTaken",
                    HOURS.format(clash.startsAt().atZone(zone)),
                    HOURS.format(clash.endsAt().atZone(zone)),
                    form.getDate().toString());
        }
        Booking booking =
                new Booking(
                        room,
                        ngo,
                        em.find(Account.class, caller.accountId()),
                        startsAt,
                        endsAt,
                        form.getPurpose(),
                        form.getAttendees(),
                        Pricing.price(
                                room.hourlyRate(),
                                java.time.Duration.between(startsAt, endsAt),
                                house.subsidyShare()),
                        room.needsApproval(),
                        now);
        em.persist(booking);
        em.flush();
        audit.record(
                caller,
                "booking.requested",
                Subject.of("booking", booking.id(), house.region().code()),
                booking.status()
                        + " room "
                        + room.id()
                        + " "
                        + form.getDate()
                        + " "
                        + start
                        + "–"
                        + end);
        tell(
                booking,
                booking.status() == BookingStatus.PENDING
                        ? "mail.booking.pending"
                        : "mail.booking.confirmed",
                ICalendar.Method.REQUEST,
                null);
        return BookingView.of(booking);
    }

    /** The bookings of every NGO the caller represents, newest first. */
    public List<BookingView> mine(Caller caller) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        if (caller.ngos().isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "SELECT b FROM Booking b JOIN FETCH b.room r JOIN FETCH r.house JOIN FETCH b.ngo WHERE b.ngo.id IN :ngos ORDER BY b.startsAt DESC",
                        Booking.class)
                .setParameter("ngos", caller.ngos())
                .setMaxResults(200)
                .getResultList()
                .stream()
                .map(BookingView::of)
                .toList();
    }

    /** Bookings waiting for approval in the caller's scope: their Houses, or their region's. */
    public List<BookingView> queue(Caller caller) {
        return scoped(
                caller,
                "b.status = kz.housesofdemocracy.bookings.entity.BookingStatus.PENDING AND b.endsAt > :now",
                "ASC");
    }

    /** Upcoming bookings in the caller's scope, for staff who may need to cancel one. */
    public List<BookingView> upcoming(Caller caller) {
        return scoped(
                caller,
                "b.status IN (kz.housesofdemocracy.bookings.entity.BookingStatus.PENDING, kz.housesofdemocracy.bookings.entity.BookingStatus.CONFIRMED) AND b.endsAt > :now",
                "ASC");
    }

    private List<BookingView> scoped(Caller caller, String condition, String order) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        List<Long> houses =
                caller.grants().stream()
                        .filter(g -> g.role() == Role.HOUSE_MANAGER)
                        .map(Caller.Grant::houseId)
                        .toList();
        List<String> regions =
                caller.grants().stream()
                        .filter(g -> g.role() == Role.AKIMAT_APPROVER)
                        .map(Caller.Grant::regionCode)
                        .toList();
        if (houses.isEmpty() && regions.isEmpty()) {
            throw Refusal.forbidden();
        }
        return em
                .createQuery(
                        "SELECT b FROM Booking b JOIN FETCH b.room r JOIN FETCH r.house h JOIN FETCH b.ngo WHERE "
                                + condition
                                + " AND (h.id IN :houses OR h.region.code IN :regions) ORDER BY b.startsAt "
                                + order,
                        Booking.class)
                .setParameter("now", clock.instant())
                .setParameter("houses", houses.isEmpty() ? List.of(-1L) : houses)
                .setParameter("regions", regions.isEmpty() ? List.of("--") : regions)
                .setMaxResults(500)
                .getResultList()
                .stream()
                .map(BookingView::of)
                .toList();
    }

    public BookingView details(Caller caller, long id) {
        Booking booking = booking(id);
        House house = booking.room().house();
        boolean own = caller != null && caller.represents(booking.ngo().id());
        if (!own) {
            AccessPolicy.require(
                    caller,
                    Action.VIEW_HOUSE_BOOKINGS,
                    Scope.house(house.id(), house.region().code()));
        }
        return BookingView.of(booking);
    }

    /**
     * Confirms a pending booking; the NGO must still be eligible. Not by its requester nor its
     * representatives.
     */
    public BookingView approve(Caller caller, long id) {
        Booking booking = decidable(caller, id);
        if (!ngos.isEligible(booking.ngo().id())) {
            throw new Refusal(422, "booking-rule", "booking.rule.eligibility", List.of());
        }
        booking.confirm(em.find(Account.class, caller.accountId()), clock.instant());
        audit.record(caller, "booking.confirmed", subject(booking), null);
        tell(booking, "mail.booking.approved", ICalendar.Method.REQUEST, null);
        return BookingView.of(booking);
    }

    public BookingView reject(Caller caller, long id, String reason) {
        Booking booking = decidable(caller, id);
        InputCheck check = InputCheck.start().text("reason", reason, 500);
        check.orRefuse();
        booking.reject(em.find(Account.class, caller.accountId()), reason, clock.instant());
        audit.record(caller, "booking.rejected", subject(booking), reason.strip());
        tell(booking, "mail.booking.rejected", ICalendar.Method.CANCEL, reason.strip());
        return BookingView.of(booking);
    }

    /**
     * Representatives cancel their NGO's booking until it starts; staff at any time, with a reason.
     */
    public BookingView cancel(Caller caller, long id, String reason) {
        Booking booking = booking(id);
        House house = booking.room().house();
        Instant now = clock.instant();
        boolean representative = caller != null && caller.represents(booking.ngo().id());
        if (!representative) {
            AccessPolicy.require(
                    caller,
                    Action.DECIDE_BOOKING,
                    Scope.booking(house.id(), house.region().code(), booking.ngo().id()));
        }
        if (!booking.holdsRoom()) {
            throw Refusal.conflict("not-cancellable", "refusal.booking.notCancellable");
        }
        if (representative) {
            if (!now.isBefore(booking.startsAt())) {
                throw Refusal.conflict("started", "refusal.booking.started");
            }
            InputCheck.start().optionalText("reason", reason, 500).orRefuse();
        } else {
            InputCheck.start().text("reason", reason, 500).orRefuse();
        }
        booking.cancel(em.find(Account.class, caller.accountId()), reason, now);
        audit.record(
                caller,
                representative ? "booking.cancelled" : "booking.cancelledByStaff",
                subject(booking),
                reason);
        tell(
                booking,
                "mail.booking.cancelled",
                ICalendar.Method.CANCEL,
                reason == null ? "" : reason.strip());
        return BookingView.of(booking);
    }

    // --- helpers

    private Booking decidable(Caller caller, long id) {
        Booking booking = booking(id);
        House house = booking.room().house();
        AccessPolicy.require(
                caller,
                Action.DECIDE_BOOKING,
                Scope.booking(house.id(), house.region().code(), booking.ngo().id()));
        if (booking.requestedBy().id().equals(caller.accountId())) {
            throw Refusal.forbidden(); // four eyes: nobody decides their own request
        }
        if (booking.status() != BookingStatus.PENDING) {
            throw Refusal.conflict("decided", "refusal.booking.decided");
        }
        return booking;
    }

    private Booking booking(long id) {
        Booking booking = em.find(Booking.class, id);
        if (booking == null) {
            throw Refusal.notFound("refusal.booking.notFound", Long.toString(id));
        }
        return booking;
    }

    private static Subject subject(Booking booking) {
        return Subject.of("booking", booking.id(), booking.room().house().region().code());
    }

    private static LocalTime time(InputCheck check, String field, String value) {
        if (value == null || value.isBlank()) {
            check.problem(field, "validation.required");
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException wrong) {
            check.problem(field, "validation.time");
            return null;
        }
    }

    /**
     * Mails every representative of the booking's NGO, in their language, with the event attached.
     */
    private void tell(Booking booking, String key, ICalendar.Method method, String reason) {
        House house = booking.room().house();
        ZoneId zone = house.timeZone();
        List<NgoRepresentative> reps =
                em.createQuery(
                                "SELECT r FROM NgoRepresentative r JOIN FETCH r.account WHERE r.ngo = :ngo",
                                NgoRepresentative.class)
                        .setParameter("ngo", booking.ngo())
                        .getResultList();
        List<Account> recipients =
                new ArrayList<>(reps.stream().map(NgoRepresentative::account).toList());
        for (Account to : recipients) {
            Language language = to.language();
            var locale = language.locale();
            String room = booking.room().name().in(locale);
            String when =
                    booking.startsAt().atZone(zone).toLocalDate()
                            + " "
                            + HOURS.format(booking.startsAt().atZone(zone))
                            + "–"
                            + HOURS.format(booking.endsAt().atZone(zone));
            String ics =
                    ICalendar.of(
                            method,
                            new ICalendar.Event(
                                    "booking-" + booking.id() + "@houses-of-democracy.kz",
                                    booking.status().ordinal(),
                                    booking.startsAt(),
                                    booking.endsAt(),
                                    room + " — " + booking.ngo().name().in(locale),
                                    house.name().in(locale) + ", " + house.address().in(locale),
                                    booking.purpose(),
                                    booking.status() == BookingStatus.PENDING),
                            clock.instant());
            mail.fire(
                    new OutgoingMail(
                            to.email(),
                            Messages.get(locale, key + ".subject", room, when),
                            Messages.get(
                                    locale,
                                    key + ".body",
                                    to.displayName(),
                                    room,
                                    house.name().in(locale),
                                    when,
                                    reason == null ? "" : reason,
                                    address.link("/ngo/bookings.xhtml")),
                            clock.instant(),
                            new OutgoingMail.Attachment(
                                    "booking.ics", "text/calendar; method=" + method.name(), ics)));
        }
    }
}
