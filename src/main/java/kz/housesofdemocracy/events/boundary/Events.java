package kz.housesofdemocracy.events.boundary;

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
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.accounts.control.SecretTokens;
import kz.housesofdemocracy.audit.control.AuditTrail;
import kz.housesofdemocracy.audit.control.AuditTrail.Subject;
import kz.housesofdemocracy.bookings.boundary.BookingView;
import kz.housesofdemocracy.bookings.boundary.Displacements;
import kz.housesofdemocracy.bookings.control.ICalendar;
import kz.housesofdemocracy.closures.entity.Blackout;
import kz.housesofdemocracy.events.entity.Registration;
import kz.housesofdemocracy.events.entity.Setting;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.platform.i18n.TextChecks;
import kz.housesofdemocracy.platform.mail.OutgoingMail;
import kz.housesofdemocracy.platform.web.PublicAddress;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Region;
import kz.housesofdemocracy.premises.entity.Room;

/**
 * The sector's event calendar. Administrators organise national events, a region's approvers its
 * regional and House events. An event may hold rooms: the bookings in the way are displaced with
 * notice and alternatives, never silently. Public events take registrations up to a capacity, then
 * a waitlist, and are published as calendar feeds.
 */
@Stateless
public class Events {
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    @PersistenceContext private EntityManager em;
    @Inject private Displacements displacements;
    @Inject private Clock clock;
    @Inject private AuditTrail audit;
    @Inject private Event<OutgoingMail> mail;
    @Inject private PublicAddress address;

    /** What creating an event did. */
    public record Created(EventView event, int displaced) {}

    /** A registration as its person is told about it. */
    public record RegistrationView(long id, String status, int place, LocalizedText eventTitle)
            implements java.io.Serializable {}

    /** A registration as the organisers list it. */
    public record RegistrationRow(
            long id, String name, String email, String organisation, String status, Instant at)
            implements java.io.Serializable {}

    // --- reading

    /**
     * Events between two days (inclusive), filtered by region and House: the public ones, and for
     * staff also the internal ones they organise.
     */
    public List<EventView> between(
            Caller caller, LocalDate from, LocalDate to, String regionCode, Long houseId) {
        Instant start = from.atStartOfDay(Clocks.KAZAKHSTAN).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(Clocks.KAZAKHSTAN).toInstant();
        String where = "e.startsAt < :end AND e.endsAt > :start AND e.cancelledAt IS NULL";
        if (houseId != null) {
            where +=
                    " AND (e.scope = kz.housesofdemocracy.events.entity.Event.Scope.NATIONAL OR (e.scope = kz.housesofdemocracy.events.entity.Event.Scope.REGIONAL AND e.regionCode = :region) OR e.houseId = :house)";
        } else if (regionCode != null) {
            where +=
                    " AND (e.scope = kz.housesofdemocracy.events.entity.Event.Scope.NATIONAL OR e.regionCode = :region)";
        }
        var query =
                em.createQuery(
                                "SELECT e FROM Event e LEFT JOIN FETCH e.house WHERE "
                                        + where
                                        + " ORDER BY e.startsAt, e.id",
                                kz.housesofdemocracy.events.entity.Event.class)
                        .setParameter("start", start)
                        .setParameter("end", end)
                        .setMaxResults(1000);
        if (houseId != null) {
            // Compared by the plain column, not e.house: a path would inner-join away the events
            // that have no House (national and regional ones).
            House house = em.find(House.class, houseId);
            if (house == null) {
                throw Refusal.notFound("problem.house.notFound", houseId);
            }
            query.setParameter("house", houseId).setParameter("region", house.region().code());
        } else if (regionCode != null) {
            query.setParameter("region", regionCode);
        }
        List<kz.housesofdemocracy.events.entity.Event> found = query.getResultList();
        Map<Long, int[]> counts = counts(found);
        Map<Long, List<Long>> holds = holds(found);
        return found.stream()
                .filter(e -> e.isPublic() || organises(caller, e))
                .map(e -> view(e, counts, holds))
                .toList();
    }

    public EventView details(Caller caller, long id) {
        kz.housesofdemocracy.events.entity.Event event = event(id);
        if (!event.isPublic() && !organises(caller, event)) {
            throw Refusal.notFound("event.notFound", Long.toString(id));
        }
        return view(event, counts(List.of(event)), holds(List.of(event)));
    }

    // --- organising

    /** The bookings an event would displace: shown to the organiser before anything happens. */
    public List<BookingView> inTheWay(Caller caller, EventForm form) {
        Plan plan = plan(caller, form);
        List<BookingView> all = new ArrayList<>();
        for (Room room : plan.rooms) {
            all.addAll(displacements.inTheWay(room.id(), plan.start, plan.end));
        }
        return all;
    }

    /**
     * Creates the event and its holds. Bookings in the way are cancelled by the system with a
     * translated notice and three alternatives each.
     */
    public Created create(Caller caller, EventForm form) {
        Plan plan = plan(caller, form);
        kz.housesofdemocracy.events.entity.Event event =
                new kz.housesofdemocracy.events.entity.Event(
                        plan.scope,
                        plan.regionCode,
                        plan.house,
                        plan.title,
                        plan.description,
                        plan.start,
                        plan.end,
                        !Boolean.FALSE.equals(form.getPublicEvent()),
                        caller.accountId(),
                        clock.instant());
        if (form.getCapacity() != null) {
            event.takeRegistrations(form.getCapacity(), plan.deadline);
        }
        em.persist(event);
        em.flush();
        Set<Long> held = new LinkedHashSet<>();
        plan.rooms.forEach(r -> held.add(r.id()));
        int displaced = 0;
        for (Room room : plan.rooms) {
            displaced +=
                    displacements.displace(
                            room.id(),
                            plan.start,
                            plan.end,
                            plan.title,
                            "event " + event.id(),
                            "mail.booking.displaced",
                            held);
            em.persist(
                    Blackout.hold(
                            room.house(),
                            room,
                            plan.start,
                            plan.end,
                            event.id(),
                            plan.title,
                            clock.instant()));
        }
        audit.record(
                caller,
                "event.created",
                Subject.of("event", event.id(), plan.regionCode),
                plan.scope + " " + plan.title + "; holds " + held + "; displaced " + displaced);
        return new Created(details(caller, event.id()), displaced);
    }

    /** Cancels an event: its holds are released and its registrants told. */
    public EventView cancel(Caller caller, long id) {
        kz.housesofdemocracy.events.entity.Event event = event(id);
        AccessPolicy.require(caller, Action.ORGANISE_EVENT, scopeOf(event));
        if (event.isCancelled()) {
            throw Refusal.conflict("event-cancelled", "event.cancelled");
        }
        event.cancel(clock.instant());
        em.createQuery("DELETE FROM Blackout b WHERE b.eventId = :event")
                .setParameter("event", event.id())
                .executeUpdate();
        for (Registration r : registrationsOf(event)) {
            if (r.status() != Registration.Status.CANCELLED) {
                tellRegistrant(r, "mail.event.cancelled", null);
            }
        }
        audit.record(caller, "event.cancelled", Subject.of("event", id, event.regionCode()), null);
        return details(caller, id);
    }

    public List<RegistrationRow> registrations(Caller caller, long id) {
        kz.housesofdemocracy.events.entity.Event event = event(id);
        AccessPolicy.require(caller, Action.ORGANISE_EVENT, scopeOf(event));
        return registrationsOf(event).stream()
                .map(
                        r ->
                                new RegistrationRow(
                                        r.id(),
                                        r.name(),
                                        r.email(),
                                        r.organisation(),
                                        r.status().name(),
                                        r.createdAt()))
                .toList();
    }

    // --- registration

    /**
     * Registers a person: confirmed while seats last, then waiting. One registration per e-mail and
     * event. The event's row is locked so two people never get the last seat.
     */
    public RegistrationView register(
            long eventId, String name, String email, String organisation, Language language) {
        InputCheck check =
                InputCheck.start()
                        .text("name", name, 200)
                        .email("email", email)
                        .optionalText("organisation", organisation, 300);
        check.orRefuse();
        kz.housesofdemocracy.events.entity.Event event =
                em.find(
                        kz.housesofdemocracy.events.entity.Event.class,
                        eventId,
                        LockModeType.PESSIMISTIC_WRITE);
        if (event == null || !event.isPublic()) {
            throw Refusal.notFound("event.notFound", Long.toString(eventId));
        }
        Instant now = clock.instant();
        if (!event.registrationOpen(now)) {
            throw Refusal.conflict("registration-closed", "registration.closed");
        }
        String normalized = email.strip().toLowerCase(Locale.ROOT);
        List<Registration> existing = registrationsOf(event);
        if (existing.stream()
                .anyMatch(
                        r ->
                                r.email().equals(normalized)
                                        && r.status() != Registration.Status.CANCELLED)) {
            throw Refusal.conflict("registration-exists", "registration.already");
        }
        long confirmed =
                existing.stream().filter(r -> r.status() == Registration.Status.CONFIRMED).count();
        String token = SecretTokens.generate();
        Registration registration =
                new Registration(
                        event,
                        name,
                        email,
                        organisation,
                        language,
                        confirmed < event.capacity(),
                        SecretTokens.hash(token),
                        now);
        em.persist(registration);
        em.flush();
        audit.record(
                null,
                normalized,
                "registration." + registration.status().name().toLowerCase(Locale.ROOT),
                Subject.of("event", eventId, event.regionCode()),
                null);
        tellRegistrant(
                registration,
                registration.status() == Registration.Status.CONFIRMED
                        ? "mail.registration.confirmed"
                        : "mail.registration.waiting",
                token);
        return new RegistrationView(
                registration.id(),
                registration.status().name(),
                place(registration, existing),
                event.title());
    }

    /** Cancels a registration by the secret of its link; a freed seat goes to the first waiting. */
    public RegistrationView cancelRegistration(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            throw Refusal.notFound("registration.notFound");
        }
        List<Registration> found =
                em.createQuery(
                                "SELECT r FROM Registration r WHERE r.tokenHash = :hash",
                                Registration.class)
                        .setParameter("hash", SecretTokens.hash(token.strip()))
                        .getResultList();
        if (found.isEmpty()) {
            throw Refusal.notFound("registration.notFound");
        }
        Registration registration = found.get(0);
        kz.housesofdemocracy.events.entity.Event event =
                em.find(
                        kz.housesofdemocracy.events.entity.Event.class,
                        registration.event().id(),
                        LockModeType.PESSIMISTIC_WRITE);
        em.refresh(registration); // a second click waited for the lock: see what the first did
        if (registration.status() == Registration.Status.CANCELLED) {
            throw Refusal.conflict("registration-cancelled", "registration.cancelledAlready");
        }
        boolean hadSeat = registration.status() == Registration.Status.CONFIRMED;
        registration.cancel(clock.instant());
        audit.record(
                null,
                registration.email(),
                "registration.cancelled",
                Subject.of("event", event.id(), event.regionCode()),
                null);
        // A seat freed before the event is offered on; after it, or once cancelled, it is not.
        if (hadSeat && !event.isCancelled() && event.startsAt().isAfter(clock.instant())) {
            registrationsOf(event).stream()
                    .filter(r -> r.status() == Registration.Status.WAITING)
                    .findFirst()
                    .ifPresent(
                            next -> {
                                next.promote();
                                tellRegistrant(next, "mail.registration.promoted", null);
                            });
        }
        return new RegistrationView(
                registration.id(), registration.status().name(), 0, event.title());
    }

    /** The event a registration link belongs to, for the page that offers to cancel it. */
    public Optional<RegistrationView> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return em
                .createQuery(
                        "SELECT r FROM Registration r JOIN FETCH r.event WHERE r.tokenHash = :hash",
                        Registration.class)
                .setParameter("hash", SecretTokens.hash(token.strip()))
                .getResultList()
                .stream()
                .findFirst()
                .map(r -> new RegistrationView(r.id(), r.status().name(), 0, r.event().title()));
    }

    // --- feeds and settings

    /** Public events as an iCalendar feed: national, and a region's or a House's when asked. */
    public String feed(String regionCode, Long houseId, Locale locale) {
        LocalDate today = Clocks.today(clock);
        List<EventView> events =
                between(null, today.minusDays(60), today.plusDays(400), regionCode, houseId);
        String name =
                Messages.get(locale, "events.feedName")
                        + (regionCode != null ? " — " + regionCode : "");
        return ICalendar.feed(
                name,
                events.stream()
                        .map(
                                e ->
                                        new ICalendar.Event(
                                                "event-" + e.id() + "@houses-of-democracy.kz",
                                                0,
                                                e.startsAt(),
                                                e.endsAt(),
                                                e.title().in(locale),
                                                e.houseName() == null
                                                        ? ""
                                                        : e.houseName().in(locale),
                                                e.description() == null
                                                        ? ""
                                                        : e.description().in(locale),
                                                false))
                        .toList(),
                clock.instant());
    }

    /** NGO Day's date, when the administrator has set it. */
    public Optional<MonthDay> ngoDay() {
        Setting setting = em.find(Setting.class, Setting.NGO_DAY);
        return setting == null || setting.value() == null
                ? Optional.empty()
                : Optional.of(MonthDay.parse("--" + setting.value()));
    }

    public MonthDay setNgoDay(Caller caller, Integer month, Integer day) {
        AccessPolicy.require(caller, Action.ADMINISTER_PREMISES, Scope.national());
        MonthDay date = null;
        try {
            date = MonthDay.of(month, day);
        } catch (RuntimeException wrong) {
            throw Refusal.invalid("day", "validation.date");
        }
        Setting setting = em.find(Setting.class, Setting.NGO_DAY);
        if (setting == null) {
            em.persist(new Setting(Setting.NGO_DAY, date.toString().substring(2)));
        } else {
            setting.set(date.toString().substring(2));
        }
        audit.record(caller, "setting.ngoDay", Subject.none(), date.toString());
        return date;
    }

    // --- helpers

    private record Plan(
            kz.housesofdemocracy.events.entity.Event.Scope scope,
            String regionCode,
            House house,
            LocalizedText title,
            LocalizedText description,
            Instant start,
            Instant end,
            Instant deadline,
            List<Room> rooms) {}

    private Plan plan(Caller caller, EventForm form) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        // Only those who may organise somewhere get to hear what is wrong with a form.
        if (!caller.holds(Role.NATIONAL_ADMIN) && !caller.holds(Role.AKIMAT_APPROVER)) {
            throw Refusal.forbidden();
        }
        kz.housesofdemocracy.events.entity.Event.Scope scope;
        try {
            scope =
                    kz.housesofdemocracy.events.entity.Event.Scope.valueOf(
                            String.valueOf(form.getScope()));
        } catch (IllegalArgumentException unknown) {
            throw Refusal.invalid("scope", "event.problem.scope");
        }
        House house = null;
        String regionCode = null;
        if (scope == kz.housesofdemocracy.events.entity.Event.Scope.HOUSE) {
            house = form.getHouseId() == null ? null : em.find(House.class, form.getHouseId());
            if (house == null) {
                throw Refusal.invalid("houseId", "event.problem.house");
            }
            regionCode = house.region().code();
        } else if (scope == kz.housesofdemocracy.events.entity.Event.Scope.REGIONAL) {
            if (form.getRegionCode() == null
                    || em.find(Region.class, form.getRegionCode()) == null) {
                throw Refusal.invalid("regionCode", "event.problem.region");
            }
            regionCode = form.getRegionCode();
        }
        AccessPolicy.require(
                caller,
                Action.ORGANISE_EVENT,
                regionCode == null ? Scope.national() : Scope.region(regionCode));
        InputCheck check = InputCheck.start().present("date", form.getDate());
        var t =
                form.getTitle() == null
                        ? new kz.housesofdemocracy.platform.i18n.TextsForm()
                        : form.getTitle();
        LocalizedText title =
                TextChecks.texts(check, "title", t.getKk(), t.getRu(), t.getEn(), 300);
        var d =
                form.getDescription() == null
                        ? new kz.housesofdemocracy.platform.i18n.TextsForm()
                        : form.getDescription();
        LocalizedText description =
                TextChecks.optionalTexts(
                        check, "description", d.getKk(), d.getRu(), d.getEn(), 4000);
        LocalTime startTime = time(check, "start", form.getStart());
        LocalTime endTime = time(check, "end", form.getEnd());
        check.when(
                form.getCapacity() != null
                        && (form.getCapacity() < 1 || form.getCapacity() > 100_000),
                "capacity",
                "event.problem.capacity");
        check.orRefuse();
        ZoneId zone = house != null ? house.timeZone() : Clocks.KAZAKHSTAN;
        LocalDate endDate = form.getEndDate() == null ? form.getDate() : form.getEndDate();
        Instant start = form.getDate().atTime(startTime).atZone(zone).toInstant();
        Instant end = endDate.atTime(endTime).atZone(zone).toInstant();
        InputCheck.start()
                .when(!start.isBefore(end), "end", "event.problem.order")
                .when(!start.isAfter(clock.instant()), "date", "event.problem.past")
                .orRefuse();
        Instant deadline =
                form.getRegistrationDeadline() == null
                        ? null
                        : form.getRegistrationDeadline().plusDays(1).atStartOfDay(zone).toInstant();
        List<Room> rooms = new ArrayList<>();
        for (Long roomId : form.getRoomIds() == null ? List.<Long>of() : form.getRoomIds()) {
            Room room = em.find(Room.class, roomId);
            if (room == null || !room.isActive()) {
                throw Refusal.invalid("roomIds", "event.problem.room");
            }
            // The rooms an event holds are in its House, or its region's Houses (anywhere for
            // a national event); the organiser's authority covers them.
            if ((house != null && !room.house().id().equals(house.id()))
                    || (regionCode != null && !room.house().region().code().equals(regionCode))) {
                throw Refusal.invalid("roomIds", "event.problem.room");
            }
            rooms.add(room);
        }
        return new Plan(scope, regionCode, house, title, description, start, end, deadline, rooms);
    }

    private static LocalTime time(InputCheck check, String field, String value) {
        if (value == null || value.isBlank()) {
            check.problem(field, "validation.required");
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (java.time.format.DateTimeParseException wrong) {
            check.problem(field, "validation.time");
            return null;
        }
    }

    private boolean organises(Caller caller, kz.housesofdemocracy.events.entity.Event event) {
        return AccessPolicy.may(caller, Action.ORGANISE_EVENT, scopeOf(event));
    }

    private static Scope scopeOf(kz.housesofdemocracy.events.entity.Event event) {
        return event.regionCode() == null ? Scope.national() : Scope.region(event.regionCode());
    }

    private kz.housesofdemocracy.events.entity.Event event(long id) {
        kz.housesofdemocracy.events.entity.Event event =
                em.find(kz.housesofdemocracy.events.entity.Event.class, id);
        if (event == null) {
            throw Refusal.notFound("event.notFound", Long.toString(id));
        }
        return event;
    }

    private List<Registration> registrationsOf(kz.housesofdemocracy.events.entity.Event event) {
        return em.createQuery(
                        "SELECT r FROM Registration r WHERE r.event = :event ORDER BY r.createdAt, r.id",
                        Registration.class)
                .setParameter("event", event)
                .getResultList();
    }

    private static int place(Registration registration, List<Registration> before) {
        if (registration.status() != Registration.Status.WAITING) {
            return 0;
        }
        return 1
                + (int)
                        before.stream()
                                .filter(r -> r.status() == Registration.Status.WAITING)
                                .count();
    }

    /** Confirmed and waiting registrations per event, in one query. */
    private Map<Long, int[]> counts(List<kz.housesofdemocracy.events.entity.Event> events) {
        Map<Long, int[]> counts = new HashMap<>();
        if (events.isEmpty()) {
            return counts;
        }
        for (Object[] row :
                em.createQuery(
                                "SELECT r.event.id, r.status, COUNT(r) FROM Registration r WHERE r.event IN :events GROUP BY r.event.id, r.status",
                                Object[].class)
                        .setParameter("events", events)
                        .getResultList()) {
            int[] c = counts.computeIfAbsent((Long) row[0], k -> new int[2]);
            if (row[1] == Registration.Status.CONFIRMED) {
                c[0] = ((Number) row[2]).intValue();
            } else if (row[1] == Registration.Status.WAITING) {
                c[1] = ((Number) row[2]).intValue();
            }
        }
        return counts;
    }

    /** The rooms each event holds, in one query. */
    private Map<Long, List<Long>> holds(List<kz.housesofdemocracy.events.entity.Event> events) {
        Map<Long, List<Long>> holds = new HashMap<>();
        if (events.isEmpty()) {
            return holds;
        }
        for (Object[] row :
                em.createQuery(
                                "SELECT b.eventId, b.room.id FROM Blackout b WHERE b.eventId IN :events",
                                Object[].class)
                        .setParameter("events", events.stream().map(e -> e.id()).toList())
                        .getResultList()) {
            holds.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Long) row[1]);
        }
        return holds;
    }

    private EventView view(
            kz.housesofdemocracy.events.entity.Event e,
            Map<Long, int[]> counts,
            Map<Long, List<Long>> holds) {
        ZoneId zone = e.house() != null ? e.house().timeZone() : Clocks.KAZAKHSTAN;
        int[] c = counts.getOrDefault(e.id(), new int[2]);
        var start = e.startsAt().atZone(zone);
        var end = e.endsAt().atZone(zone);
        return new EventView(
                e.id(),
                e.scope().name(),
                e.regionCode(),
                e.house() == null ? null : e.house().id(),
                e.house() == null ? null : e.house().name(),
                e.title(),
                e.description(),
                e.startsAt(),
                e.endsAt(),
                start.toLocalDate(),
                start.toLocalTime(),
                e.allDay() ? end.toLocalDate().minusDays(1) : end.toLocalDate(),
                end.toLocalTime(),
                e.allDay(),
                e.isPublic(),
                e.takesRegistrations(),
                e.registrationOpen(clock.instant()),
                e.capacity(),
                c[0],
                c[1],
                e.registrationDeadline(),
                e.isCancelled(),
                holds.getOrDefault(e.id(), List.of()));
    }

    private void tellRegistrant(Registration r, String key, String token) {
        kz.housesofdemocracy.events.entity.Event e = r.event();
        Locale locale = r.language().locale();
        ZoneId zone = e.house() != null ? e.house().timeZone() : Clocks.KAZAKHSTAN;
        String when =
                e.startsAt().atZone(zone).toLocalDate()
                        + (e.allDay() ? "" : " " + HOURS.format(e.startsAt().atZone(zone)));
        String place = e.house() == null ? "" : e.house().place(locale);
        String cancelLink =
                token == null
                        ? address.link("/public/event.xhtml?id=" + e.id())
                        : address.link("/public/registration.xhtml?token=" + token);
        OutgoingMail.Attachment ics =
                "mail.registration.waiting".equals(key)
                        ? null
                        : new OutgoingMail.Attachment(
                                "event.ics",
                                "text/calendar; method="
                                        + ("mail.event.cancelled".equals(key)
                                                ? "CANCEL"
                                                : "REQUEST"),
                                ICalendar.of(
                                        "mail.event.cancelled".equals(key)
                                                ? ICalendar.Method.CANCEL
                                                : ICalendar.Method.REQUEST,
                                        new ICalendar.Event(
                                                "event-"
                                                        + e.id()
                                                        + "-"
                                                        + r.id()
                                                        + "@houses-of-democracy.kz",
                                                e.version(),
                                                e.startsAt(),
                                                e.endsAt(),
                                                e.title().in(locale),
                                                place,
                                                e.description() == null
                                                        ? ""
                                                        : e.description().in(locale),
                                                false),
                                        clock.instant()));
        mail.fire(
                new OutgoingMail(
                        r.email(),
                        Messages.get(locale, key + ".subject", e.title().in(locale), when),
                        Messages.get(
                                locale,
                                key + ".body",
                                r.name(),
                                e.title().in(locale),
                                when,
                                place,
                                cancelLink),
                        clock.instant(),
                        ics));
    }
}
