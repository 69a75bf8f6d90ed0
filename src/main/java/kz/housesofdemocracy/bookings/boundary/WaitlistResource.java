package kz.housesofdemocracy.bookings.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;

/** Waitlists of taken slots: join, list, take an offer, leave. */
@Path("waitlist")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WaitlistResource {

    @Inject private Waitlist waitlist;
    @Inject private CurrentCaller caller;

    @POST
    public Response join(BookingForm form) {
        if (form == null) {
            throw Refusal.invalid("body", "validation.required");
        }
        Waitlist.EntryView entry = waitlist.join(caller.require(), form);
        return Response.created(URI.create("waitlist/" + entry.id())).entity(entry).build();
    }

    @GET
    @Path("mine")
    public List<Waitlist.EntryView> mine() {
        return waitlist.mine(caller.require());
    }

    /** Takes the slot offered to this entry: 201 with the booking. */
    @POST
    @Path("{id}/acceptance")
    public Response accept(@PathParam("id") String id) {
        BookingView booking = waitlist.accept(caller.require(), entryId(id));
        return Response.created(URI.create("bookings/" + booking.id())).entity(booking).build();
    }

    @DELETE
    @Path("{id}")
    public Response withdraw(@PathParam("id") String id) {
        waitlist.withdraw(caller.require(), entryId(id));
        return Response.noContent().build();
    }

    private static long entryId(String id) {
        return EntityId.parse(id).orElseThrow(() -> Refusal.notFound("waitlist.notFound", id));
    }
}
