package kz.housesofdemocracy.events.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.MonthDay;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.Refusal;

/** NGO Day's date: public to read, the national administrator sets it. */
@Path("settings/ngo-day")
@Produces(MediaType.APPLICATION_JSON)
public class NgoDayResource {

    @Inject private Events events;
    @Inject private CurrentCaller caller;

    /** Month and day; both null while unset. */
    public record NgoDay(Integer month, Integer day) {
        static NgoDay of(MonthDay date) {
            return date == null
                    ? new NgoDay(null, null)
                    : new NgoDay(date.getMonthValue(), date.getDayOfMonth());
        }
    }

    @GET
    public NgoDay get() {
        return NgoDay.of(events.ngoDay().orElse(null));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public NgoDay set(NgoDay day) {
        if (day == null) {
            throw Refusal.invalid("body", "validation.required");
        }
        return NgoDay.of(events.setNgoDay(caller.require(), day.month(), day.day()));
    }
}
