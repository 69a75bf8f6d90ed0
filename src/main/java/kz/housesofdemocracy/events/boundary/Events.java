package kz.housesofdemocracy.events.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.audit.control.AuditTrail;
import kz.housesofdemocracy.audit.control.AuditTrail.Subject;
import kz.housesofdemocracy.bookings.boundary.BookingView;
import kz.housesofdemocracy.bookings.boundary.Displacements;
import kz.housesofdemocracy.events.control.EventAccess;
import kz.housesofdemocracy.events.control.EventFeed;
import kz.housesofdemocracy.events.control.EventForm;
import kz.housesofdemocracy.events.control.EventHolds;
import kz.housesofdemocracy.events.control.EventLetters;
import kz.housesofdemocracy.events.control.EventPlan;
import kz.housesofdemocracy.events.control.EventPlans;
import kz.housesofdemocracy.events.control.EventQueries;
import kz.housesofdemocracy.events.control.EventRegistrations;
import kz.housesofdemocracy.events.control.EventView;
import kz.housesofdemocracy.events.control.EventViews;
import kz.housesofdemocracy.events.control.NgoDaySetting;
import kz.housesofdemocracy.events.control.RegistrationBrake;
import kz.housesofdemocracy.events.entity.Event;
import kz.housesofdemocracy.events.entity.Registration;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.DateSpan;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Region;
import kz.housesofdemocracy.premises.entity.Room;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The sector's event calendar. Administrators organise national events, a region's approvers its
 * regional and House events. An event may hold rooms: the bookings in the way are displaced with
 * notice and alternatives, never silently. Public events take registrations up to a capacity, then
 * a waitlist, and are published as calendar feeds.
 */
@Stateless
public class Events {

    /** How far ahead an organiser's list of events looks. */
    private static final int ORGANISED_DAYS = 366;

    @PersistenceContext private EntityManager em;
    @Inject private EventQueries queries;
    @Inject private EventPlans plans;
    @Inject private EventHolds holds;
    @Inject private EventRegistrations registrations;
    @Inject private RegistrationBrake brake;
    @Inject private EventViews views;
    @Inject private EventLetters letters;
    @Inject private NgoDaySetting ngoDay;
    @Inject private Displacements displacements;
    @Inject private Clock clock;
    @Inject private AuditTrail audit;

    /** What creating an event did. */
    @Schema(
            name = "EventCreated",
            description = "A created event, and how many bookings it displaced.")
    public record Created(
            @Schema(description = "The event as created.") EventView event,
            @Schema(description = "How many bookings its room holds cancelled.") int displaced) {}

    // --- reading

    /**
     * Events on the days, filtered by region and House: the public ones, and for staff also the
     * internal ones they organise.
     */
    public List<EventView> between(Caller caller, DateSpan days, String regionCode, Long houseId) {
        return views.of(
                queries.between(days, regionCode, houseId).stream()
                        .filter(e -> e.isPublic() || EventAccess.organises(caller, e))
                        .toList());
    }

    public EventView details(Caller caller, long id) {
        Event event = queries.event(id);
        if (!event.isPublic() && !EventAccess.organises(caller, event)) {
            throw Refusal.notFound("event.notFound", Long.toString(id));
        }
        return views.of(event);
    }

    /** The events of the coming year that the caller organises, cancelled ones last. */
    public List<EventView> organisedAhead(Caller caller) {
        LocalDate today = Clocks.today(clock);
        return between(caller, DateSpan.of(today, today.plusDays(ORGANISED_DAYS)), null, null)
                .stream()
                .filter(e -> EventAccess.organisesIn(caller, e.regionCode()))
                .toList();
    }

    // --- organising

    /** The bookings an event would displace: shown to the organiser before anything happens. */
    public List<BookingView> inTheWay(Caller caller, EventForm form) {
        EventPlan plan = plans.plan(caller, form);
        List<BookingView> all = new ArrayList<>();
        for (Room room : plan.rooms()) {
            all.addAll(displacements.inTheWay(room.id(), plan.when().start(), plan.when().end()));
        }
        return all;
    }

    /**
     * Creates the event and its holds. Bookings in the way are cancelled by the system with a
     * translated notice and three alternatives each.
     */
    public Created create(Caller caller, EventForm form) {
        EventPlan plan = plans.plan(caller, form);
        Event event = plan.newEvent(caller.accountId(), clock.instant());
        em.persist(event);
        em.flush();
        int displaced = holdRooms(plan, event);
        audit.record(
                caller,
                "event.created",
                Subject.of("event", event.id(), event.regionCode()),
                event.scope()
                        + " "
                        + event.title()
                        + "; holds "
                        + plan.roomIds()
                        + "; displaced "
                        + displaced);
        return new Created(details(caller, event.id()), displaced);
    }

    /** Cancels an event: its holds are released and its registrants told. */
    public EventView cancel(Caller caller, long id) {
        Event event = queries.event(id);
        EventAccess.requireOrganiser(caller, event);
        event.cancel(clock.instant());
        holds.release(event);
        registrations.standing(event).forEach(letters::eventCancelled);
        audit.record(caller, "event.cancelled", Subject.of("event", id, event.regionCode()), null);
        return details(caller, id);
    }

    /**
     * The event's registrations for its organisers: confirmed, waiting, cancelled, and unconfirmed
     * ones whose link has not lapsed (shown as such).
     */
    public List<RegistrationRow> registrations(Caller caller, long id) {
        Event event = queries.event(id);
        EventAccess.requireOrganiser(caller, event);
        return registrations.current(event).stream().map(RegistrationRow::of).toList();
    }

    // --- registration

    /**
     * Asks to register a person: after the brake (per source address and per e-mail), a pending
     * registration whose link is mailed to the address; nothing counts until it is followed. When
     * the e-mail holds a place already, its owner is told by mail instead. The answer is the same
     * either way, so it tells nobody whether an address is registered. The event's row is locked so
     * two requests for one address never make two registrations.
     */
    public RegistrationRequested register(
            long eventId,
            String name,
            String email,
            String organisation,
            Language language,
            String source) {
        EventRegistrations.check(name, email, organisation);
        brake.pass(source, email);
        Event event = queries.publicEventLocked(eventId);
        EventRegistrations.Requested made =
                registrations.request(event, name, email, organisation, language);
        Registration registration = made.registration();
        audit.record(
                null,
                Registration.normalizedEmail(email),
                made.alreadyRegistered() ? "registration.repeated" : "registration.requested",
                Subject.of("event", eventId, event.regionCode()),
                null);
        if (made.alreadyRegistered()) {
            letters.alreadyRegistered(registration);
        } else {
            letters.confirmAddress(registration, made.confirmToken());
        }
        return RegistrationRequested.of(event);
    }

    /**
     * Follows a confirmation link: the address is proven and the registration takes a seat while
     * they last, else the waitlist; the mail that follows carries the link that cancels it. Refused
     * as a link no longer valid when it is unknown, used, lapsed or its event is cancelled.
     */
    public Confirmed confirmRegistration(String code) {
        Registration pending =
                queries.toConfirm(code).orElseThrow(() -> Refusal.gone("registration.linkInvalid"));
        Event event = queries.lockEventOf(pending);
        EventRegistrations.Registered made = registrations.confirm(pending, event);
        Registration registration = made.registration();
        audit.record(
                null,
                registration.email(),
                "registration." + registration.status().name().toLowerCase(Locale.ROOT),
                Subject.of("event", event.id(), event.regionCode()),
                null);
        letters.registered(registration, made.token());
        return new Confirmed(RegistrationView.of(registration, made.place()), made.token());
    }

    /** A confirmed registration and the secret of its cancelling link (for the page it shows). */
    public record Confirmed(RegistrationView registration, String token) {}

    /** Cancels a registration by the secret of its link; a freed seat goes to the first waiting. */
    public RegistrationView cancelRegistration(String token) {
        Registration registration =
                queries.registration(token)
                        .orElseThrow(() -> Refusal.notFound("registration.notFound"));
        Event event = queries.lockEventOf(registration);
        Optional<Registration> promoted = registrations.cancel(registration, event);
        audit.record(
                null,
                registration.email(),
                "registration.cancelled",
                Subject.of("event", event.id(), event.regionCode()),
                null);
        promoted.ifPresent(letters::promoted);
        return RegistrationView.of(registration, 0);
    }

    /** The event a registration link belongs to, for the page that offers to cancel it. */
    public Optional<RegistrationView> byToken(String token) {
        return queries.registrationWithEvent(token).map(r -> RegistrationView.of(r, 0));
    }

    // --- feeds and settings

    /** Public events as an iCalendar feed: national, and a region's or a House's when asked. */
    public String feed(String regionCode, Long houseId, Locale locale) {
        LocalDate today = Clocks.today(clock);
        DateSpan days = DateSpan.of(today.minusDays(60), today.plusDays(400));
        List<EventView> events = between(null, days, regionCode, houseId); // 404: no such House
        return EventFeed.of(events, place(regionCode, houseId), locale, clock.instant());
    }

    /** The feed's place, named in the feed's language: its House, else its region, else none. */
    private LocalizedText place(String regionCode, Long houseId) {
        if (houseId != null) {
            House house = em.find(House.class, houseId);
            return house == null ? null : house.name();
        }
        Region region = regionCode == null ? null : em.find(Region.class, regionCode);
        return region == null ? null : region.name();
    }

    /** NGO Day's date, when the administrator has set it. */
    public Optional<MonthDay> ngoDay() {
        return ngoDay.date();
    }

    /** The next NGO Day from tomorrow on, when its date is set. */
    public Optional<LocalDate> nextNgoDay() {
        return ngoDay.next(Clocks.today(clock));
    }

    public MonthDay setNgoDay(Caller caller, Integer month, Integer day) {
        AccessPolicy.require(caller, Action.ADMINISTER_PREMISES, Scope.national());
        MonthDay date = ngoDay.set(month, day);
        audit.record(caller, "setting.ngoDay", Subject.none(), date.toString());
        return date;
    }

    /**
     * Holds the plan's rooms for the event, room by room: the bookings in each room's way are
     * displaced first (by the bookings' boundary, which alone may cancel bookings), then the hold
     * is saved. Returns how many bookings were displaced.
     */
    private int holdRooms(EventPlan plan, Event event) {
        Set<Long> held = plan.roomIds();
        int displaced = 0;
        for (Room room : plan.rooms()) {
            displaced +=
                    displacements.displace(
                            room.id(),
                            event.startsAt(),
                            event.endsAt(),
                            event.title(),
                            "event " + event.id(),
                            "mail.booking.displaced",
                            held);
            holds.hold(event, room);
        }
        return displaced;
    }
}
