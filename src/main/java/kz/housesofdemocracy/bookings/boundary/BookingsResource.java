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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Room bookings for programs. POST answers 201 with the booking, 409 naming the clashing slot when
 * the room is taken, 422 naming the broken rule.
 */
@Path("bookings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "bookings")
@SecurityRequirement(name = "bearerAuth")
public class BookingsResource {

    static final String BOOKING_ID = "The booking's id.";

    @Inject private Bookings bookings;
    @Inject private Series series;
    @Inject private Attendance attendance;
    @Inject private CurrentCaller caller;

    @Schema(description = "Why a booking or series is rejected or cancelled.")
    public record Reason(
            @Schema(
                            description =
                                    "The reason the NGO reads, up to 500 characters. Required"
                                            + " to reject and when staff cancel; optional when"
                                            + " the NGO's representative cancels.",
                            example = "The hall is needed for repairs.")
                    String reason) {}

    /** Which occurrences of a series (ONE, FOLLOWING or ALL) and a reason where one is needed. */
    @Schema(description = "Which occurrences of a series to cancel, and why.")
    public record ScopedReason(
            @Schema(
                            description =
                                    "ONE: this occurrence; FOLLOWING: it and the later ones; ALL:"
                                            + " every occurrence that has not started.",
                            enumeration = {"ONE", "FOLLOWING", "ALL"},
                            required = true)
                    String scope,
            @Schema(
                            description =
                                    "Up to 500 characters; required when staff cancel, optional"
                                            + " for the NGO's representative.")
                    String reason) {}

    /** New times (same days), purpose and attendees for ONE, FOLLOWING or ALL occurrences. */
    @Schema(
            description =
                    "New times (each occurrence keeps its day), purpose and attendees for one"
                            + " occurrence, it and the following ones, or all of its series.")
    public record Change(
            @Schema(
                            description =
                                    "ONE: this occurrence; FOLLOWING: it and the later ones; ALL:"
                                            + " every occurrence that has not started. A booking"
                                            + " outside a series moves alone whatever the scope.",
                            enumeration = {"ONE", "FOLLOWING", "ALL"},
                            required = true)
                    String scope,
            @Schema(
                            description =
                                    "New start, HH:mm in the House's local time, on the"
                                            + " half-hour grid.",
                            example = "14:00",
                            required = true)
                    String start,
            @Schema(
                            description =
                                    "New end, HH:mm in the House's local time, on the half-hour"
                                            + " grid, after the start.",
                            example = "16:00",
                            required = true)
                    String end,
            @Schema(
                            description = "What the room is used for, up to 500 characters.",
                            example = "Youth debate club",
                            required = true)
                    String purpose,
            @Schema(
                            description = "How many people come; at most the room's capacity.",
                            example = "25",
                            required = true)
                    Integer attendees) {}

    @POST
    @Operation(
            operationId = "createBooking",
            summary = "Book a room for an NGO",
            description =
                    "Requests a room for a program of an NGO the caller represents, on one day"
                            + " between two half-hour times in the House's local time. Every"
                            + " rule is checked in one transaction with the room locked: opening"
                            + " hours, holidays, blackouts, capacity, the room's own rules, the"
                            + " NGO's eligibility and the House's monthly quotas (422 naming the"
                            + " broken rule), and other bookings or a running waitlist offer"
                            + " (409 naming the clashing slot). The booking is CONFIRMED at"
                            + " once, or PENDING when the room needs approval; its NGO's"
                            + " representatives get a mail with an iCalendar invitation.")
    @RequestBody(description = "The room, NGO, day, times, purpose and attendees.", required = true)
    @APIResponse(
            responseCode = "201",
            description = "The booking made; Location names it.",
            headers = @Header(name = "Location", ref = "Location"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response request(BookingForm form) {
        if (form == null) {
            throw Refusal.invalid("body", "validation.required");
        }
        BookingView booking = bookings.request(caller.require(), form);
        return Response.created(URI.create("bookings/" + booking.id())).entity(booking).build();
    }

    @Operation(
            operationId = "listMyBookings",
            summary = "List the bookings of the caller's NGOs",
            description =
                    "Every booking of every NGO the caller represents, in any status, newest"
                            + " first. Empty for a caller who represents no NGO.")
    @APIResponse(responseCode = "200", description = "The bookings, newest first.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @GET
    @Path("mine")
    public List<BookingView> mine() {
        return bookings.mine(caller.require());
    }

    /** Waiting for approval in the caller's Houses or region. */
    @GET
    @Path("queue")
    @Operation(
            operationId = "listBookingQueue",
            summary = "List the bookings waiting for the caller's approval",
            description =
                    "The PENDING bookings that have not started in the Houses the caller manages"
                            + " and the regions whose bookings the caller approves. Only for"
                            + " House managers and akimat approvers (403 otherwise).")
    @APIResponse(responseCode = "200", description = "The pending bookings, soonest first.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<BookingView> queue() {
        return bookings.queue(caller.require());
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getBooking",
            summary = "Read a booking",
            description =
                    "One booking, in the House's local time and with its money. For its NGO's"
                            + " representatives and for the staff who see the House's bookings.")
    @APIResponse(responseCode = "200", description = "The booking.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public BookingView booking(
            @Parameter(description = BOOKING_ID, required = true, example = "101") @PathParam("id")
                    String id) {
        return bookings.details(caller.require(), bookingId(id));
    }

    @POST
    @Path("{id}/approval")
    @Operation(
            operationId = "approveBooking",
            summary = "Approve a pending booking",
            description =
                    "Confirms a PENDING booking. For the House's managers and the region's"
                            + " akimat approvers, never the person who requested it (403). 409"
                            + " when it is no longer pending; 422 when its NGO is no longer"
                            + " eligible. The NGO's representatives are mailed.")
    @APIResponse(responseCode = "200", description = "The booking, now CONFIRMED.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public BookingView approve(
            @Parameter(description = BOOKING_ID, required = true, example = "101") @PathParam("id")
                    String id) {
        return bookings.approve(caller.require(), bookingId(id));
    }

    @POST
    @Path("{id}/rejection")
    @Operation(
            operationId = "rejectBooking",
            summary = "Reject a pending booking",
            description =
                    "Rejects a PENDING booking with a reason its NGO reads (422 without one)."
                            + " For the House's managers and the region's akimat approvers,"
                            + " never the person who requested it (403). 409 when it is no"
                            + " longer pending. The slot is offered to its waitlist.")
    @APIResponse(responseCode = "200", description = "The booking, now REJECTED.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public BookingView reject(
            @Parameter(description = BOOKING_ID, required = true, example = "101") @PathParam("id")
                    String id,
            @RequestBody(description = "The reason for the NGO.", required = true) Reason reason) {
        return bookings.reject(
                caller.require(), bookingId(id), reason == null ? null : reason.reason());
    }

    @POST
    @Path("{id}/cancellation")
    @Operation(
            operationId = "cancelBooking",
            summary = "Cancel a booking",
            description =
                    "Cancels a PENDING or CONFIRMED booking. Its NGO's representatives may until"
                            + " it starts (409 after), a reason optional; the House's staff at any"
                            + " time, with a reason (422 without). 409 when it no longer holds"
                            + " the room. The slot is offered to its waitlist and the NGO is"
                            + " mailed.")
    @APIResponse(responseCode = "200", description = "The booking, now CANCELLED.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public BookingView cancel(
            @Parameter(description = BOOKING_ID, required = true, example = "101") @PathParam("id")
                    String id,
            @RequestBody(
                            description =
                                    "The reason: optional for the NGO's representatives,"
                                            + " required for staff.")
                    Reason reason) {
        return bookings.cancel(
                caller.require(), bookingId(id), reason == null ? null : reason.reason());
    }

    /** Moves this occurrence, it and the following ones, or all of its series: all or none. */
    @POST
    @Path("{id}/change")
    @Operation(
            operationId = "changeBooking",
            summary = "Move a booking or occurrences of its series",
            description =
                    "Moves this booking (scope ONE), it and the following occurrences of its"
                            + " series (FOLLOWING), or every occurrence that has not started"
                            + " (ALL) to new times on their own days, with a new purpose and"
                            + " attendees. Only the NGO's representatives. All or none: every"
                            + " moved occurrence is checked like a new booking, and the first"
                            + " problem is named with its date (422 for a broken rule, 409 for a"
                            + " clash, also when another request moved into the slot at the same"
                            + " moment). The NGO's representatives are mailed updated"
                            + " invitations.")
    @RequestBody(
            description = "The scope and the new times, purpose and attendees.",
            required = true)
    @APIResponse(
            responseCode = "200",
            description = "The bookings moved (empty when none holds its room any more).")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public List<BookingView> change(
            @Parameter(description = BOOKING_ID, required = true, example = "101") @PathParam("id")
                    String id,
            Change change) {
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
    @Operation(
            operationId = "cancelSeriesOccurrences",
            summary = "Cancel a booking or occurrences of its series",
            description =
                    "Cancels this occurrence (ONE), it and the following ones (FOLLOWING), or"
                            + " every occurrence that has not started (ALL). For the NGO's"
                            + " representatives (before each starts, reason optional) and the"
                            + " House's staff (with a reason). 409 when none of them holds its"
                            + " room. The slots are offered to their waitlists and the NGO is"
                            + " mailed once.")
    @RequestBody(description = "The scope and the reason.", required = true)
    @APIResponse(responseCode = "200", description = "The bookings cancelled.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public List<BookingView> cancelInSeries(
            @Parameter(description = BOOKING_ID, required = true, example = "101") @PathParam("id")
                    String id,
            ScopedReason body) {
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
    @Operation(
            operationId = "checkInBooking",
            summary = "Check a booking in",
            description =
                    "Records that someone came, so the booking does not become a no-show. The"
                            + " House's managers may without a code, from 30 minutes before the"
                            + " start to its end; the NGO's representatives need the code the"
                            + " front desk shows for the room now (422 naming code when missing"
                            + " or wrong), from 30 minutes before the start until 15 minutes"
                            + " after it. 409 outside that window or when the booking is not"
                            + " CONFIRMED.")
    @APIResponse(responseCode = "200", description = "The booking, with checkedInAt set.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public BookingView checkIn(
            @Parameter(description = BOOKING_ID, required = true, example = "101") @PathParam("id")
                    String id,
            @RequestBody(
                            description =
                                    "The room's current presence code; may be left out by the"
                                            + " House's managers.")
                    RoomCheckInResource.PresenceProof proof) {
        return attendance.checkIn(
                caller.require(), bookingId(id), proof == null ? null : proof.code());
    }

    /** What an NGO has used of a House's quotas this month. */
    @GET
    @Path("usage")
    @Operation(
            operationId = "getQuotaUsage",
            summary = "Read an NGO's use of a House's quotas",
            description =
                    "The hours an NGO has booked in a House this month and its future bookings"
                            + " there, against the House's monthly limits. For the NGO's"
                            + " representatives and the House's staff.")
    @APIResponse(responseCode = "200", description = "This month's use and the limits.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Bookings.UsageView usage(
            @Parameter(description = "The NGO's id.", required = true, example = "7")
                    @jakarta.ws.rs.QueryParam("ngoId")
                    String ngoId,
            @Parameter(description = "The House's id.", required = true, example = "3")
                    @jakarta.ws.rs.QueryParam("houseId")
                    String houseId) {
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
