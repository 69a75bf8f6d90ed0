package kz.housesofdemocracy.bookings.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import kz.housesofdemocracy.access.boundary.CurrentCaller;

/** A House's rooms against the days of the week that holds the date. */
@Path("houses/{id}/week")
@Produces(MediaType.APPLICATION_JSON)
public class WeekResource {

    @Inject private Clock clock;

    @Inject private HouseCalendar calendar;
    @Inject private CurrentCaller caller;

    @GET
    public HouseCalendar.Week week(@PathParam("id") String id, @QueryParam("date") String date) {
        return calendar.week(
                caller.get().orElse(null),
                AvailabilityResource.houseId(id),
                AvailabilityResource.date(date, clock));
    }
}
