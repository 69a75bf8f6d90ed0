package kz.housesofdemocracy.bookings.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.audit.control.AuditTrail;
import kz.housesofdemocracy.audit.control.AuditTrail.Subject;
import kz.housesofdemocracy.bookings.control.BookingRulesCheck;
import kz.housesofdemocracy.bookings.control.ICalendar;
import kz.housesofdemocracy.bookings.control.Pricing;
import kz.housesofdemocracy.bookings.entity.Booking;
import kz.housesofdemocracy.bookings.entity.BookingSeries;
import kz.housesofdemocracy.bookings.entity.BookingStatus;
import kz.housesofdemocracy.bookings.entity.WaitlistEntry;
import kz.housesofdemocracy.closures.boundary.Holidays;
import kz.housesofdemocracy.closures.entity.Blackout;
import kz.housesofdemocracy.ngos.boundary.Ngos;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.ngos.entity.NgoRepresentative;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
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
    @Inject private Event<SlotFreed> freed;

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
        Desk desk = desk(caller, form.getNgoId(), form.getRoomId());
        Optional<Refusal> obstacle =
                desk.obstacle(form.getDate(), start, end, form.getAttendees(), null);
        if (obstacle.isPresent()) {
            throw obstacle.get();
        }
        Booking booking =
                desk.book(form.getDate(), start, end, form.getPurpose(), form.getAttendees(), null);
        tell(
                booking,
                booking.status() == BookingStatus.PENDING
                        ? "mail.booking.pending"
                        : "mail.booking.confirmed",
                ICalendar.Method.REQUEST,
                null);
        return BookingView.of(booking);
    }

    /**
     * Everything the rules need about one NGO and one room, read once (with the room's row locked)
     * for a single request, a series, or a move of occurrences. The lock is the arbiter: it
     * serialises every request for the room, on every node.
     */
    public Desk desk(Caller caller, long ngoId, long roomId) {
        Ngo ngo = em.find(Ngo.class, ngoId);
        if (ngo == null) {
            throw Refusal.notFound("refusal.ngo.notFound", ngoId);
        }
        AccessPolicy.require(caller, Action.ACT_FOR_NGO, Scope.ngo(ngo.id(), ngo.region().code()));
        Room room = em.find(Room.class, roomId, LockModeType.PESSIMISTIC_WRITE);
        if (room == null || !room.isActive() || !room.house().isOpen()) {
            throw Refusal.notFound("refusal.room.notFound", roomId);
        }
        return new Desk(caller, ngo, room, clock.instant());
    }

    /** One NGO at one room, for one transaction: checks occurrences and books them. */
    public final class Desk {
        final Caller caller;
        final Ngo ngo;
        final Room room;
        final House house;
        final ZoneId zone;
        final Instant now;
        final boolean eligible;
        final boolean exempt;
        final Usage usage;

        Desk(Caller caller, Ngo ngo, Room room, Instant now) {
            this.caller = caller;
            this.ngo = ngo;
            this.room = room;
            this.house = room.house();
            this.zone = house.timeZone();
            this.now = now;
            this.eligible = ngos.isEligible(ngo.id());
            // Staff booking at their own House are not held to the NGO quotas.
            this.exempt =
                    AccessPolicy.may(
                            caller,
                            Action.VIEW_HOUSE_BOOKINGS,
                            Scope.house(house.id(), house.region().code()));
            this.usage = new Usage(ngo, house, now);
        }

        /**
         * What stands in the way of booking the room on a day from start to end: a broken rule
         * (422), or a holding booking or a waitlist offer in the way (409). Empty when it is free.
         * {@code moving} is a booking being moved, which does not stand in its own way.
         */
        Optional<Refusal> obstacle(
                LocalDate date, LocalTime start, LocalTime end, int attendees, Booking moving) {
            Instant startsAt = date.atTime(start).atZone(zone).toInstant();
            Instant endsAt = date.atTime(end).atZone(zone).toInstant();
            List<LocalizedText> blackouts =
                    startsAt.isBefore(endsAt)
                            ? em
                                    .createNamedQuery(Blackout.IN_HOUSE, Blackout.class)
                                    .setParameter("house", house)
                                    .setParameter("start", startsAt)
                                    .setParameter("end", endsAt)
                                    .getResultList()
                                    .stream()
                                    .filter(b -> b.blocks(room.id(), startsAt, endsAt))
                                    .map(Blackout::describe)
                                    .toList()
                            : List.of();
            Optional<BookingRulesCheck.Broken> broken =
                    BookingRulesCheck.firstBroken(
                            new BookingRulesCheck.Request(
                                    date,
                                    start,
                                    end,
                                    attendees,
                                    room.capacity().people(),
                                    room.rules(),
                                    house.openingHours(),
                                    zone,
                                    holidays.daysOff(date, date),
                                    blackouts,
                                    eligible,
                                    now));
            if (broken.isEmpty() && !exempt) {
                broken = usage.check(startsAt, endsAt, moving);
            }
            if (broken.isPresent()) {
                return Optional.of(
                        new Refusal(
                                422,
                                "booking-rule",
                                broken.get().key(),
                                List.of(),
                                broken.get().arguments()));
            }
            Optional<Booking> clash =
                    em
                            .createNamedQuery(Booking.OVERLAPPING, Booking.class)
                            .setParameter("room", room)
                            .setParameter("holding", BookingStatus.HOLDING)
                            .setParameter("start", startsAt)
                            .setParameter("end", endsAt)
                            .getResultList()
                            .stream()
                            .filter(b -> moving == null || !b.id().equals(moving.id()))
                            .findFirst();
            if (clash.isPresent()) {
                return Optional.of(
                        Refusal.conflict(
                                "slot-taken",
                                "refusal.booking.slotTaken",
                                HOURS.format(clash.get().startsAt().atZone(zone)),
                                HOURS.format(clash.get().endsAt().atZone(zone)),
                                date.toString()));
            }
            Optional<WaitlistEntry> offered =
                    em
                            .createNamedQuery(WaitlistEntry.OFFERED_IN_ROOM, WaitlistEntry.class)
                            .setParameter("room", room)
                            .setParameter("start", startsAt)
                            .setParameter("end", endsAt)
                            .setParameter("now", now)
                            .getResultList()
                            .stream()
                            .filter(w -> !w.ngo().id().equals(ngo.id()))
                            .findFirst();
            if (offered.isPresent()) {
                return Optional.of(
                        Refusal.conflict(
                                "slot-offered",
                                "refusal.booking.offeredToWaitlist",
                                HOURS.format(offered.get().offerEndsAt().atZone(zone))));
            }
            return Optional.empty();
        }

        /** Books an occurrence already checked by {@link #obstacle}; counts it in the quotas. */
        Booking book(
                LocalDate date,
                LocalTime start,
                LocalTime end,
                String purpose,
                int attendees,
                BookingSeries series) {
            Instant startsAt = date.atTime(start).atZone(zone).toInstant();
            Instant endsAt = date.atTime(end).atZone(zone).toInstant();
            Booking booking =
                    new Booking(
                            room,
                            ngo,
                            em.getReference(Account.class, caller.accountId()),
                            startsAt,
                            endsAt,
                            purpose,
                            attendees,
                            price(startsAt, endsAt),
                            room.needsApproval(),
                            now);
            if (series != null) {
                booking.partOf(series);
            }
            em.persist(booking);
            em.flush();
            usage.add(startsAt, endsAt);
            audit.record(
                    caller,
                    "booking.requested",
                    Subject.of("booking", booking.id(), house.region().code()),
                    booking.status()
                            + " room "
                            + room.id()
                            + " "
                            + date
                            + " "
                            + start
                            + "–"
                            + end
                            + (series == null ? "" : " series " + series.id()));
            return booking;
        }

        Booking.Price price(Instant startsAt, Instant endsAt) {
            return Pricing.price(
                    room.hourlyRate(),
                    java.time.Duration.between(startsAt, endsAt),
                    house.subsidyShare());
        }
    }

    /**
     * An NGO's use of a House, for the quotas: minutes per month (summed by the database, one query
     * per month asked about) and bookings ahead (counted once), plus what this transaction adds.
     * The cost does not grow with the NGO's history.
     */
    final class Usage {
        private final Ngo ngo;
        private final House house;
        private final ZoneId zone;
        private final Instant now;
        private final Map<YearMonth, Long> minutes = new HashMap<>();
        private int future = -1;

        Usage(Ngo ngo, House house, Instant now) {
            this.ngo = ngo;
            this.house = house;
            this.zone = house.timeZone();
            this.now = now;
        }

        long minutesIn(YearMonth month) {
            return minutes.computeIfAbsent(
                    month,
                    m -> {
                        Long sum =
                                em.createQuery(
                                                "SELECT SUM(b.minutes) FROM Booking b WHERE b.ngo = :ngo AND b.room.house = :house AND b.status IN :holding AND b.startsAt >= :from AND b.startsAt < :to",
                                                Long.class)
                                        .setParameter("ngo", ngo)
                                        .setParameter("house", house)
                                        .setParameter("holding", BookingStatus.HOLDING)
                                        .setParameter(
                                                "from", m.atDay(1).atStartOfDay(zone).toInstant())
                                        .setParameter(
                                                "to",
                                                m.plusMonths(1)
                                                        .atDay(1)
                                                        .atStartOfDay(zone)
                                                        .toInstant())
                                        .getSingleResult();
                        return sum == null ? 0L : sum;
                    });
        }

        /**
         * The NGO's holding bookings ahead at this House, counted up to one past the limit: more
         * than that changes no answer, so the cost stays bounded by the quota, not the history.
         */
        int future() {
            if (future < 0) {
                future =
                        em.createQuery(
                                        "SELECT b.id FROM Booking b WHERE b.ngo = :ngo AND b.room.house = :house AND b.status IN :holding AND b.startsAt > :now",
                                        Long.class)
                                .setParameter("ngo", ngo)
                                .setParameter("house", house)
                                .setParameter("holding", BookingStatus.HOLDING)
                                .setParameter("now", now)
                                .setMaxResults(house.quotaFutureBookings() + 2)
                                .getResultList()
                                .size();
            }
            return future;
        }

        /** Counts a booking made (or planned) in this transaction. */
        void add(Instant startsAt, Instant endsAt) {
            YearMonth month = YearMonth.from(startsAt.atZone(zone));
            minutes.put(
                    month,
                    minutesIn(month) + java.time.Duration.between(startsAt, endsAt).toMinutes());
            if (startsAt.isAfter(now)) {
                future = future() + 1;
            }
        }

        /** Whether one more booking from start to end keeps the NGO within its quotas. */
        Optional<BookingRulesCheck.Broken> check(Instant startsAt, Instant endsAt, Booking moving) {
            YearMonth month = YearMonth.from(startsAt.atZone(zone));
            long used = minutesIn(month);
            int ahead = future();
            if (moving != null && moving.holdsRoom()) {
                if (YearMonth.from(moving.startsAt().atZone(zone)).equals(month)) {
                    used -=
                            java.time.Duration.between(moving.startsAt(), moving.endsAt())
                                    .toMinutes();
                }
                if (moving.startsAt().isAfter(now)) {
                    ahead--;
                }
            }
            long adding = java.time.Duration.between(startsAt, endsAt).toMinutes();
            if (used + adding > house.quotaHoursMonth() * 60L) {
                return Optional.of(
                        new BookingRulesCheck.Broken(
                                "booking.rule.quotaHours", used / 60.0, house.quotaHoursMonth()));
            }
            if (startsAt.isAfter(now) && ahead + 1 > house.quotaFutureBookings()) {
                return Optional.of(
                        new BookingRulesCheck.Broken(
                                "booking.rule.quotaFuture", house.quotaFutureBookings()));
            }
            return Optional.empty();
        }
    }

    /** What an NGO has used of a House's quotas this month, for the request form and the API. */
    public record UsageView(
            long ngoId,
            long houseId,
            YearMonth month,
            double hoursUsed,
            int hoursLimit,
            int futureBookings,
            int futureLimit) {}

    public UsageView usage(Caller caller, long ngoId, long houseId) {
        Ngo ngo = em.find(Ngo.class, ngoId);
        House house = em.find(House.class, houseId);
        if (ngo == null) {
            throw Refusal.notFound("refusal.ngo.notFound", ngoId);
        }
        if (house == null) {
            throw Refusal.notFound("problem.house.notFound", houseId);
        }
        boolean own = caller != null && caller.represents(ngoId);
        if (!own) {
            AccessPolicy.require(
                    caller,
                    Action.VIEW_HOUSE_BOOKINGS,
                    Scope.house(house.id(), house.region().code()));
        }
        Instant now = clock.instant();
        Usage usage = new Usage(ngo, house, now);
        YearMonth month = YearMonth.from(now.atZone(house.timeZone()));
        return new UsageView(
                ngoId,
                houseId,
                month,
                usage.minutesIn(month) / 60.0,
                house.quotaHoursMonth(),
                usage.future(),
                house.quotaFutureBookings());
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
        Booking booking = booking(id);
        BookingView done = approveQuietly(caller, booking);
        tell(booking, "mail.booking.approved", ICalendar.Method.REQUEST, null);
        return done;
    }

    public BookingView approveQuietly(Caller caller, Booking booking) {
        decidable(caller, booking);
        if (!ngos.isEligible(booking.ngo().id())) {
            throw new Refusal(422, "booking-rule", "booking.rule.eligibility", List.of());
        }
        booking.confirm(em.find(Account.class, caller.accountId()), clock.instant());
        audit.record(caller, "booking.confirmed", subject(booking), null);
        return BookingView.of(booking);
    }

    public BookingView reject(Caller caller, long id, String reason) {
        Booking booking = booking(id);
        BookingView done = rejectQuietly(caller, booking, reason);
        tell(booking, "mail.booking.rejected", ICalendar.Method.CANCEL, reason.strip());
        return done;
    }

    public BookingView rejectQuietly(Caller caller, Booking booking, String reason) {
        decidable(caller, booking);
        InputCheck check = InputCheck.start().text("reason", reason, 500);
        check.orRefuse();
        booking.reject(em.find(Account.class, caller.accountId()), reason, clock.instant());
        audit.record(caller, "booking.rejected", subject(booking), reason.strip());
        freed.fire(new SlotFreed(booking.room().id(), booking.startsAt(), booking.endsAt()));
        return BookingView.of(booking);
    }

    /**
     * Representatives cancel their NGO's booking until it starts; staff at any time, with a reason.
     */
    public BookingView cancel(Caller caller, long id, String reason) {
        Booking booking = booking(id);
        BookingView done = cancelQuietly(caller, booking, reason);
        tell(
                booking,
                "mail.booking.cancelled",
                ICalendar.Method.CANCEL,
                reason == null ? "" : reason.strip());
        return done;
    }

    public BookingView cancelQuietly(Caller caller, Booking booking, String reason) {
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
        freed.fire(new SlotFreed(booking.room().id(), booking.startsAt(), booking.endsAt()));
        return BookingView.of(booking);
    }

    /** A span of a room that no longer holds a booking: the waitlist may offer it. */
    public record SlotFreed(long roomId, Instant startsAt, Instant endsAt) {}

    // --- helpers

    private void decidable(Caller caller, Booking booking) {
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
    }

    public Booking booking(long id) {
        Booking booking = em.find(Booking.class, id);
        if (booking == null) {
            throw Refusal.notFound("refusal.booking.notFound", Long.toString(id));
        }
        return booking;
    }

    private static Subject subject(Booking booking) {
        return Subject.of("booking", booking.id(), booking.room().house().region().code());
    }

    static LocalTime time(InputCheck check, String field, String value) {
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
    public void tell(Booking booking, String key, ICalendar.Method method, String reason) {
        tell(List.of(booking), key, method, reason);
    }

    /**
     * Mails every representative of the bookings' NGO (one NGO, one room: a booking or some
     * occurrences of a series) once, in their language, with every event in one attachment.
     */
    public void tell(List<Booking> bookings, String key, ICalendar.Method method, String reason) {
        if (bookings.isEmpty()) {
            return;
        }
        Booking first = bookings.get(0);
        House house = first.room().house();
        ZoneId zone = house.timeZone();
        List<NgoRepresentative> reps =
                em.createQuery(
                                "SELECT r FROM NgoRepresentative r JOIN FETCH r.account WHERE r.ngo = :ngo",
                                NgoRepresentative.class)
                        .setParameter("ngo", first.ngo())
                        .getResultList();
        String when =
                bookings.stream()
                        .map(
                                b ->
                                        b.startsAt().atZone(zone).toLocalDate()
                                                + " "
                                                + HOURS.format(b.startsAt().atZone(zone))
                                                + "–"
                                                + HOURS.format(b.endsAt().atZone(zone)))
                        .collect(java.util.stream.Collectors.joining("; "));
        String whenShort =
                bookings.size() == 1
                        ? when
                        : when.substring(0, when.indexOf(';'))
                                + " (+"
                                + (bookings.size() - 1)
                                + ")";
        for (NgoRepresentative rep : reps) {
            Account to = rep.account();
            var locale = to.language().locale();
            String room = first.room().name().in(locale);
            List<ICalendar.Event> events = bookings.stream().map(b -> event(b, locale)).toList();
            String ics = ICalendar.of(method, events, clock.instant());
            mail.fire(
                    new OutgoingMail(
                            to.email(),
                            Messages.get(locale, key + ".subject", room, whenShort),
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

    /** A booking as a calendar event, in a language. */
    static ICalendar.Event event(Booking booking, java.util.Locale locale) {
        House house = booking.room().house();
        return new ICalendar.Event(
                "booking-" + booking.id() + "@houses-of-democracy.kz",
                booking.version() * 10 + booking.status().ordinal(),
                booking.startsAt(),
                booking.endsAt(),
                booking.room().name().in(locale) + " — " + booking.ngo().name().in(locale),
                house.place(locale),
                booking.purpose(),
                booking.status() == BookingStatus.PENDING,
                !booking.holdsRoom());
    }
}
