package kz.housesofdemocracy.bookings.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.audit.control.AuditTrail;
import kz.housesofdemocracy.audit.control.AuditTrail.Subject;
import kz.housesofdemocracy.bookings.control.BookingDesk;
import kz.housesofdemocracy.bookings.control.BookingFilter;
import kz.housesofdemocracy.bookings.control.BookingLetters;
import kz.housesofdemocracy.bookings.control.BookingLocks;
import kz.housesofdemocracy.bookings.control.BookingQueries;
import kz.housesofdemocracy.bookings.control.BookingSearch;
import kz.housesofdemocracy.bookings.control.ICalendar;
import kz.housesofdemocracy.bookings.control.QuotaUsage;
import kz.housesofdemocracy.bookings.entity.Booking;
import kz.housesofdemocracy.closures.boundary.Holidays;
import kz.housesofdemocracy.ngos.boundary.Ngos;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Room;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Room bookings. Two bookings that hold a room never overlap: the room's row is locked in the
 * database for the check and the insert, in one transaction, so it holds across threads and across
 * server nodes that share the database.
 */
@Stateless
public class Bookings {

    @PersistenceContext private EntityManager em;
    @Inject private Clock clock;
    @Inject private AuditTrail audit;
    @Inject private Ngos ngos;
    @Inject private Holidays holidays;
    @Inject private BookingQueries queries;
    @Inject private BookingSearch search;
    @Inject private BookingLetters letters;
    @Inject private BookingLocks locks;
    @Inject private Event<SlotFreed> freed;

    /**
     * Requests a room for an NGO the caller represents; confirmed at once unless the room needs
     * approval.
     */
    public BookingView request(Caller caller, BookingForm form) {
        signedIn(caller);
        InputCheck check =
                InputCheck.start()
                        .present("ngoId", form.getNgoId())
                        .present("roomId", form.getRoomId())
                        .present("date", form.getDate());
        LocalTime start = check.time("start", form.getStart());
        LocalTime end = check.time("end", form.getEnd());
        check.text("purpose", form.getPurpose(), 500);
        check.when(form.getAttendees() == null, "attendees", "validation.required");
        check.orRefuse();
        BookingDesk desk = desk(caller, form.getNgoId(), form.getRoomId());
        desk.obstacle(form.getDate(), start, end, form.getAttendees(), null)
                .ifPresent(
                        refusal -> {
                            throw refusal;
                        });
        Booking booking =
                desk.book(form.getDate(), start, end, form.getPurpose(), form.getAttendees(), null);
        letters.made(booking);
        return BookingView.of(booking);
    }

    /**
     * The desk of one NGO at one room for this transaction, with the NGO's row and then the room's
     * locked ({@link BookingLocks}: the room's lock serialises every request for the room, the
     * NGO's every request that counts in its quotas, on every node).
     */
    public BookingDesk desk(Caller caller, long ngoId, long roomId) {
        Ngo ngo = locks.ngo(ngoId);
        if (ngo == null) {
            throw Refusal.notFound("refusal.ngo.notFound", ngoId);
        }
        AccessPolicy.require(caller, Action.ACT_FOR_NGO, Scope.ngo(ngo.id(), ngo.regionCode()));
        Room room = locks.room(roomId);
        if (room == null || !room.isActive() || !room.house().isOpen()) {
            throw Refusal.notFound("refusal.room.notFound", roomId);
        }
        return new BookingDesk(
                em,
                audit,
                holidays::daysOff,
                caller,
                ngo,
                room,
                ngos.isEligible(ngo.id()),
                clock.instant());
    }

    /** What an NGO has used of a House's quotas this month, for the request form and the API. */
    @Schema(description = "What an NGO has used of a House's quotas in a month.")
    public record UsageView(
            long ngoId,
            long houseId,
            @Schema(
                            description = "The month, YYYY-MM.",
                            type = SchemaType.STRING,
                            example = "2026-12")
                    YearMonth month,
            @Schema(description = "Hours booked in the House that month.", example = "6.5")
                    double hoursUsed,
            @Schema(description = "The House's limit of hours per NGO per month.") int hoursLimit,
            @Schema(description = "The NGO's bookings in the House still ahead.")
                    int futureBookings,
            @Schema(description = "The House's limit of bookings ahead per NGO.")
                    int futureLimit) {}

    public UsageView usage(Caller caller, long ngoId, long houseId) {
        return usage(caller, ngoId, houseId, null);
    }

    /** The NGO's use of a House's quotas in a month (this month when null). */
    public UsageView usage(Caller caller, long ngoId, long houseId, YearMonth wanted) {
        Ngo ngo = em.find(Ngo.class, ngoId);
        House house = em.find(House.class, houseId);
        if (ngo == null) {
            throw Refusal.notFound("refusal.ngo.notFound", ngoId);
        }
        if (house == null) {
            throw Refusal.notFound("problem.house.notFound", houseId);
        }
        if (caller == null || !caller.represents(ngoId)) {
            requireStaff(caller, house);
        }
        Instant now = clock.instant();
        QuotaUsage usage = new QuotaUsage(em, ngo, house, now);
        YearMonth month = wanted != null ? wanted : YearMonth.from(now.atZone(house.timeZone()));
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
        signedIn(caller);
        if (caller.ngos().isEmpty()) {
            return List.of();
        }
        return views(queries.ofNgos(caller.ngos()));
    }

    /** The bookings of the caller's NGOs that a filter of "my bookings" shows. */
    public List<BookingView> mine(Caller caller, BookingFilter filter) {
        signedIn(caller);
        if (caller.ngos().isEmpty()) {
            return List.of();
        }
        return views(queries.ofNgos(caller.ngos(), filter, clock.instant()));
    }

    /** Bookings waiting for approval in the caller's scope: their Houses, or their region's. */
    public List<BookingView> queue(Caller caller) {
        StaffScope scope = StaffScope.of(caller);
        return views(queries.pending(scope.houses(), scope.regions(), clock.instant()));
    }

    /** Upcoming bookings in the caller's scope, for staff who may need to cancel one. */
    public List<BookingView> upcoming(Caller caller) {
        StaffScope scope = StaffScope.of(caller);
        return views(queries.upcoming(scope.houses(), scope.regions(), clock.instant()));
    }

    /**
     * One page of the staff list of bookings in the caller's scope (their Houses, their regions, or
     * all for an administrator), cut and sorted in the database.
     */
    public List<BookingView> staffPage(
            Caller caller,
            BookingSearch.Criteria criteria,
            int first,
            int size,
            String sortBy,
            boolean ascending,
            Language language) {
        return views(
                search.page(
                        listScope(caller),
                        criteria,
                        clock.instant(),
                        first,
                        size,
                        sortBy,
                        ascending,
                        language));
    }

    /** How many bookings the staff list holds with these criteria. */
    public long staffCount(Caller caller, BookingSearch.Criteria criteria) {
        return search.count(listScope(caller), criteria, clock.instant());
    }

    /** Whom the staff lists show: administrators everything, others their Houses and regions. */
    private static BookingSearch.Scope listScope(Caller caller) {
        signedIn(caller);
        if (caller.holds(Role.NATIONAL_ADMIN)) {
            return new BookingSearch.Scope(true, List.of(), List.of());
        }
        StaffScope scope = StaffScope.of(caller);
        return new BookingSearch.Scope(false, scope.houses(), scope.regions());
    }

    public BookingView details(Caller caller, long id) {
        Booking booking = booking(id);
        if (caller == null || !caller.represents(booking.ngo().id())) {
            requireStaff(caller, booking.room().house());
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
        letters.tell(booking, "mail.booking.approved", ICalendar.Method.REQUEST, null);
        return done;
    }

    public BookingView approveQuietly(Caller caller, Booking booking) {
        requireDecider(caller, booking);
        booking.confirm(
                em.find(Account.class, caller.accountId()),
                ngos.isEligible(booking.ngo().id()),
                clock.instant());
        audit.record(caller, "booking.confirmed", subject(booking), null);
        return BookingView.of(booking);
    }

    public BookingView reject(Caller caller, long id, String reason) {
        Booking booking = booking(id);
        BookingView done = rejectQuietly(caller, booking, reason);
        letters.tell(booking, "mail.booking.rejected", ICalendar.Method.CANCEL, reason.strip());
        return done;
    }

    public BookingView rejectQuietly(Caller caller, Booking booking, String reason) {
        requireDecider(caller, booking);
        booking.reject(em.find(Account.class, caller.accountId()), reason, clock.instant());
        audit.record(caller, "booking.rejected", subject(booking), reason.strip());
        freed.fire(new SlotFreed(booking.room().id(), booking.period()));
        return BookingView.of(booking);
    }

    /**
     * Representatives cancel their NGO's booking until it starts; staff at any time, with a reason.
     */
    public BookingView cancel(Caller caller, long id, String reason) {
        Booking booking = booking(id);
        BookingView done = cancelQuietly(caller, booking, reason);
        letters.tell(
                booking,
                "mail.booking.cancelled",
                ICalendar.Method.CANCEL,
                reason == null ? "" : reason.strip());
        return done;
    }

    public BookingView cancelQuietly(Caller caller, Booking booking, String reason) {
        boolean representative = caller != null && caller.represents(booking.ngo().id());
        if (!representative) {
            House house = booking.room().house();
            AccessPolicy.require(
                    caller,
                    Action.DECIDE_BOOKING,
                    Scope.booking(house.id(), house.region().code(), booking.ngo().id()));
        }
        Account by = em.find(Account.class, caller.accountId());
        if (representative) {
            booking.cancelByRepresentative(by, reason, clock.instant());
        } else {
            booking.cancelByStaff(by, reason, clock.instant());
        }
        audit.record(
                caller,
                representative ? "booking.cancelled" : "booking.cancelledByStaff",
                subject(booking),
                reason);
        freed.fire(new SlotFreed(booking.room().id(), booking.period()));
        return BookingView.of(booking);
    }

    /** A span of a room that no longer holds a booking: the waitlist may offer it. */
    public record SlotFreed(long roomId, Period period) {}

    public Booking booking(long id) {
        Booking booking = em.find(Booking.class, id);
        if (booking == null) {
            throw Refusal.notFound("refusal.booking.notFound", Long.toString(id));
        }
        return booking;
    }

    // --- helpers

    /** Who decides a booking: staff in its scope, never the one who asked for it (four eyes). */
    private static void requireDecider(Caller caller, Booking booking) {
        House house = booking.room().house();
        AccessPolicy.require(
                caller,
                Action.DECIDE_BOOKING,
                Scope.booking(house.id(), house.region().code(), booking.ngo().id()));
        if (booking.requestedBy().id().equals(caller.accountId())) {
            throw Refusal.forbidden();
        }
    }

    private static void requireStaff(Caller caller, House house) {
        AccessPolicy.require(
                caller, Action.VIEW_HOUSE_BOOKINGS, Scope.house(house.id(), house.region().code()));
    }

    private static void signedIn(Caller caller) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
    }

    /** The Houses the caller manages and the regions whose bookings the caller approves. */
    private record StaffScope(List<Long> houses, List<String> regions) {
        static StaffScope of(Caller caller) {
            signedIn(caller);
            StaffScope scope =
                    new StaffScope(
                            caller.grants().stream()
                                    .filter(g -> g.role() == Role.HOUSE_MANAGER)
                                    .map(Caller.Grant::houseId)
                                    .toList(),
                            caller.grants().stream()
                                    .filter(g -> g.role() == Role.AKIMAT_APPROVER)
                                    .map(Caller.Grant::regionCode)
                                    .toList());
            if (scope.houses().isEmpty() && scope.regions().isEmpty()) {
                throw Refusal.forbidden();
            }
            return scope;
        }
    }

    private static List<BookingView> views(List<Booking> list) {
        return list.stream().map(BookingView::of).toList();
    }

    private static Subject subject(Booking booking) {
        return Subject.of("booking", booking.id(), booking.room().house().region().code());
    }
}
