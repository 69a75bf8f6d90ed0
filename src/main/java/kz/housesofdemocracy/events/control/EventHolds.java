package kz.housesofdemocracy.events.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.housesofdemocracy.closures.entity.Blackout;
import kz.housesofdemocracy.events.entity.Event;
import kz.housesofdemocracy.platform.OpenTimeChanged;
import kz.housesofdemocracy.premises.entity.Room;

/**
 * The rooms an event holds: each hold is a blackout of the room for the event's time, carrying its
 * title, and goes when the event is cancelled. (Displacing the bookings in the way is the bookings'
 * business; the façade asks them.)
 */
@Dependent
public class EventHolds {

    @PersistenceContext private EntityManager em;
    @Inject private Clock clock;
    @Inject private jakarta.enterprise.event.Event<OpenTimeChanged> openTimeChanged;

    /** Closes the room for the event. */
    public void hold(Event event, Room room) {
        em.persist(
                Blackout.hold(
                        room.house(),
                        room,
                        event.startsAt(),
                        event.endsAt(),
                        event.id(),
                        event.title(),
                        !event.isPublic(),
                        clock.instant()));
        em.flush();
        openTimeChanged.fire(
                OpenTimeChanged.ofHouse(
                        room.house().id(), day(event.startsAt(), -1), day(event.endsAt(), 1)));
    }

    /** Opens the rooms the event held. */
    public void release(Event event) {
        List<Long> houses =
                em.createQuery(
                                "SELECT DISTINCT b.house.id FROM Blackout b WHERE b.eventId = :event ORDER BY b.house.id",
                                Long.class)
                        .setParameter("event", event.id())
                        .getResultList();
        em.createQuery("DELETE FROM Blackout b WHERE b.eventId = :event")
                .setParameter("event", event.id())
                .executeUpdate();
        for (Long house : houses) {
            openTimeChanged.fire(
                    OpenTimeChanged.ofHouse(
                            house, day(event.startsAt(), -1), day(event.endsAt(), 1)));
        }
    }

    /** The day of a moment, moved by some days: a margin that covers every House's zone. */
    private static LocalDate day(Instant moment, int plusDays) {
        return moment.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(plusDays);
    }

    /** The rooms each event holds, by event id, in one query. */
    public Map<Long, List<Long>> heldRooms(List<Event> events) {
        Map<Long, List<Long>> holds = new HashMap<>();
        if (events.isEmpty()) {
            return holds;
        }
        for (Object[] row :
                em.createQuery(
                                "SELECT b.eventId, b.room.id FROM Blackout b WHERE b.eventId IN :events",
                                Object[].class)
                        .setParameter("events", events.stream().map(Event::id).toList())
                        .getResultList()) {
            holds.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Long) row[1]);
        }
        return holds;
    }
}
