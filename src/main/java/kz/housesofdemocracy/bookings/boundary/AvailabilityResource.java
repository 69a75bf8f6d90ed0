package kz.housesofdemocracy.bookings.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;

/** A House's rooms against one day's half-hours: free, pending, taken, blacked out, past. */
@Path("houses/{id}/availability")
@Produces(MediaType.APPLICATION_JSON)
public class AvailabilityResource {

    @Inject private Clock clock;

    @Inject private HouseCalendar calendar;
    @Inject private CurrentCaller caller;

    @GET
    public HouseCalendar.Day day(@PathParam("id") String id, @QueryParam("date") String date) {
        return calendar.day(caller.get().orElse(null), houseId(id), date(date, clock));
    }

    static long houseId(String id) {
        return EntityId.parse(id).orElseThrow(() -> Refusal.notFound("problem.house.notFound", id));
    }

    static LocalDate date(String date, Clock clock) {
        if (date == null || date.isBlank()) {
            return Clocks.today(clock);
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException wrong) {
            throw Refusal.invalid("date", "validation.date");
        }
    }
}
