package kz.housesofdemocracy.bookings.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A House's rooms against the days of the week that holds the date. */
@Path("houses/{id}/week")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "bookings")
public class WeekResource {

    @Inject private Clock clock;

    @Inject private HouseCalendar calendar;
    @Inject private CurrentCaller caller;

    @GET
    @Operation(
            operationId = "getHouseWeek",
            summary = "Read a House's rooms against a week",
            description =
                    "Every active room of a House against the seven days (Monday to Sunday) of"
                            + " the week that holds the date: per room and day the spans taken"
                            + " (\"10:00–12:00\"), closed days and holidays marked. Public: no"
                            + " sign-in needed.")
    @APIResponse(responseCode = "200", description = "The week's grid.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public HouseCalendar.Week week(
            @Parameter(description = "The House's id.", required = true, example = "3")
                    @PathParam("id")
                    String id,
            @Parameter(
                            description =
                                    "Any day of the week wanted, ISO 8601 (YYYY-MM-DD); this"
                                            + " week when left out.",
                            schema = @Schema(type = SchemaType.STRING, format = "date"),
                            example = "2026-12-08")
                    @QueryParam("date")
                    String date) {
        return calendar.week(
                caller.get().orElse(null),
                AvailabilityResource.houseId(id),
                AvailabilityResource.date(date, clock));
    }
}
