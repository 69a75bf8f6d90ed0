package kz.housesofdemocracy.bookings.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Check-in at a room: the caller's NGO's booking that is on now, with the code the House's front
 * desk shows for the room now ({@code {"code":"123456"}}); without it, 422 naming {@code code}.
 */
@Path("rooms/{id}/check-in")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "bookings")
public class RoomCheckInResource {

    @Inject private Attendance attendance;
    @Inject private CurrentCaller caller;

    /** What the representative typed: the room's current presence code. */
    @Schema(description = "The presence code the room's front desk shows now.")
    public record PresenceProof(
            @Schema(
                            description =
                                    "Six digits, as shown; the previous code is accepted for a"
                                            + " short while after it changes.",
                            example = "123456")
                    String code) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "checkInAtRoom",
            summary = "Check in at a room with its presence code",
            description =
                    "The representative at the room (the page its QR code opens) checks in the"
                            + " caller's NGO's confirmed booking of the room whose check-in window"
                            + " is open now: from 30 minutes before its start until 15 minutes"
                            + " after. 422 naming code when the code is missing or wrong; 409"
                            + " when no booking of the caller's NGOs is on at the room now.")
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(responseCode = "200", description = "The booking checked in.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public BookingView checkIn(
            @Parameter(description = "The room's id.", required = true, example = "14")
                    @PathParam("id")
                    String id,
            @RequestBody(description = "The room's current presence code.", required = true)
                    PresenceProof proof) {
        return attendance.checkInAtRoom(
                caller.require(), roomId(id), proof == null ? null : proof.code());
    }

    static long roomId(String id) {
        return EntityId.parse(id).orElseThrow(() -> Refusal.notFound("refusal.room.notFound", id));
    }
}
