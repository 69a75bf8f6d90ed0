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

/** The QR code printed at a room: it opens the room's check-in page. */
@Path("rooms/{id}/qr.png")
public class RoomQrResource {

    @Inject private Premises premises;
    @Inject private PublicAddress address;

    @GET
    @Produces("image/png")
    public Response qr(@PathParam("id") String id) {
        long room = RoomCheckInResource.roomId(id);
        premises.room(room).orElseThrow(() -> Refusal.notFound("refusal.room.notFound", id));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400);
        return Response.ok(QrCodes.png(address.link("/ngo/checkin.xhtml?room=" + room), 360))
                .cacheControl(cache)
                .build();
    }
}
