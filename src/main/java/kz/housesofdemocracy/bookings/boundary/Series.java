package kz.housesofdemocracy.bookings.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.audit.control.AuditTrail;
import kz.housesofdemocracy.audit.control.AuditTrail.Subject;
import kz.housesofdemocracy.bookings.control.BookingDesk;
import kz.housesofdemocracy.bookings.control.BookingLetters;
import kz.housesofdemocracy.bookings.control.BookingQueries;
import kz.housesofdemocracy.bookings.control.ICalendar;
import kz.housesofdemocracy.bookings.control.Recurrence;
import kz.housesofdemocracy.bookings.entity.Booking;
import kz.housesofdemocracy.bookings.entity.BookingSeries;
import kz.housesofdemocracy.bookings.entity.BookingStatus;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.premises.entity.House;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Recurring series. Every occurrence is an ordinary booking and obeys every rule of one (quotas
 * counted cumulatively); a preview lists each with what stands in its way, and the person saves all
 * of them or only the free ones. One occurrence, this and the following, or all can then be moved
 * or cancelled; a series for a hall is decided as a whole or per occurrence.
 */
@Stateless
public class Series {

    @PersistenceContext private EntityManager em;
    @Inject private Bookings bookings;
    @Inject private Clock clock;
    @Inject private AuditTrail audit;
    @Inject private BookingQueries queries;
    @Inject private BookingLetters letters;

    /** Which occurrences a change or a cancellation touches. */
    public enum EditScope {
        ONE,
        FOLLOWING,
        ALL
    }

    /** An occurrence in a preview: FREE, TAKEN (another booking or an offer) or BROKEN (a rule). */
    @Schema(description = "One occurrence of a series and what stands in its way.")
    public record Occurrence(
            @Schema(description = "The day (ISO 8601).") LocalDate date,
            @Schema(
                            description = "Start, HH:mm:ss in the House's local time.",
                            type = SchemaType.STRING,
                            format = "time",
                            example = "10:00:00")
                    LocalTime start,
            @Schema(
                            description = "End, HH:mm:ss in the House's local time.",
                            type = SchemaType.STRING,
                            format = "time",
                            example = "12:00:00")
                    LocalTime end,
            @Schema(
                            description =
                                    "FREE; TAKEN by another booking or a waitlist offer; BROKEN: a rule is broken.",
                            enumeration = {"FREE", "TAKEN", "BROKEN"})
                    String state,
            @Schema(
                            description =
                                    "What stands in the way, in the reader's language; absent when FREE.")
                    String problem)
            implements java.io.Serializable {
        public boolean free() {
            return "FREE".equals(state);
        }
    }

    @Schema(description = "What saving a series would do. Nothing is saved.")
    public record Preview(
            @Schema(
                            description = "The rule in words.",
                            example = "WEEKLY TU,TH FROM 2026-12-08 COUNT 10")
                    String rule,
            @Schema(description = "Every occurrence the rule gives, in date order.")
                    List<Occurrence> occurrences,
            @Schema(description = "How many occurrences are FREE.") int free)
            implements java.io.Serializable {}

    @Schema(description = "A series saved: the bookings made and the occurrences skipped.")
    public record Made(
            @Schema(description = "The series' id.") long seriesId,
            @Schema(description = "The bookings made, in date order.") List<BookingView> booked,
            @Schema(description = "The occurrences not booked (only with onlyFree=true), with why.")
                    List<Occurrence> skipped)
            implements java.io.Serializable {}

    /** What would happen: every occurrence with what stands in its way. Nothing is saved. */
    public Preview preview(Caller caller, SeriesForm form, Locale locale) {
        Plan plan = plan(caller, form, locale);
        return new Preview(
                plan.rule.describe(),
                plan.occurrences,
                (int) plan.occurrences.stream().filter(Occurrence::free).count());
    }

    /** Saves a series: all occurrences (refused unless every one is free) or only the free ones. */
    public Made create(Caller caller, SeriesForm form, boolean onlyFree, Locale locale) {
        Plan plan = plan(caller, form, locale);
        long free = plan.occurrences.stream().filter(Occurrence::free).count();
        if (free == 0) {
            throw Refusal.conflict("series-nothing-free", "series.nothingFree");
        }
        if (!onlyFree && free < plan.occurrences.size()) {
            throw Refusal.conflict(
                    "series-not-all-free",
                    "series.notAllFree",
                    plan.occurrences.size() - free,
                    plan.occurrences.size());
        }
        BookingDesk desk = bookings.desk(caller, form.getNgoId(), form.getRoomId());
        BookingSeries series =
                new BookingSeries(
                        desk.room(),
                        desk.ngo(),
                        em.getReference(Account.class, caller.accountId()),
                        plan.rule.describe(),
                        desk.now());
        em.persist(series);
        List<Booking> made = new ArrayList<>();
        List<Occurrence> skipped = new ArrayList<>();
        for (Occurrence o : plan.occurrences) {
            // Checked again inside the same lock: what the preview said may have changed.
            if (o.free()
                    && desk.obstacle(o.date(), o.start(), o.end(), form.getAttendees(), null)
                            .isEmpty()) {
                made.add(
                        desk.book(
                                o.date(),
                                o.start(),
                                o.end(),
                                form.getPurpose(),
                                form.getAttendees(),
                                series));
            } else {
                skipped.add(o);
            }
        }
        audit.record(
                caller,
                "series.created",
                Subject.of("series", series.id(), desk.house().region().code()),
                plan.rule.describe() + "; " + made.size() + " booked, " + skipped.size() + " not");
        letters.tell(
                made,
                made.get(0).status() == BookingStatus.PENDING
                        ? "mail.series.pending"
                        : "mail.series.confirmed",
                ICalendar.Method.REQUEST,
                null);
        return new Made(series.id(), made.stream().map(BookingView::of).toList(), skipped);
    }

    /** The occurrences of a series, for its NGO's representatives and the House's staff. */
    public List<BookingView> occurrences(Caller caller, long seriesId) {
        BookingSeries series = series(seriesId);
        House house = series.room().house();
        if (caller == null || !caller.represents(series.ngo().id())) {
            AccessPolicy.require(
                    caller,
                    Action.VIEW_HOUSE_BOOKINGS,
                    Scope.house(house.id(), house.region().code()));
        }
        return queries.ofSeries(series).stream().map(BookingView::of).toList();
    }

    /**
     * Moves one occurrence, it and the following ones, or all that have not started, to new times
     * on their own days: all of them or none (the first problem is named with its date).
     */
    public List<BookingView> change(
            Caller caller,
            long bookingId,
            EditScope scope,
            String startText,
            String endText,
            String purpose,
            Integer attendees) {
        Booking anchor = bookings.booking(bookingId);
        // Only the NGO's representatives move its bookings; asked before anything else.
        AccessPolicy.require(
                caller,
                Action.ACT_FOR_NGO,
                Scope.ngo(anchor.ngo().id(), anchor.ngo().region().code()));
        InputCheck check = InputCheck.start().when(scope == null, "scope", "series.problem.scope");
        LocalTime start = check.time("start", startText);
        LocalTime end = check.time("end", endText);
        check.text("purpose", purpose, 500);
        check.when(attendees == null, "attendees", "validation.required");
        check.orRefuse();
        BookingDesk desk = bookings.desk(caller, anchor.ngo().id(), anchor.room().id());
        // The room's lock is held from here: read the bookings again, as another move may have
        // committed while this one waited for it (the copies read above could be stale, and a
        // stale version would fail at the flush) — the anchor, then the series in one statement.
        em.refresh(anchor);
        List<Booking> affected = affected(anchor, scope, desk.now(), true);
        for (Booking b : affected) {
            LocalDate day = desk.dayOf(b.startsAt());
            desk.obstacle(day, start, end, attendees, b)
                    .ifPresent(
                            r -> {
                                throw new Refusal(
                                        r.status(),
                                        r.type(),
                                        "series.occurrenceProblem",
                                        List.of(),
                                        day.toString(),
                                        Messages.localizable(r.key(), r.arguments()));
                            });
        }
        for (Booking b : affected) {
            LocalDate day = desk.dayOf(b.startsAt());
            Period moved = Period.of(desk.at(day, start), desk.at(day, end));
            b.reschedule(moved, purpose, attendees, desk.price(moved));
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            // Changed by a request that does not take the room's lock (a cancellation, a
            // decision) meanwhile: the caller reads it again and decides, never a 500.
            throw Refusal.conflict("changed-meanwhile", "refusal.booking.changedMeanwhile");
        }
        audit.record(
                caller,
                "series.changed",
                Subject.of("booking", anchor.id(), desk.house().region().code()),
                scope + " " + affected.size() + " to " + start + "–" + end);
        letters.tell(affected, "mail.series.changed", ICalendar.Method.REQUEST, null);
        return affected.stream().map(BookingView::of).toList();
    }

    /** Cancels one occurrence, it and the following ones, or all that have not started. */
    public List<BookingView> cancel(Caller caller, long bookingId, EditScope scope, String reason) {
        Booking anchor = bookings.booking(bookingId);
        if (caller == null || !caller.represents(anchor.ngo().id())) {
            House house = anchor.room().house();
            AccessPolicy.require(
                    caller,
                    Action.DECIDE_BOOKING,
                    Scope.booking(house.id(), house.region().code(), anchor.ngo().id()));
        }
        InputCheck.start().when(scope == null, "scope", "series.problem.scope").orRefuse();
        List<Booking> affected = affected(anchor, scope, clock.instant(), false);
        if (affected.isEmpty()) {
            throw Refusal.conflict("not-cancellable", "refusal.booking.notCancellable");
        }
        List<BookingView> done = new ArrayList<>();
        for (Booking b : affected) {
            done.add(bookings.cancelQuietly(caller, b, reason));
        }
        letters.tell(
                affected,
                "mail.booking.cancelled",
                ICalendar.Method.CANCEL,
                reason == null ? "" : reason.strip());
        return done;
    }

    /** Approves or rejects every pending occurrence of a series at once. */
    public List<BookingView> decide(Caller caller, long seriesId, boolean approve, String reason) {
        BookingSeries series = series(seriesId);
        House house = series.room().house();
        AccessPolicy.require(
                caller,
                Action.DECIDE_BOOKING,
                Scope.booking(house.id(), house.region().code(), series.ngo().id()));
        if (!approve) {
            InputCheck.start().text("reason", reason, 500).orRefuse();
        }
        List<Booking> pending =
                queries.ofSeries(series).stream()
                        .filter(b -> b.status() == BookingStatus.PENDING)
                        .toList();
        if (pending.isEmpty()) {
            throw Refusal.conflict("decided", "refusal.booking.decided");
        }
        List<BookingView> done = new ArrayList<>();
        for (Booking b : pending) {
            done.add(
                    approve
                            ? bookings.approveQuietly(caller, b)
                            : bookings.rejectQuietly(caller, b, reason));
        }
        letters.tell(
                pending,
                approve ? "mail.booking.approved" : "mail.booking.rejected",
                approve ? ICalendar.Method.REQUEST : ICalendar.Method.CANCEL,
                approve ? null : reason.strip());
        return done;
    }

    // --- helpers

    private record Plan(Recurrence rule, List<Occurrence> occurrences)
            implements java.io.Serializable {}

    private Plan plan(Caller caller, SeriesForm form, Locale locale) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        InputCheck check =
                InputCheck.start()
                        .present("ngoId", form.getNgoId())
                        .present("roomId", form.getRoomId())
                        .present("first", form.getFirst());
        LocalTime start = check.time("start", form.getStart());
        LocalTime end = check.time("end", form.getEnd());
        check.text("purpose", form.getPurpose(), 500);
        check.when(form.getAttendees() == null, "attendees", "validation.required");
        Recurrence rule = form.rule(check, Clocks.today(clock));
        check.orRefuse();
        BookingDesk desk = bookings.desk(caller, form.getNgoId(), form.getRoomId());
        List<Occurrence> occurrences = new ArrayList<>();
        for (LocalDate day : rule.dates()) {
            Optional<Refusal> obstacle = desk.obstacle(day, start, end, form.getAttendees(), null);
            if (obstacle.isEmpty()) {
                // Counted as if booked, so the quotas see the series as a whole.
                desk.count(day, start, end);
                occurrences.add(new Occurrence(day, start, end, "FREE", null));
            } else {
                Refusal r = obstacle.get();
                occurrences.add(
                        new Occurrence(
                                day,
                                start,
                                end,
                                r.status() == 409 ? "TAKEN" : "BROKEN",
                                Messages.get(locale, r.key(), r.arguments())));
            }
        }
        return new Plan(rule, occurrences);
    }

    private BookingSeries series(long id) {
        BookingSeries series = em.find(BookingSeries.class, id);
        if (series == null) {
            throw Refusal.notFound("refusal.series.notFound", Long.toString(id));
        }
        return series;
    }

    /** The holding occurrences a scope touches; only the one itself when it is not in a series. */
    private List<Booking> affected(Booking anchor, EditScope scope, Instant now, boolean fresh) {
        if (anchor.series() == null || scope == EditScope.ONE) {
            return anchor.holdsRoom() ? List.of(anchor) : List.of();
        }
        return (fresh ? queries.ofSeriesFresh(anchor.series()) : queries.ofSeries(anchor.series()))
                .stream()
                        .filter(Booking::holdsRoom)
                        .filter(b -> b.startsAt().isAfter(now))
                        .filter(
                                b ->
                                        scope == EditScope.ALL
                                                || !b.startsAt().isBefore(anchor.startsAt()))
                        .toList();
    }
}
