package kz.housesofdemocracy.events.boundary;

import java.io.Serializable;
import kz.housesofdemocracy.events.entity.Registration;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registration as its person is told about it: place is their place in line (0: a seat). */
@Schema(description = "A registration as its person is told about it.")
public record RegistrationView(
        long id,
        @Schema(
                        description = "The registration's status.",
                        enumeration = {"PENDING", "CONFIRMED", "WAITING", "CANCELLED"})
                String status,
        @Schema(description = "The place on the waitlist; 0 for a seat (or not applicable).")
                int place,
        @Schema(description = "The event's title in Kazakh, Russian and English.")
                LocalizedText eventTitle)
        implements Serializable {

    static RegistrationView of(Registration registration, int place) {
        return new RegistrationView(
                registration.id(),
                registration.status().name(),
                place,
                registration.event().title());
    }
}
