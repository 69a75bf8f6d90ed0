package kz.housesofdemocracy.bookings.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's calendar-feed address: renewed (the old one stops working) or revoked. */
@Path("me/feed")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "bookings")
@SecurityRequirement(name = "bearerAuth")
public class MyFeedResource {

    @Inject private Feeds feeds;
    @Inject private CurrentCaller caller;

    /** The feed's address, shown once: keep it in a calendar program. */
    @Schema(description = "The secret address of the caller's calendar feed, shown only once.")
    public record FeedAddress(
            @Schema(
                            description =
                                    "The feed's address, to subscribe to from a calendar"
                                            + " program (`GET` it: iCalendar).",
                            example =
                                    "https://houses-of-democracy.kz/api/feeds/q3V9c2VjcmV0LWV4YW1wbGU.ics")
                    String url) {}

    @POST
    @Operation(
            operationId = "renewMyFeed",
            summary = "Get a new secret address for my calendar feed",
            description =
                    "Makes a new secret address for the caller's calendar feed (their NGOs'"
                            + " bookings) and answers it once; the previous address, if any,"
                            + " stops working at once. No body is needed.")
    @APIResponse(
            responseCode = "201",
            description = "The new address, also in `Location`.",
            headers = @Header(name = "Location", ref = "Location"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FeedAddress.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(
            responseCode = "403",
            ref = "Forbidden",
            description = "A browser request from another site.")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response renew() {
        String url = feeds.renew(caller.require());
        return Response.created(URI.create(url)).entity(new FeedAddress(url)).build();
    }

    @DELETE
    @Operation(
            operationId = "revokeMyFeed",
            summary = "Revoke my calendar feed's address",
            description =
                    "Stops the caller's calendar-feed address: it answers 404 from now on. A new"
                            + " one can be had with `POST /api/me/feed`.")
    @APIResponse(responseCode = "204", description = "Revoked (also when there was none).")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(
            responseCode = "403",
            ref = "Forbidden",
            description = "A browser request from another site.")
    public Response revoke() {
        feeds.revoke(caller.require());
        return Response.noContent().build();
    }
}
