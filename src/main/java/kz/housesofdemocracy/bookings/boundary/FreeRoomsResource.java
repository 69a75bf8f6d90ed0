package kz.housesofdemocracy.bookings.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import kz.housesofdemocracy.platform.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "A room for 30 people, with a projector, step-free, Tuesday 14:00–16:00": the free ones. */
@Path("houses/{id}/free-rooms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "bookings")
public class FreeRoomsResource {

    @Inject private Clock clock;

    @Inject private HouseCalendar calendar;

    @GET
    @Operation(
            operationId = "findFreeRooms",
            summary = "Find the free rooms of a House for a span",
            description =
                    "The active rooms of a House that are free for the whole span from start to"
                            + " end on the day (no booking, pending or confirmed, and no"
                            + " blackout), seat the people, have every piece of equipment asked"
                            + " for and, with stepFree=true, step-free access. start and end are"
                            + " required (422 naming the one missing or not a time). Empty when"
                            + " the House is closed then (opening hours, holiday) or start is"
                            + " not before end. Public: no sign-in needed.")
    @APIResponse(responseCode = "200", description = "The rooms that fit, in the House's order.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public List<HouseCalendar.FreeRoom> free(
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
                    String date,
            @Parameter(
                            description =
                                    "Start of the span, HH:mm in the House's local time."
                                            + " Required.",
                            required = true,
                            schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{2}:\\d{2}$"),
                            example = "14:00")
                    @QueryParam("start")
                    String start,
            @Parameter(
                            description =
                                    "End of the span, HH:mm in the House's local time, after the"
                                            + " start. Required.",
                            required = true,
                            schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{2}:\\d{2}$"),
                            example = "16:00")
                    @QueryParam("end")
                    String end,
            @Parameter(
                            description = "How many people the room must seat; 1 when left out.",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            defaultValue = "1",
                                            minimum = "1"),
                            example = "30")
                    @QueryParam("people")
                    @DefaultValue("1")
                    int people,
            @Parameter(
                            description =
                                    "Equipment the room must have, by code; repeat the"
                                            + " parameter for several (equipment=projector&"
                                            + "equipment=microphones). Codes: projector, screen,"
                                            + " sound-system, microphones, interpretation,"
                                            + " video-conference, tv-panel, flipchart,"
                                            + " whiteboard, laptops, wifi, kitchenette, lockers.",
                            example = "projector")
                    @QueryParam("equipment")
                    List<String> equipment,
            @Parameter(
                            description = "true: only rooms with step-free access.",
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"),
                            example = "true")
                    @QueryParam("stepFree")
                    @DefaultValue("false")
                    boolean stepFree) {
        return calendar.free(
                AvailabilityResource.houseId(id),
                new HouseCalendar.Wish(
                        AvailabilityResource.date(date, clock),
                        time("start", start),
                        time("end", end),
                        people,
                        Set.copyOf(equipment),
                        stepFree));
    }

    static LocalTime time(String field, String value) {
        try {
            return LocalTime.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException wrong) {
            throw Refusal.invalid(field, "validation.time");
        }
    }
}
