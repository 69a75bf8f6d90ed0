package kz.housesofdemocracy.bookings.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A House's rooms against one day's half-hours: free, pending, taken, blacked out, past. */
@Path("houses/{id}/availability")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "bookings")
public class AvailabilityResource {

    @Inject private Clock clock;

    @Inject private HouseCalendar calendar;
    @Inject private CurrentCaller caller;

    @GET
    @Operation(
            operationId = "getHouseAvailability",
            summary = "Read a House's rooms against one day's half-hours",
            description =
                    "Every active room of a House against the half-hours of its opening hours on"
                            + " one day, each FREE, PENDING, TAKEN, BLACKOUT or PAST; a closed day"
                            + " says so, with the holiday's name when it is one. Public: no"
                            + " sign-in needed. With a bearer token of staff who see the House's"
                            + " bookings, taken half-hours name their NGO (showsWho); otherwise"
                            + " they do not, and an internal closure gives no reason.")
    @APIResponse(responseCode = "200", description = "The day's grid.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public HouseCalendar.Day day(
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
        return calendar.day(caller.get().orElse(null), houseId(id), date(date, clock));
    }

    static long houseId(String id) {
        return EntityId.parse(id).orElseThrow(() -> Refusal.notFound("problem.house.notFound", id));
    }

    static LocalDate date(String date, Clock clock) {
        if (date == null || date.isBlank()) {
            return Clocks.today(clock);
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException wrong) {
            throw Refusal.invalid("date", "validation.date");
        }
    }
}
