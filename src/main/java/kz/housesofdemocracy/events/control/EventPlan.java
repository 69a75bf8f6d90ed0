package kz.housesofdemocracy.events.control;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.housesofdemocracy.events.entity.Event;
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Room;

/**
 * A new event as its form was checked to mean: where it is for, what, when, whether the public sees
 * it, its registration (capacity null: none) and the rooms it holds.
 */
public record EventPlan(
        Event.Scope scope,
        String regionCode,
        House house,
        LocalizedText title,
        LocalizedText description,
        Period when,
        boolean publicEvent,
        Integer capacity,
        Instant registrationDeadline,
        List<Room> rooms) {

    /** The event, not yet saved, taking registrations when it has a capacity. */
    public Event newEvent(Long createdBy, Instant now) {
        Event event =
                new Event(
                        scope,
                        regionCode,
                        house,
                        title,
                        description,
                        when.start(),
                        when.end(),
                        publicEvent,
                        createdBy,
                        now);
        if (capacity != null) {
            event.takeRegistrations(capacity, registrationDeadline);
        }
        return event;
    }

    /** The ids of the rooms it holds, in the order given. */
    public Set<Long> roomIds() {
        Set<Long> ids = new LinkedHashSet<>();
        rooms.forEach(r -> ids.add(r.id()));
        return ids;
    }
}
