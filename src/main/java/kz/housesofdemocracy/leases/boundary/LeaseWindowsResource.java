package kz.housesofdemocracy.leases.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.leases.control.LeaseWindows.WindowView;
import kz.housesofdemocracy.platform.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Application windows for office leases: public to read, a region's approvers open them. */
@Path("lease-windows")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "leases")
public class LeaseWindowsResource {

    @Inject private Leases leases;
    @Inject private CurrentCaller caller;

    @Schema(description = "A new application window for a region.")
    public record NewWindow(
            @Schema(
                            description = "The region's ISO 3166-2 code.",
                            required = true,
                            example = "KZ-75")
                    String regionCode,
            @Schema(
                            description = "First day NGOs may submit (ISO date).",
                            required = true,
                            example = "2026-12-07")
                    LocalDate opensOn,
            @Schema(
                            description =
                                    "Last day NGOs may submit (ISO date): not before opensOn, not"
                                            + " in the past, before leaseStart.",
                            required = true,
                            example = "2026-12-31")
                    LocalDate closesOn,
            @Schema(
                            description =
                                    "The 1 January on which leases applied for in this window"
                                            + " begin (ISO date), after closesOn.",
                            required = true,
                            example = "2027-01-01")
                    LocalDate leaseStart) {}

    @GET
    @Operation(
            operationId = "listLeaseWindows",
            summary = "List the application windows for office leases",
            description =
                    "The windows in which NGOs apply for offices, of one region or of all,"
                            + " latest opening first (at most 200), each saying whether it is open"
                            + " today. Public: no sign-in needed. An unknown region gives an empty"
                            + " list.")
    @APIResponse(responseCode = "200", description = "The windows.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public List<WindowView> windows(
            @Parameter(
                            description =
                                    "Only this region's windows (ISO 3166-2 code); all when absent.",
                            required = false,
                            example = "KZ-75")
                    @QueryParam("region")
                    String region) {
        return leases.windows(region == null || region.isBlank() ? null : region.strip());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "openLeaseWindow",
            summary = "Open an application window for a region (akimat)",
            description =
                    "An approver of the region (or a national administrator) opens the dates in"
                            + " which the region's NGOs apply for offices, for leases from a 1"
                            + " January after the window closes. A region has one window at a"
                            + " time: 409 with type `…:lease-window-overlap` when the dates share"
                            + " a day with another of its windows. 422 names the field at fault:"
                            + " a date missing, closesOn before opensOn or in the past, a"
                            + " leaseStart that is not a 1 January after closesOn, an unknown"
                            + " regionCode. 403 for anyone else (also for an unknown region, to"
                            + " someone who may open windows nowhere).")
    @SecurityRequirement(name = "bearerAuth")
    @RequestBody(description = "The window.", required = true)
    @APIResponse(
            responseCode = "201",
            description = "The window, opened.",
            headers = @Header(name = "Location", ref = "Location"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WindowView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response open(NewWindow window) {
        if (window == null) {
            throw Refusal.invalid("body", "validation.required");
        }
        WindowView opened =
                leases.openWindow(
                        caller.require(),
                        window.regionCode(),
                        window.opensOn(),
                        window.closesOn(),
                        window.leaseStart());
        return Response.created(URI.create("lease-windows/" + opened.id())).entity(opened).build();
    }
}
