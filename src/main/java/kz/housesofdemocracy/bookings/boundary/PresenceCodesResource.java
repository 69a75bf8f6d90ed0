package kz.housesofdemocracy.bookings.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The presence codes a House's rooms show now: for its managers (a front-desk screen). */
@Path("houses/{id}/presence-codes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "bookings")
public class PresenceCodesResource {

    @Inject private FrontDesk frontDesk;
    @Inject private CurrentCaller caller;

    @GET
    @Operation(
            operationId = "listPresenceCodes",
            summary = "Read the presence codes a House's rooms show now",
            description =
                    "For the front-desk screen: each room's current six-digit presence code and"
                            + " when the next replaces it. NGO representatives type the code to"
                            + " check in at the room. Only for the House's managers. Never"
                            + " cached (Cache-Control: no-store).")
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(
            responseCode = "200",
            description = "The rooms' current codes.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = FrontDesk.PresenceCode.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response codes(
            @Parameter(description = "The House's id.", required = true, example = "3")
                    @PathParam("id")
                    String id) {
        CacheControl never = new CacheControl();
        never.setNoStore(true);
        return Response.ok(frontDesk.codes(caller.require(), AvailabilityResource.houseId(id)))
                .cacheControl(never)
                .build();
    }
}
