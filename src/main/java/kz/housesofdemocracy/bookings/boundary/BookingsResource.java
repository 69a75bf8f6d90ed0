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
import kz.housesofdemocracy.access.boundary.CurrentCaller;
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
    @Inject private Series series;
    @Inject private Attendance attendance;
    @Inject private CurrentCaller caller;

    public record Reason(String reason) {}

    /** Which occurrences of a series (ONE, FOLLOWING or ALL) and a reason where one is needed. */
    public record ScopedReason(String scope, String reason) {}

    /** New times (same days), purpose and attendees for ONE, FOLLOWING or ALL occurrences. */
    public record Change(
            String scope, String start, String end, String purpose, Integer attendees) {}

    @POST
    public Response request(BookingForm form) {
        if (form == null) {
            throw Refusal.invalid("body", "validation.required");
        }
        BookingView booking = bookings.request(caller.require(), form);
        return Response.created(URI.create("bookings/" + booking.id())).entity(booking).build();
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

    /** Moves this occurrence, it and the following ones, or all of its series: all or none. */
    @POST
    @Path("{id}/change")
    public List<BookingView> change(@PathParam("id") String id, Change change) {
        if (change == null) {
            throw Refusal.invalid("body", "validation.required");
        }
        return series.change(
                caller.require(),
                bookingId(id),
                scope(change.scope()),
                change.start(),
                change.end(),
                change.purpose(),
                change.attendees());
    }

    /** Cancels this occurrence, it and the following ones, or all of its series. */
    @POST
    @Path("{id}/series-cancellation")
    public List<BookingView> cancelInSeries(@PathParam("id") String id, ScopedReason body) {
        if (body == null) {
            throw Refusal.invalid("body", "validation.required");
        }
        return series.cancel(caller.require(), bookingId(id), scope(body.scope()), body.reason());
    }

    /**
     * Someone came: by the House's managers, or by the NGO's representatives at the room with the
     * code its front desk shows now ({@code {"code":"123456"}}).
     */
    @POST
    @Path("{id}/check-in")
    public BookingView checkIn(
            @PathParam("id") String id, RoomCheckInResource.PresenceProof proof) {
        return attendance.checkIn(
                caller.require(), bookingId(id), proof == null ? null : proof.code());
    }

    /** What an NGO has used of a House's quotas this month. */
    @GET
    @Path("usage")
    public Bookings.UsageView usage(
            @jakarta.ws.rs.QueryParam("ngoId") String ngoId,
            @jakarta.ws.rs.QueryParam("houseId") String houseId) {
        return bookings.usage(
                caller.require(),
                EntityId.parse(ngoId)
                        .orElseThrow(() -> Refusal.invalid("ngoId", "validation.required")),
                EntityId.parse(houseId)
                        .orElseThrow(() -> Refusal.invalid("houseId", "validation.required")));
    }

    /** The scope named, or null (refused by the façade, after it has checked who asks). */
    static Series.EditScope scope(String scope) {
        try {
            return Series.EditScope.valueOf(String.valueOf(scope));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static long bookingId(String id) {
        return EntityId.parse(id)
                .orElseThrow(() -> Refusal.notFound("refusal.booking.notFound", id));
    }
}
