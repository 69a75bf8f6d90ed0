package kz.housesofdemocracy.events.boundary;

import java.io.Serializable;
import java.time.Instant;
import kz.housesofdemocracy.events.entity.Registration;

/** A registration as the organisers list it. */
public record RegistrationRow(
        long id, String name, String email, String organisation, String status, Instant at)
        implements Serializable {

    static RegistrationRow of(Registration r) {
        return new RegistrationRow(
                r.id(), r.name(), r.email(), r.organisation(), r.status().name(), r.createdAt());
    }
}
