package kz.housesofdemocracy.bookings.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import kz.housesofdemocracy.platform.Refusal;

/** "A room for 30 people, with a projector, step-free, Tuesday 14:00–16:00": the free ones. */
@Path("houses/{id}/free-rooms")
@Produces(MediaType.APPLICATION_JSON)
public class FreeRoomsResource {

    @Inject private Clock clock;

    @Inject private HouseCalendar calendar;

    @GET
    public List<HouseCalendar.FreeRoom> free(
            @PathParam("id") String id,
            @QueryParam("date") String date,
            @QueryParam("start") String start,
            @QueryParam("end") String end,
            @QueryParam("people") @DefaultValue("1") int people,
            @QueryParam("equipment") List<String> equipment,
            @QueryParam("stepFree") @DefaultValue("false") boolean stepFree) {
        return calendar.free(
                AvailabilityResource.houseId(id),
                new HouseCalendar.Wish(
                        AvailabilityResource.date(date, clock),
                        time("start", start),
                        time("end", end),
                        people,
                        Set.copyOf(equipment),
                        stepFree));
    }

    static LocalTime time(String field, String value) {
        try {
            return LocalTime.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException wrong) {
            throw Refusal.invalid(field, "validation.time");
        }
    }
}
