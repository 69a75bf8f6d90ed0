package kz.housesofdemocracy.bookings.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.rest.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Recurring series: a dry-run preview of every occurrence, then saving all of them or only the free
 * ones; reading a series; deciding a hall's series as a whole.
 */
@Path("series")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "bookings")
@SecurityRequirement(name = "bearerAuth")
public class SeriesResource {

    private static final String SERIES_ID = "The series' id.";

    @Inject private Series series;
    @Inject private CurrentCaller caller;
    @Inject private Problems problems;

    /**
     * What saving would do, occurrence by occurrence, with each problem in the reader's language.
     */
    @POST
    @Path("preview")
    @Operation(
            operationId = "previewSeries",
            summary = "Preview a recurring series",
            description =
                    "A dry run: every occurrence the rule gives, each FREE, TAKEN (another booking"
                            + " or a waitlist offer) or BROKEN (a rule, with the problem in the"
                            + " reader's language, from Accept-Language). The quotas count the"
                            + " series as a whole. Nothing is saved. For the NGO's"
                            + " representatives.")
    @RequestBody(description = "The series as it would be saved.", required = true)
    @APIResponse(responseCode = "200", description = "The rule in words and every occurrence.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Series.Preview preview(SeriesForm form) {
        return series.preview(caller.require(), required(form), problems.locale());
    }

    /**
     * Saves the series: every occurrence ({@code onlyFree=false}, the default: 409 unless all are
     * free) or only the free ones.
     */
    @POST
    @Operation(
            operationId = "createSeries",
            summary = "Book a recurring series",
            description =
                    "Saves a series for an NGO the caller represents: every occurrence (the"
                            + " default; 409 unless all are free) or, with onlyFree=true, only the"
                            + " free ones (409 when none is). Each occurrence is checked again"
                            + " with the room locked and booked like a single booking, CONFIRMED"
                            + " or PENDING; the NGO's representatives get one mail with every"
                            + " invitation.")
    @RequestBody(description = "The room, NGO, times, purpose and rule.", required = true)
    @APIResponse(
            responseCode = "201",
            description =
                    "The series made, with the bookings made and the occurrences skipped;"
                            + " Location names the series.",
            headers = @Header(name = "Location", ref = "Location"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Series.Made.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response create(
            SeriesForm form,
            @Parameter(
                            description =
                                    "false (default): book every occurrence or none; true: book"
                                            + " the free ones and skip the rest.",
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"),
                            example = "true")
                    @QueryParam("onlyFree")
                    boolean onlyFree) {
        Series.Made made =
                series.create(caller.require(), required(form), onlyFree, problems.locale());
        return Response.created(URI.create("series/" + made.seriesId())).entity(made).build();
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "listSeriesOccurrences",
            summary = "List the occurrences of a series",
            description =
                    "Every booking of a series, in any status, in date order. For the NGO's"
                            + " representatives and the staff who see the House's bookings.")
    @APIResponse(responseCode = "200", description = "The occurrences, in date order.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public List<BookingView> occurrences(
            @Parameter(description = SERIES_ID, required = true, example = "12") @PathParam("id")
                    String id) {
        return series.occurrences(caller.require(), seriesId(id));
    }

    @POST
    @Path("{id}/approval")
    @Operation(
            operationId = "approveSeries",
            summary = "Approve a series as a whole",
            description =
                    "Confirms every PENDING occurrence of a series at once (409 when none is"
                            + " pending). For the House's managers and the region's akimat"
                            + " approvers, never the person who requested it (403); 422 when the"
                            + " NGO is no longer eligible. The NGO is mailed once.")
    @APIResponse(responseCode = "200", description = "The occurrences confirmed.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public List<BookingView> approve(
            @Parameter(description = SERIES_ID, required = true, example = "12") @PathParam("id")
                    String id) {
        return series.decide(caller.require(), seriesId(id), true, null);
    }

    @POST
    @Path("{id}/rejection")
    @Operation(
            operationId = "rejectSeries",
            summary = "Reject a series as a whole",
            description =
                    "Rejects every PENDING occurrence of a series at once, with a reason (422"
                            + " without one; 409 when none is pending). For the House's managers"
                            + " and the region's akimat approvers, never the person who requested"
                            + " it (403). The slots are offered to their waitlists.")
    @APIResponse(responseCode = "200", description = "The occurrences rejected.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public List<BookingView> reject(
            @Parameter(description = SERIES_ID, required = true, example = "12") @PathParam("id")
                    String id,
            @RequestBody(description = "The reason for the NGO.", required = true)
                    BookingsResource.Reason reason) {
        return series.decide(
                caller.require(), seriesId(id), false, reason == null ? null : reason.reason());
    }

    static SeriesForm required(SeriesForm form) {
        if (form == null) {
            throw Refusal.invalid("body", "validation.required");
        }
        return form;
    }

    private static long seriesId(String id) {
        return EntityId.parse(id)
                .orElseThrow(() -> Refusal.notFound("refusal.series.notFound", id));
    }
}
