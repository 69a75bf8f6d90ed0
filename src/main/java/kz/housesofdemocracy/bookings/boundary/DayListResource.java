package kz.housesofdemocracy.bookings.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A House's bookings of a day for its staff: check-ins, no-shows, each NGO's no-show rate. */
@Path("houses/{id}/day-list")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "bookings")
public class DayListResource {

    @Inject private Clock clock;

    @Inject private Attendance attendance;
    @Inject private CurrentCaller caller;

    @GET
    @Operation(
            operationId = "getHouseDayList",
            summary = "List a House's bookings of a day for its staff",
            description =
                    "The day's confirmed, checked-in and no-show bookings of a House, in start"
                            + " order, each with when it was checked in and its NGO's no-show"
                            + " rate over the last year. For the staff who see the House's"
                            + " bookings.")
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(responseCode = "200", description = "The day's bookings, in start order.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public List<Attendance.DayEntry> day(
            @Parameter(description = "The House's id.", required = true, example = "3")
                    @PathParam("id")
                    String id,
            @Parameter(
                            description =
                                    "The day, ISO 8601 (YYYY-MM-DD); today in the server's"
                                            + " time zone when left out.",
                            schema = @Schema(type = SchemaType.STRING, format = "date"),
                            example = "2026-12-08")
                    @QueryParam("date")
                    String date) {
        return attendance.day(
                caller.require(),
                AvailabilityResource.houseId(id),
                AvailabilityResource.date(date, clock));
    }
}
