package kz.housesofdemocracy.closures.boundary;

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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A House's blackouts: public to read (upcoming; an internal event's hold only as "closed" outside
 * the House's staff), its managers add them.
 */
@Path("houses/{id}/blackouts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "closures")
public class BlackoutsResource {

    private static final String HOUSE_ID =
            "The House's id (ASCII digits; anything else names no House).";

    @Inject private Clock clock;

    @Inject private Blackouts blackouts;
    @Inject private CurrentCaller caller;
    @Inject private CurrentLanguage language;

    /** Local date-times of the House, e.g. "2026-12-05T09:00". */
    @Schema(
            description =
                    "A new blackout: a time the whole House, or one of its rooms, is closed to"
                            + " bookings.")
    public record NewBlackout(
            @Schema(
                            description =
                                    "A room of this House to close; leave out (or null) to close"
                                            + " the whole House.",
                            example = "3")
                    Long roomId,
            @Schema(
                            type = SchemaType.STRING,
                            format = "local-date-time",
                            description =
                                    "Start, in the House's local time (ISO 8601 without offset).",
                            required = true,
                            example = "2027-03-02T09:00")
                    LocalDateTime from,
            @Schema(
                            type = SchemaType.STRING,
                            format = "local-date-time",
                            description =
                                    "End, in the House's local time (ISO 8601 without offset);"
                                            + " after `from`.",
                            required = true,
                            example = "2027-03-02T18:00")
                    LocalDateTime to,
            @Schema(
                            description = "Why, 1 to 500 characters; staff and bookers read it.",
                            required = true,
                            maxLength = 500,
                            example = "Heating repairs")
                    String reason) {}

    @GET
    @Operation(
            operationId = "listHouseBlackouts",
            summary = "List a House's upcoming blackouts",
            description =
                    "The blackouts of the House and its rooms that overlap the next 366 days,"
                            + " by start. Public: no sign-in needed. A room held for an internal"
                            + " event reads only as \"closed\" to anyone but the House's staff;"
                            + " `reason` comes in the language asked for (Accept-Language).")
    @APIResponse(responseCode = "200", description = "The blackouts, by start.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<Blackouts.BlackoutView> upcoming(
            @PathParam("id")
                    @Parameter(
                            description = HOUSE_ID,
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int64",
                                            minimum = "1"),
                            example = "1")
                    String id) {
        Instant now = clock.instant();
        return blackouts.of(
                caller.get().orElse(null),
                houseId(id),
                Period.of(now, now.plusSeconds(366L * 24 * 3600)),
                language.getLocale());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "addBlackout",
            summary = "Close a House or one of its rooms for a time",
            description =
                    "Adds a blackout, in the House's local time, with a reason: no booking can be"
                            + " made in it. The House's managers and the national"
                            + " administrator. The end must come after the start and the room"
                            + " must be one of this House's; every problem is listed at once in"
                            + " a 422. Audited.")
    @SecurityRequirement(name = "bearerAuth")
    @RequestBody(description = "The blackout.", required = true)
    @APIResponse(
            responseCode = "201",
            description =
                    "Added; Location names the blackout (remove it with removeBlackout). No"
                            + " body.",
            headers = @Header(name = "Location", ref = "Location"))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response add(
            @PathParam("id")
                    @Parameter(
                            description = HOUSE_ID,
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int64",
                                            minimum = "1"),
                            example = "1")
                    String id,
            NewBlackout blackout) {
        if (blackout == null) {
            throw Refusal.invalid("body", "validation.required");
        }
        long created =
                blackouts.add(
                        caller.require(),
                        houseId(id),
                        blackout.roomId(),
                        blackout.from(),
                        blackout.to(),
                        blackout.reason());
        return Response.created(URI.create("blackouts/" + created)).build();
    }

    static long houseId(String id) {
        return EntityId.parse(id).orElseThrow(() -> Refusal.notFound("problem.house.notFound", id));
    }
}
