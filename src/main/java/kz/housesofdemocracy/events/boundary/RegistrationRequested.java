package kz.housesofdemocracy.events.boundary;

import java.io.Serializable;
import kz.housesofdemocracy.events.entity.Event;

/**
 * The answer to a registration request, the same whether or not the address was registered already:
 * a link is on its way to the address, and nothing counts until it is followed.
 */
public record RegistrationRequested(long eventId, String status) implements Serializable {

    /** The one status every request gets. */
    public static final String CHECK_MAIL = "CHECK_MAIL";

    static RegistrationRequested of(Event event) {
        return new RegistrationRequested(event.id(), CHECK_MAIL);
    }
}
