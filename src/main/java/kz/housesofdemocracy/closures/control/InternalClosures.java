package kz.housesofdemocracy.closures.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.closures.entity.Blackout;
import kz.housesofdemocracy.premises.entity.House;

/**
 * Which closures are internal, and who may read why a room is closed: a room held for an event that
 * is not public shows only as closed to anyone outside the House's staff (its managers, its
 * region's approvers, who organise its events, and the national administrators: those who see the
 * House's bookings). Other blackouts keep their reason public.
 *
 * <p>Whether an event is public is the event's own flag; this component is below events, so it
 * reads that one column by the entity's name (one query, only when the closures include holds)
 * rather than through the events' classes.
 */
@Dependent
public class InternalClosures {

    @PersistenceContext private EntityManager em;

    /** Whether the caller reads the reasons of this House's internal closures. */
    public static boolean seesReasons(Caller caller, House house) {
        return caller != null
                && AccessPolicy.may(
                        caller,
                        Action.VIEW_HOUSE_BOOKINGS,
                        Scope.house(house.id(), house.region().code()));
    }

    /** The ids of the blackouts among these that hold rooms for internal events. */
    public Set<Long> internal(Collection<Blackout> blackouts) {
        return internal(em, blackouts);
    }

    /** The same, for a caller that holds its own entity manager (the booking desk). */
    public static Set<Long> internal(EntityManager em, Collection<Blackout> blackouts) {
        List<Long> events =
                blackouts.stream()
                        .map(Blackout::eventId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList();
        if (events.isEmpty()) {
            return Set.of();
        }
        Set<Long> internalEvents =
                new HashSet<>(
                        em.createQuery(
                                        "SELECT e.id FROM Event e WHERE e.id IN :events AND e.publicEvent = FALSE",
                                        Long.class)
                                .setParameter("events", events)
                                .getResultList());
        Set<Long> ids = new HashSet<>();
        for (Blackout b : blackouts) {
            if (b.eventId() != null && internalEvents.contains(b.eventId())) {
                ids.add(b.id());
            }
        }
        return ids;
    }
}
