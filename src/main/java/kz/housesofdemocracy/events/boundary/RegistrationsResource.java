package kz.housesofdemocracy.events.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.housesofdemocracy.platform.Refusal;

/** Cancelling one's registration with the secret from its confirmation mail. */
@Path("registrations/cancellation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistrationsResource {

    @Inject private Events events;

    public record Token(String token) {}

    @POST
    public RegistrationView cancel(Token token) {
        if (token == null) {
            throw Refusal.invalid("body", "validation.required");
        }
        return events.cancelRegistration(token.token());
    }
}
