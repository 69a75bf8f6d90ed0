package kz.housesofdemocracy.events.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import kz.housesofdemocracy.events.entity.Event;

/** Events as the calendar shows them: local dates and times, seats taken, rooms held. */
@Dependent
public class EventViews {

    @Inject private EventRegistrations registrations;
    @Inject private EventHolds holds;
    @Inject private Clock clock;

    /** The views of the events, in their order, reading seats and holds in one query each. */
    public List<EventView> of(List<Event> events) {
        Map<Long, EventRegistrations.Seats> seats = registrations.seats(events);
        Map<Long, List<Long>> held = holds.heldRooms(events);
        Instant now = clock.instant();
        return events.stream()
                .map(
                        e ->
                                view(
                                        e,
                                        seats.getOrDefault(e.id(), EventRegistrations.Seats.NONE),
                                        held.getOrDefault(e.id(), List.of()),
                                        now))
                .toList();
    }

    public EventView of(Event event) {
        return of(List.of(event)).get(0);
    }

    private static EventView view(
            Event e, EventRegistrations.Seats seats, List<Long> heldRooms, Instant now) {
        ZonedDateTime start = e.startsAt().atZone(e.zone());
        ZonedDateTime end = e.endsAt().atZone(e.zone());
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
                e.registrationOpen(now),
                e.capacity(),
                seats.confirmed(),
                seats.waiting(),
                seats.unconfirmed(),
                e.registrationDeadline(),
                e.isCancelled(),
                heldRooms);
    }
}
