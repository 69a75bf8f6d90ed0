package kz.housesofdemocracy.events.boundary;

import java.io.Serializable;
import kz.housesofdemocracy.events.entity.Event;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a registration request, the same whether or not the address was registered already:
 * a link is on its way to the address, and nothing counts until it is followed.
 */
@Schema(
        description =
                "The answer to a registration request: a link is on its way to the address;"
                        + " nothing counts until it is followed.")
public record RegistrationRequested(
        @Schema(description = "The event's id.") long eventId,
        @Schema(
                        description = "Always CHECK_MAIL.",
                        enumeration = {"CHECK_MAIL"})
                String status)
        implements Serializable {

    /** The one status every request gets. */
    public static final String CHECK_MAIL = "CHECK_MAIL";

    static RegistrationRequested of(Event event) {
        return new RegistrationRequested(event.id(), CHECK_MAIL);
    }
}
