package kz.housesofdemocracy.bookings.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.audit.control.AuditTrail;
import kz.housesofdemocracy.audit.control.AuditTrail.Subject;
import kz.housesofdemocracy.bookings.entity.Booking;
import kz.housesofdemocracy.bookings.entity.BookingSeries;
import kz.housesofdemocracy.bookings.entity.BookingStatus;
import kz.housesofdemocracy.bookings.entity.WaitlistEntry;
import kz.housesofdemocracy.closures.control.InternalClosures;
import kz.housesofdemocracy.closures.entity.Blackout;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Room;

/**
 * One NGO at one room, for one transaction: everything the rules need, read once with the room's
 * row already locked by the façade, for a single request, a series, or a move of occurrences. It
 * says what stands in the way of an occurrence and books the ones that are free, counting each in
 * the quotas.
 */
public final class BookingDesk {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    /** The holidays between two days (both included), by day. */
    @FunctionalInterface
    public interface DaysOff {
        Map<LocalDate, LocalizedText> between(LocalDate first, LocalDate last);
    }

    private final EntityManager em;
    private final AuditTrail audit;
    private final DaysOff daysOff;
    private final Caller caller;
    private final Ngo ngo;
    private final Room room;
    private final House house;
    private final ZoneId zone;
    private final Instant now;
    private final boolean eligible;
    private final boolean exempt;
    private final QuotaUsage usage;

    /** A desk for a room whose row the caller's transaction has locked. */
    public BookingDesk(
            EntityManager em,
            AuditTrail audit,
            DaysOff daysOff,
            Caller caller,
            Ngo ngo,
            Room lockedRoom,
            boolean eligible,
            Instant now) {
        this.em = em;
        this.audit = audit;
        this.daysOff = daysOff;
        this.caller = caller;
        this.ngo = ngo;
        this.room = lockedRoom;
        this.house = lockedRoom.house();
        this.zone = house.timeZone();
        this.now = now;
        this.eligible = eligible;
        // Staff booking at their own House are not held to the NGO quotas.
        this.exempt =
                AccessPolicy.may(
                        caller,
                        Action.VIEW_HOUSE_BOOKINGS,
                        Scope.house(house.id(), house.regionCode()));
        this.usage = new QuotaUsage(em, ngo, house, now);
    }

    public Ngo ngo() {
        return ngo;
    }

    public Room room() {
        return room;
    }

    public House house() {
        return house;
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return now;
    }

    /** A time of a day in the House's zone. */
    public Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(zone).toInstant();
    }

    /** The day a moment falls on in the House's zone. */
    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** Counts an occurrence as if booked, so that the quotas see a series as a whole. */
    public void count(LocalDate date, LocalTime start, LocalTime end) {
        usage.add(Period.of(at(date, start), at(date, end)));
    }

    /** What stands in the way of a span kept elsewhere (a waitlist entry, an alternative). */
    public Optional<Refusal> obstacle(Period period, int attendees) {
        ZonedDateTime start = period.start().atZone(zone);
        return obstacle(
                start.toLocalDate(),
                start.toLocalTime(),
                period.end().atZone(zone).toLocalTime(),
                attendees,
                null);
    }

    /**
     * What stands in the way of booking the room on a day from start to end: a broken rule (422),
     * or a holding booking or a waitlist offer in the way (409). Empty when it is free. {@code
     * moving} is a booking being moved, which does not stand in its own way.
     */
    public Optional<Refusal> obstacle(
            LocalDate date, LocalTime start, LocalTime end, int attendees, Booking moving) {
        Instant startsAt = at(date, start);
        Instant endsAt = at(date, end);
        Optional<Period> period =
                startsAt.isBefore(endsAt)
                        ? Optional.of(Period.of(startsAt, endsAt))
                        : Optional.empty();
        Optional<Clearance> clearance =
                period.map(
                        p ->
                                Clearance.read(
                                        em, house.id(), room.id(), p, date, exempt ? null : usage));
        boolean clear = clearance.map(Clearance::clear).orElse(false);
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
                                clearance.map(Clearance::noHoliday).orElse(false)
                                        ? Map.of()
                                        : daysOff.between(date, date),
                                clear ? List.of() : period.map(this::blackouts).orElse(List.of()),
                                eligible,
                                now));
        if (broken.isEmpty()) {
            broken = lifeBroken(startsAt, endsAt);
        }
        if (broken.isEmpty() && !exempt) {
            broken = usage.check(period.orElseThrow(), moving);
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
        if (clear) {
            return Optional.empty();
        }
        return clash(period.orElseThrow(), date, moving).or(() -> offered(period.orElseThrow()));
    }

    /**
     * A span outside the room's life (#21): before its (or its House's) opening day, or not over by
     * its (or its House's) closing moment.
     */
    private Optional<BookingRulesCheck.Broken> lifeBroken(Instant startsAt, Instant endsAt) {
        if (startsAt.isBefore(room.opensAt())) {
            return Optional.of(
                    new BookingRulesCheck.Broken(
                            "booking.rule.notOpenYet", room.opensOn().toString()));
        }
        Instant closes = room.closesAt();
        if (closes != null && endsAt.isAfter(closes)) {
            return Optional.of(
                    new BookingRulesCheck.Broken(
                            "booking.rule.closedFrom",
                            closes.atZone(zone).toLocalDate().toString()));
        }
        return Optional.empty();
    }

    /**
     * The reasons of the blackouts in the way; an internal event's hold gives no title outside the
     * House's staff (#19).
     */
    private List<LocalizedText> blackouts(Period period) {
        List<Blackout> inTheWay =
                em
                        .createNamedQuery(Blackout.IN_HOUSE, Blackout.class)
                        .setParameter("house", house)
                        .setParameter("start", period.start())
                        .setParameter("end", period.end())
                        .getResultList()
                        .stream()
                        .filter(b -> b.blocks(room.id(), period))
                        .toList();
        Set<Long> hidden =
                InternalClosures.seesReasons(caller, house)
                        ? Set.of()
                        : InternalClosures.internal(inTheWay);
        return inTheWay.stream()
                .map(
                        b ->
                                hidden.contains(b.id())
                                        ? LocalizedText.of(
                                                l -> Messages.get(l, "closures.internal.reason"))
                                        : b.describe())
                .toList();
    }

    private Optional<Refusal> clash(Period period, LocalDate date, Booking moving) {
        return em
                .createNamedQuery(Booking.OVERLAPPING, Booking.class)
                .setParameter("room", room)
                .setParameter("holding", BookingStatus.HOLDING)
                .setParameter("earliest", period.start().minus(Booking.LONGEST))
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .getResultList()
                .stream()
                .filter(b -> moving == null || !b.id().equals(moving.id()))
                .findFirst()
                .map(
                        b ->
                                Refusal.conflict(
                                        "slot-taken",
                                        "refusal.booking.slotTaken",
                                        HOURS.format(b.startsAt().atZone(zone)),
                                        HOURS.format(b.endsAt().atZone(zone)),
                                        date.toString()));
    }

    private Optional<Refusal> offered(Period period) {
        return em
                .createNamedQuery(WaitlistEntry.OFFERED_IN_ROOM, WaitlistEntry.class)
                .setParameter("room", room)
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .setParameter("now", now)
                .getResultList()
                .stream()
                .filter(w -> !w.ngo().id().equals(ngo.id()))
                .findFirst()
                .map(
                        w ->
                                Refusal.conflict(
                                        "slot-offered",
                                        "refusal.booking.offeredToWaitlist",
                                        HOURS.format(w.offerEndsAt().atZone(zone))));
    }

    /** Books a span kept elsewhere, already checked by {@link #obstacle(Period, int)}. */
    public Booking book(Period period, String purpose, int attendees) {
        ZonedDateTime start = period.start().atZone(zone);
        return book(
                start.toLocalDate(),
                start.toLocalTime(),
                period.end().atZone(zone).toLocalTime(),
                purpose,
                attendees,
                null);
    }

    /** Books an occurrence already checked by {@link #obstacle}; counts it in the quotas. */
    public Booking book(
            LocalDate date,
            LocalTime start,
            LocalTime end,
            String purpose,
            int attendees,
            BookingSeries series) {
        Period period = Period.of(at(date, start), at(date, end));
        Booking booking =
                new Booking(
                        room,
                        ngo,
                        em.getReference(Account.class, caller.accountId()),
                        period,
                        purpose,
                        attendees,
                        price(period),
                        room.needsApproval(),
                        now);
        if (series != null) {
            booking.partOf(series);
        }
        em.persist(booking);
        em.flush();
        usage.add(period);
        audit.record(
                caller,
                "booking.requested",
                Subject.of("booking", booking.id(), house.regionCode()),
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

    /** What the room costs over a period, with the House's subsidy. */
    public Booking.Price price(Period period) {
        return Pricing.price(room.hourlyRate(), period.length(), house.subsidyShare());
    }
}
