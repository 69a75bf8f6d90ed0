package kz.housesofdemocracy.closures.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;

/** Public holidays: public to read (a year at a time), the national administrator keeps them. */
@Path("holidays")
@Produces(MediaType.APPLICATION_JSON)
public class HolidaysResource {

    @Inject private Clock clock;

    @Inject private Holidays holidays;
    @Inject private CurrentCaller caller;

    public record NewHoliday(
            LocalDate date, String kk, String ru, String en, boolean transferable) {}

    @GET
    public List<Holidays.HolidayView> year(@QueryParam("year") Integer year) {
        int y = year == null ? Clocks.today(clock).getYear() : year;
        if (y < 1991 || y > 2100) {
            throw Refusal.invalid("year", "validation.year");
        }
        return holidays.inYear(y);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(NewHoliday holiday) {
        if (holiday == null) {
            throw Refusal.invalid("body", "validation.required");
        }
        long id =
                holidays.add(
                        caller.require(),
                        holiday.date(),
                        holiday.kk(),
                        holiday.ru(),
                        holiday.en(),
                        holiday.transferable());
        return Response.created(URI.create("holidays/" + id)).build();
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") String id) {
        holidays.remove(
                caller.require(),
                EntityId.parse(id).orElseThrow(() -> Refusal.notFound("refusal.holiday.notFound")));
        return Response.noContent().build();
    }
}
