package kz.housesofdemocracy.events.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.housesofdemocracy.platform.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Cancelling one's registration with the secret from its confirmation mail. */
@Path("registrations/cancellation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "events")
public class RegistrationsResource {

    @Inject private Events events;

    @Schema(
            name = "RegistrationCancellation",
            description = "The secret from a registration's cancelling link.")
    public record Token(
            @Schema(description = "The `token` parameter of the link in the registration mail.")
                    String token) {}

    @POST
    @Operation(
            operationId = "cancelEventRegistration",
            summary = "Cancel one's registration",
            description =
                    "Public, no sign-in: cancels a registration with the secret from the link in"
                            + " its confirmation mail. A seat it frees goes to the first person"
                            + " waiting, who is told by mail. An unknown secret gives 404, a"
                            + " registration cancelled already 409.")
    @RequestBody(description = "The link's secret.", required = true)
    @APIResponse(responseCode = "200", description = "Cancelled; the registration as it is now.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public RegistrationView cancel(Token token) {
        if (token == null) {
            throw Refusal.invalid("body", "validation.required");
        }
        return events.cancelRegistration(token.token());
    }
}
