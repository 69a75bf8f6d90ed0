package kz.housesofdemocracy.events.boundary;

import java.io.Serializable;
import java.util.stream.Stream;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.boundary.HouseDetails;

/** A room an event may hold, named with its House. */
public record RoomChoice(long id, LocalizedText house, LocalizedText room, int capacity)
        implements Serializable {

    /** The House's rooms in use. */
    static Stream<RoomChoice> activeIn(HouseDetails house) {
        return house.rooms().stream()
                .filter(r -> r.active())
                .map(r -> new RoomChoice(r.id(), house.name(), r.name(), r.capacity()));
    }
}
