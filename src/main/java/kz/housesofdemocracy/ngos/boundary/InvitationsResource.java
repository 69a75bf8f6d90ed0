package kz.housesofdemocracy.ngos.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accepting an invitation to represent an NGO (the token from the e-mailed link). */
@Path("invitations/acceptance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "ngos")
public class InvitationsResource {

    @Inject private Ngos ngos;
    @Inject private CurrentCaller caller;

    @Schema(name = "InvitationAcceptance", description = "The secret from an invitation's link.")
    public record TokenRequest(
            @Schema(description = "The `token` parameter of the e-mailed link.") String token) {}

    @Schema(name = "InvitationAccepted", description = "The NGO the caller now represents.")
    public record Accepted(@Schema(description = "The NGO's id.") long ngoId) {}

    @POST
    @Operation(
            operationId = "acceptNgoInvitation",
            summary = "Accept an invitation to represent an NGO",
            description =
                    "Follows an invitation's link: the signed-in caller becomes a representative"
                            + " of the NGO. The invitation must have been sent to the caller's own"
                            + " address (else 409). A link that is unknown, used or lapsed is gone"
                            + " (410).")
    @SecurityRequirement(name = "bearerAuth")
    @RequestBody(description = "The invitation's secret.", required = true)
    @APIResponse(responseCode = "200", description = "Accepted; the NGO's id.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "410", ref = "Gone")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Accepted accept(TokenRequest request) {
        return new Accepted(
                ngos.acceptInvitation(caller.require(), NgosResource.required(request).token()));
    }
}
