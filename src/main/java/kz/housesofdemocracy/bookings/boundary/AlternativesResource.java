package kz.housesofdemocracy.bookings.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The alternatives offered when an event displaced one of the caller's NGOs' bookings. */
@Path("alternatives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "bookings")
@SecurityRequirement(name = "bearerAuth")
public class AlternativesResource {

    @Inject private Displacements displacements;
    @Inject private CurrentCaller caller;

    @GET
    @Operation(
            operationId = "listMyAlternatives",
            summary = "List the alternatives offered to the caller's NGOs",
            description =
                    "When an event takes a room, the bookings in its way are cancelled and each"
                            + " is offered the nearest free slots in other rooms or times. These"
                            + " are the alternatives still ahead for every NGO the caller"
                            + " represents; taken ones are marked.")
    @APIResponse(responseCode = "200", description = "The alternatives still ahead.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public List<Displacements.AlternativeView> mine() {
        return displacements.mine(caller.require());
    }

    /**
     * Takes an alternative: 201 with the new booking, or the rule or clash that stands in the way.
     */
    @POST
    @Path("{id}/acceptance")
    @Operation(
            operationId = "takeAlternative",
            summary = "Take an alternative",
            description =
                    "Books an alternative offered to a displaced booking of the caller's NGO,"
                            + " with the displaced booking's purpose and attendees. Each"
                            + " alternative is taken once (409); every booking rule is checked"
                            + " again (422, or 409 for a clash). The NGO is mailed.")
    @APIResponse(
            responseCode = "201",
            description = "The booking made; Location names it.",
            headers = @Header(name = "Location", ref = "Location"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response take(
            @Parameter(
                            description =
                                    "The alternative's id (one offered to another NGO is not"
                                            + " found).",
                            required = true,
                            example = "9")
                    @PathParam("id")
                    String id) {
        long alternativeId =
                EntityId.parse(id).orElseThrow(() -> Refusal.notFound("alternative.notFound", id));
        BookingView booking = displacements.take(caller.require(), alternativeId);
        return Response.created(URI.create("bookings/" + booking.id())).entity(booking).build();
    }
}
