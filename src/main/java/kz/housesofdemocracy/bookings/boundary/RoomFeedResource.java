package kz.housesofdemocracy.bookings.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import kz.housesofdemocracy.platform.i18n.Language;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A room's busy times as an iCalendar feed to subscribe to (public: no names). Calendar programs
 * send no language, so it is chosen with {@code ?lang=kk|ru|en} (Kazakh by default).
 */
@Path("rooms/{id}/feed.ics")
@Tag(name = "bookings")
public class RoomFeedResource {

    @Inject private Feeds feeds;

    @GET
    @Produces("text/calendar; charset=UTF-8")
    @Operation(
            operationId = "getRoomFeed",
            summary = "A room's busy times as a calendar feed",
            description =
                    "The room's booked times (confirmed, and pending as tentative) from 30 days"
                            + " back to the booking horizon, as an iCalendar (RFC 5545) feed to"
                            + " subscribe to. Public: no sign-in, and no names of who booked."
                            + " Poll with `If-None-Match`: an unchanged feed answers 304.")
    @APIResponse(
            responseCode = "200",
            description = "The feed, named for the room and its House in the language asked.",
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
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such room.")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public String feed(
            @Parameter(description = "The room's id.", required = true, example = "12")
                    @PathParam("id")
                    String id,
            @Parameter(
                            description =
                                    "The feed's language (its name, the word for busy, the"
                                            + " address); Kazakh when absent or unknown.",
                            required = false,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"kk", "ru", "en"}),
                            example = "ru")
                    @QueryParam("lang")
                    String lang,
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
        return feeds.room(
                RoomCheckInResource.roomId(id),
                Language.fromTag(lang).orElse(Language.KK).locale());
    }
}
