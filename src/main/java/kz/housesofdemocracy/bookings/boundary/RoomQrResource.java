package kz.housesofdemocracy.bookings.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import kz.housesofdemocracy.bookings.control.QrCodes;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.web.PublicAddress;
import kz.housesofdemocracy.premises.boundary.Premises;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The QR code printed at a room: it opens the room's check-in page. */
@Path("rooms/{id}/qr.png")
@Tag(name = "bookings")
public class RoomQrResource {

    @Inject private Premises premises;
    @Inject private PublicAddress address;

    @GET
    @Produces("image/png")
    @Operation(
            operationId = "getRoomQrCode",
            summary = "The QR code to print at a room",
            description =
                    "A 360-pixel PNG of a QR code that opens the room's check-in page at the"
                            + " site's public address (503 when that address is not configured)."
                            + " Public: no sign-in needed; cacheable for a day.")
    @APIResponse(
            responseCode = "200",
            description = "The PNG image.",
            content =
                    @Content(
                            mediaType = "image/png",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response qr(
            @Parameter(description = "The room's id.", required = true, example = "14")
                    @PathParam("id")
                    String id) {
        long room = RoomCheckInResource.roomId(id);
        premises.room(room).orElseThrow(() -> Refusal.notFound("refusal.room.notFound", id));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400);
        return Response.ok(QrCodes.png(address.link("/ngo/checkin.xhtml?room=" + room), 360))
                .cacheControl(cache)
                .build();
    }
}
