package kz.housesofdemocracy.bookings.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import kz.housesofdemocracy.platform.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A person's own calendar feed, at the secret address they got on their bookings page. */
@Path("feeds/{secret}.ics")
@Tag(name = "bookings")
public class FeedsResource {

    @Inject private Feeds feeds;

    @GET
    @Produces("text/calendar; charset=UTF-8")
    @Operation(
            operationId = "getPersonalFeed",
            summary = "A person's bookings as a calendar feed",
            description =
                    "The bookings of every NGO the person represents, from 30 days back, as an"
                            + " iCalendar (RFC 5545) feed to subscribe to, in the person's"
                            + " language; cancelled bookings stay in it as cancelled so calendars"
                            + " drop them. The secret address comes from `POST /api/me/feed`; no"
                            + " sign-in is needed (the address is the credential). Poll with"
                            + " `If-None-Match`: an unchanged feed answers 304.")
    @APIResponse(
            responseCode = "200",
            description = "The feed.",
            headers = {
                @Header(
                        name = "ETag",
                        description =
                                "A strong tag of the feed's bytes: send it back in"
                                        + " `If-None-Match`.",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = "Cache-Control",
                        description = "`private, max-age=300`: kept a few minutes, privately.",
                        schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = "text/calendar",
                            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "304",
            description = "The feed is unchanged since the ETag in `If-None-Match`; no body.",
            headers = {
                @Header(
                        name = "ETag",
                        description =
                                "A strong tag of the feed's bytes: send it back in"
                                        + " `If-None-Match`.",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = "Cache-Control",
                        description = "`private, max-age=300`: kept a few minutes, privately.",
                        schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(
            responseCode = "404",
            ref = "NotFound",
            description = "No such address, or it was renewed or revoked.")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public String feed(
            @Parameter(
                            description =
                                    "The secret of the feed's address, as `POST /api/me/feed`"
                                            + " gave it.",
                            required = true,
                            example = "q3V9c2VjcmV0LWV4YW1wbGU")
                    @PathParam("secret")
                    String secret,
            @Parameter(
                            in = ParameterIn.HEADER,
                            name = "If-None-Match",
                            description =
                                    "The ETag of the copy the client holds: when the feed is"
                                            + " unchanged the answer is 304 with no body.",
                            required = false,
                            example = "\"3q2-7wEXAMPLEtag\"")
                    @HeaderParam("If-None-Match")
                    String ifNoneMatch) {
        return feeds.personal(secret).orElseThrow(() -> Refusal.notFound("feed.notFound"));
    }
}
