package kz.housesofdemocracy.events.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.MonthDay;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** NGO Day's date: public to read, the national administrator sets it. */
@Path("settings/ngo-day")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "events")
public class NgoDayResource {

    @Inject private Events events;
    @Inject private CurrentCaller caller;

    /** Month and day; both null while unset. */
    @Schema(
            name = "NgoDay",
            description = "NGO Day's date in every year: month and day, both null while unset.")
    public record NgoDay(
            @Schema(description = "The month, 1 to 12.", nullable = true, examples = "10")
                    Integer month,
            @Schema(description = "The day of the month.", nullable = true, examples = "25")
                    Integer day) {
        static NgoDay of(MonthDay date) {
            return date == null
                    ? new NgoDay(null, null)
                    : new NgoDay(date.getMonthValue(), date.getDayOfMonth());
        }
    }

    @GET
    @Operation(
            operationId = "getNgoDay",
            summary = "Read NGO Day's date",
            description =
                    "The day of the year NGO Day falls on, which organisers' event forms offer to"
                            + " prefill. Public: no sign-in needed.")
    @APIResponse(responseCode = "200", description = "The date; month and day null while unset.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public NgoDay get() {
        return NgoDay.of(events.ngoDay().orElse(null));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "setNgoDay",
            summary = "Set NGO Day's date",
            description =
                    "Sets the month and day NGO Day falls on each year. National administrators"
                            + " only. A month and day that make no date (e.g. 2-30) give 422.")
    @SecurityRequirement(name = "bearerAuth")
    @RequestBody(description = "The month and day (both required).", required = true)
    @APIResponse(responseCode = "200", description = "Set; the date as it is now.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public NgoDay set(NgoDay day) {
        if (day == null) {
            throw Refusal.invalid("body", "validation.required");
        }
        return NgoDay.of(events.setNgoDay(caller.require(), day.month(), day.day()));
    }
}
