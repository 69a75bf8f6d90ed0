package kz.housesofdemocracy.events.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kz.housesofdemocracy.accounts.control.SecretTokens;
import kz.housesofdemocracy.events.entity.Event;
import kz.housesofdemocracy.events.entity.Registration;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.DateSpan;
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.premises.entity.House;

/** Finding events and registrations, in the caller's transaction. */
@Dependent
public class EventQueries {

    private static final String NATIONAL =
            "kz.housesofdemocracy.events.entity.Event.Scope.NATIONAL";
    private static final String REGIONAL =
            "kz.housesofdemocracy.events.entity.Event.Scope.REGIONAL";

    /** The longest a registration's secret may be; longer ones find nothing. */
    private static final int LONGEST_TOKEN = 200;

    @PersistenceContext private EntityManager em;

    /** The event, or a refusal that it is not found. */
    public Event event(long id) {
        Event event = em.find(Event.class, id);
        if (event == null) {
            throw Refusal.notFound("event.notFound", Long.toString(id));
        }
        return event;
    }

    /**
     * A public event, its row locked so that two people never get its last seat; else a refusal
     * that it is not found.
     */
    public Event publicEventLocked(long id) {
        Event event = em.find(Event.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (event == null || !event.isPublic()) {
            throw Refusal.notFound("event.notFound", Long.toString(id));
        }
        return event;
    }

    /**
     * Events not cancelled on the days (in the country's calendar), by House (with the national
     * events and its region's) or by region (with the national ones), or all; at most 1000.
     */
    public List<Event> between(DateSpan days, String regionCode, Long houseId) {
        Period period = inKazakhstan(days);
        String where = "e.startsAt < :end AND e.endsAt > :start AND e.cancelledAt IS NULL";
        if (houseId != null) {
            where +=
                    " AND (e.scope = "
                            + NATIONAL
                            + " OR (e.scope = "
                            + REGIONAL
                            + " AND e.regionCode = :region) OR e.houseId = :house)";
        } else if (regionCode != null) {
            where += " AND (e.scope = " + NATIONAL + " OR e.regionCode = :region)";
        }
        var query =
                em.createQuery(
                                "SELECT e FROM Event e LEFT JOIN FETCH e.house WHERE "
                                        + where
                                        + " ORDER BY e.startsAt, e.id",
                                Event.class)
                        .setParameter("start", period.start())
                        .setParameter("end", period.end())
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
        return query.getResultList();
    }

    /** An event's registrations in the order they came, cancelled ones included. */
    public List<Registration> registrationsOf(Event event) {
        return em.createQuery(
                        "SELECT r FROM Registration r WHERE r.event = :event ORDER BY r.createdAt, r.id",
                        Registration.class)
                .setParameter("event", event)
                .getResultList();
    }

    /** The registration a link's secret belongs to, if the secret looks like one. */
    public Optional<Registration> registration(String token) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        return em
                .createQuery(
                        "SELECT r FROM Registration r WHERE r.tokenHash = :hash",
                        Registration.class)
                .setParameter("hash", SecretTokens.hash(token.strip()))
                .getResultList()
                .stream()
                .findFirst();
    }

    /** The same with its event read at once, for a page that shows it. */
    public Optional<Registration> registrationWithEvent(String token) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        return em
                .createQuery(
                        "SELECT r FROM Registration r JOIN FETCH r.event WHERE r.tokenHash = :hash",
                        Registration.class)
                .setParameter("hash", SecretTokens.hash(token.strip()))
                .getResultList()
                .stream()
                .findFirst();
    }

    /** The registration a confirmation link's secret belongs to, with its event. */
    public Optional<Registration> toConfirm(String code) {
        if (!plausible(code)) {
            return Optional.empty();
        }
        return em
                .createQuery(
                        "SELECT r FROM Registration r JOIN FETCH r.event WHERE r.confirmHash = :hash",
                        Registration.class)
                .setParameter("hash", SecretTokens.hash(code.strip()))
                .getResultList()
                .stream()
                .findFirst();
    }

    /**
     * Locks the registration's event, then reads the registration again: a second click that waited
     * for the lock sees what the first did.
     */
    public Event lockEventOf(Registration registration) {
        Event event =
                em.find(Event.class, registration.event().id(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(registration);
        return event;
    }

    private static boolean plausible(String token) {
        return token != null && !token.isBlank() && token.length() <= LONGEST_TOKEN;
    }

    /** The days from the first's midnight to the midnight after the last, in Kazakhstan. */
    private static Period inKazakhstan(DateSpan days) {
        return Period.of(
                days.first().atStartOfDay(Clocks.KAZAKHSTAN).toInstant(),
                days.last().plusDays(1).atStartOfDay(Clocks.KAZAKHSTAN).toInstant());
    }
}
