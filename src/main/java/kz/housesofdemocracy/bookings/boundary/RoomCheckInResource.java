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

/**
 * Check-in at a room: the caller's NGO's booking that is on now, with the code the House's front
 * desk shows for the room now ({@code {"code":"123456"}}); without it, 422 naming {@code code}.
 */
@Path("rooms/{id}/check-in")
@Produces(MediaType.APPLICATION_JSON)
public class RoomCheckInResource {

    @Inject private Attendance attendance;
    @Inject private CurrentCaller caller;

    /** What the representative typed: the room's current presence code. */
    public record PresenceProof(String code) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public BookingView checkIn(@PathParam("id") String id, PresenceProof proof) {
        return attendance.checkInAtRoom(
                caller.require(), roomId(id), proof == null ? null : proof.code());
    }

    static long roomId(String id) {
        return EntityId.parse(id).orElseThrow(() -> Refusal.notFound("refusal.room.notFound", id));
    }
}
