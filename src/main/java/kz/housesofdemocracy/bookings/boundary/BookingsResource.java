package kz.housesofdemocracy.bookings.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import kz.housesofdemocracy.accounts.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;

/**
 * Room bookings for programs. POST answers 201 with the booking, 409 naming the clashing slot when
 * the room is taken, 422 naming the broken rule.
 */
@Path("bookings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingsResource {

    @Inject private Bookings bookings;
    @Inject private CurrentCaller caller;

    public record Reason(String reason) {}

    @POST
    public Response request(BookingForm form) {
        if (form == null) {
            throw Refusal.invalid("body", "validation.required");
        }
        BookingView booking = bookings.request(caller.require(), form);
        return Response.created(URI.create("api/bookings/" + booking.id())).entity(booking).build();
    }

    @GET
    @Path("mine")
    public List<BookingView> mine() {
        return bookings.mine(caller.require());
    }

    /** Waiting for approval in the caller's Houses or region. */
    @GET
    @Path("queue")
    public List<BookingView> queue() {
        return bookings.queue(caller.require());
    }

    @GET
    @Path("{id}")
    public BookingView booking(@PathParam("id") String id) {
        return bookings.details(caller.require(), bookingId(id));
    }

    @POST
    @Path("{id}/approval")
    public BookingView approve(@PathParam("id") String id) {
        return bookings.approve(caller.require(), bookingId(id));
    }

    @POST
    @Path("{id}/rejection")
    public BookingView reject(@PathParam("id") String id, Reason reason) {
        return bookings.reject(
                caller.require(), bookingId(id), reason == null ? null : reason.reason());
    }

    @POST
    @Path("{id}/cancellation")
    public BookingView cancel(@PathParam("id") String id, Reason reason) {
        return bookings.cancel(
                caller.require(), bookingId(id), reason == null ? null : reason.reason());
    }

    private static long bookingId(String id) {
        return EntityId.parse(id)
                .orElseThrow(() -> Refusal.notFound("refusal.booking.notFound", id));
    }
}
