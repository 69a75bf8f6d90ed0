package kz.housesofdemocracy.events.boundary;

import java.io.Serializable;
import java.time.Instant;
import kz.housesofdemocracy.events.entity.Registration;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registration as the organisers list it. */
@Schema(description = "A registration as an event's organisers see it.")
public record RegistrationRow(
        long id,
        @Schema(description = "The person's name.") String name,
        @Schema(description = "The person's e-mail address.") String email,
        @Schema(description = "Their organisation, if given.", nullable = true) String organisation,
        @Schema(
                        description =
                                "PENDING (link not followed yet), CONFIRMED (has a seat), WAITING"
                                        + " (on the waitlist) or CANCELLED.",
                        enumeration = {"PENDING", "CONFIRMED", "WAITING", "CANCELLED"})
                String status,
        @Schema(description = "When they asked to register (UTC instant).") Instant at)
        implements Serializable {

    static RegistrationRow of(Registration r) {
        return new RegistrationRow(
                r.id(), r.name(), r.email(), r.organisation(), r.status().name(), r.createdAt());
    }
}
