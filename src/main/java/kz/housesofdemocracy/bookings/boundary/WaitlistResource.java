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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Waitlists of taken slots: join, list, take an offer, leave. */
@Path("waitlist")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "bookings")
@SecurityRequirement(name = "bearerAuth")
public class WaitlistResource {

    private static final String ENTRY_ID =
            "The waitlist entry's id (someone else's entry is not found).";

    @Inject private Waitlist waitlist;
    @Inject private CurrentCaller caller;

    @POST
    @Operation(
            operationId = "joinWaitlist",
            summary = "Join the waitlist of a taken slot",
            description =
                    "Puts an NGO the caller represents in line for a slot another booking holds."
                            + " When the slot frees, the first in line is offered it for a"
                            + " limited time (mailed) and takes it with acceptWaitlistOffer."
                            + " 409 when the slot is free (book it instead) or the NGO already"
                            + " waits for it; 422 when a rule other than the clash is broken.")
    @RequestBody(description = "The slot wanted, as for a booking.", required = true)
    @APIResponse(
            responseCode = "201",
            description = "The entry, with its place in line; Location names it.",
            headers = @Header(name = "Location", ref = "Location"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Waitlist.EntryView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response join(BookingForm form) {
        if (form == null) {
            throw Refusal.invalid("body", "validation.required");
        }
        Waitlist.EntryView entry = waitlist.join(caller.require(), form);
        return Response.created(URI.create("waitlist/" + entry.id())).entity(entry).build();
    }

    @GET
    @Path("mine")
    @Operation(
            operationId = "listMyWaitlistEntries",
            summary = "List the waitlist entries of the caller's NGOs",
            description =
                    "The open entries (WAITING or OFFERED) of every NGO the caller represents,"
                            + " soonest slot first, with their place in line.")
    @APIResponse(responseCode = "200", description = "The open entries, soonest first.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public List<Waitlist.EntryView> mine() {
        return waitlist.mine(caller.require());
    }

    /** Takes the slot offered to this entry: 201 with the booking. */
    @POST
    @Path("{id}/acceptance")
    @Operation(
            operationId = "acceptWaitlistOffer",
            summary = "Take the slot offered to a waitlist entry",
            description =
                    "Books the slot offered to an entry of the caller's NGO while the offer runs"
                            + " (409 otherwise). Every booking rule is checked again (422, or 409"
                            + " for a clash); the booking is an ordinary one and its NGO is"
                            + " mailed.")
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
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response accept(
            @Parameter(description = ENTRY_ID, required = true, example = "5") @PathParam("id")
                    String id) {
        BookingView booking = waitlist.accept(caller.require(), entryId(id));
        return Response.created(URI.create("bookings/" + booking.id())).entity(booking).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(
            operationId = "withdrawFromWaitlist",
            summary = "Leave a waitlist",
            description =
                    "Withdraws an entry of the caller's NGO that is WAITING or OFFERED (409"
                            + " otherwise). An offer given up passes to the next in line at"
                            + " once, who is mailed.")
    @APIResponse(responseCode = "204", description = "Withdrawn.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response withdraw(
            @Parameter(description = ENTRY_ID, required = true, example = "5") @PathParam("id")
                    String id) {
        waitlist.withdraw(caller.require(), entryId(id));
        return Response.noContent().build();
    }

    private static long entryId(String id) {
        return EntityId.parse(id).orElseThrow(() -> Refusal.notFound("waitlist.notFound", id));
    }
}
