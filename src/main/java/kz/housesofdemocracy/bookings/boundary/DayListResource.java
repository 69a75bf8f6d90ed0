package kz.housesofdemocracy.bookings.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;

/** A House's bookings of a day for its staff: check-ins, no-shows, each NGO's no-show rate. */
@Path("houses/{id}/day-list")
@Produces(MediaType.APPLICATION_JSON)
public class DayListResource {

    @Inject private Clock clock;

    @Inject private Attendance attendance;
    @Inject private CurrentCaller caller;

    @GET
    public List<Attendance.DayEntry> day(
            @PathParam("id") String id, @QueryParam("date") String date) {
        return attendance.day(
                caller.require(),
                AvailabilityResource.houseId(id),
                AvailabilityResource.date(date, clock));
    }
}
