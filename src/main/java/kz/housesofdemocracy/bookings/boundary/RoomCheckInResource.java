package kz.housesofdemocracy.bookings.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;

/** Check-in at a room (where its QR code leads): the caller's NGO's booking that is on now. */
@Path("rooms/{id}/check-in")
@Produces(MediaType.APPLICATION_JSON)
public class RoomCheckInResource {

    @Inject private Attendance attendance;
    @Inject private CurrentCaller caller;

    @POST
    public BookingView checkIn(@PathParam("id") String id) {
        return attendance.checkInAtRoom(caller.require(), roomId(id));
    }

    static long roomId(String id) {
        return EntityId.parse(id).orElseThrow(() -> Refusal.notFound("refusal.room.notFound", id));
    }
}
