package kz.housesofdemocracy.closures.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public holidays: public to read (a year at a time), the national administrator keeps them. */
@Path("holidays")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "closures")
public class HolidaysResource {

    @Inject private Clock clock;

    @Inject private Holidays holidays;
    @Inject private CurrentCaller caller;

    @Schema(description = "A public holiday to add.")
    public record NewHoliday(
            @Schema(description = "The day (ISO 8601).", required = true, example = "2027-03-22")
                    LocalDate date,
            @Schema(description = "Its name in Kazakh, up to 200 characters.", example = "Наурыз")
                    String kk,
            @Schema(description = "Its name in Russian, up to 200 characters.", example = "Наурыз")
                    String ru,
            @Schema(description = "Its name in English, up to 200 characters.", example = "Nauryz")
                    String en,
            @Schema(
                            description =
                                    "Whether, when it falls on a Saturday or Sunday, the next"
                                            + " working day is off too (Labour Code art. 85;"
                                            + " religious holidays are not); false when left"
                                            + " out.",
                            example = "true")
                    boolean transferable) {}

    @GET
    @Operation(
            operationId = "listHolidays",
            summary = "List a year's public holidays",
            description =
                    "The public holidays of one calendar year, by date, with their names in"
                            + " Kazakh, Russian and English; rooms are not bookable on them."
                            + " Public: no sign-in needed. A year outside 1991 to 2100 is"
                            + " refused with 422; a `year` that is not a number names no list"
                            + " (404).")
    @APIResponse(responseCode = "200", description = "The year's holidays, by date.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public List<Holidays.HolidayView> year(
            @QueryParam("year")
                    @Parameter(
                            description =
                                    "The calendar year, 1991 to 2100; the current year (in"
                                            + " Kazakhstan) when left out.",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1991",
                                            maximum = "2100"),
                            example = "2027")
                    Integer year) {
        int y = year == null ? Clocks.today(clock).getYear() : year;
        if (y < 1991 || y > 2100) {
            throw Refusal.invalid("year", "validation.year");
        }
        return holidays.inYear(y);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "addHoliday",
            summary = "Add a public holiday",
            description =
                    "Adds a public holiday on a date, named in at least one language. Only the"
                            + " national administrator. Refused with 409 when that date has a"
                            + " holiday already. Audited.")
    @SecurityRequirement(name = "bearerAuth")
    @RequestBody(description = "The holiday.", required = true)
    @APIResponse(
            responseCode = "201",
            description =
                    "Added; Location names the holiday (remove it with removeHoliday). No body.",
            headers = @Header(name = "Location", ref = "Location"))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response add(NewHoliday holiday) {
        if (holiday == null) {
            throw Refusal.invalid("body", "validation.required");
        }
        long id =
                holidays.add(
                        caller.require(),
                        holiday.date(),
                        holiday.kk(),
                        holiday.ru(),
                        holiday.en(),
                        holiday.transferable());
        return Response.created(URI.create("holidays/" + id)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(
            operationId = "removeHoliday",
            summary = "Remove a public holiday",
            description =
                    "Deletes the holiday: its day is an ordinary day again. Only the national"
                            + " administrator. Audited.")
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response remove(
            @PathParam("id")
                    @Parameter(
                            description = "The holiday's id (ASCII digits).",
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int64",
                                            minimum = "1"),
                            example = "1")
                    String id) {
        holidays.remove(
                caller.require(),
                EntityId.parse(id).orElseThrow(() -> Refusal.notFound("refusal.holiday.notFound")));
        return Response.noContent().build();
    }
}
