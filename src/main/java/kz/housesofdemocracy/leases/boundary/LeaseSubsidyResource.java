package kz.housesofdemocracy.leases.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The share of office rent the state pays in a region: public to read, administrators set it. */
@Path("regions/{code}/lease-subsidy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "leases")
public class LeaseSubsidyResource {

    private static final String CODE = "The region's ISO 3166-2 code.";

    @Inject private Subsidies subsidies;
    @Inject private CurrentCaller caller;

    @Schema(
            description =
                    "The share of an office's market rent the state pays for NGOs leasing in a"
                            + " region; the NGO pays the rest.")
    public record Share(
            @Schema(
                            description =
                                    "Whole percent, 0–100; 50 until an administrator sets it.",
                            required = true,
                            minimum = "0",
                            maximum = "100",
                            example = "50")
                    Integer percent) {}

    @GET
    @Operation(
            operationId = "getLeaseSubsidy",
            summary = "Read a region's office rent subsidy",
            description =
                    "The share of office rent the state pays in a region (50 % until an"
                            + " administrator sets another). Approvals fix the share in force on"
                            + " the day for the whole term. Public: no sign-in needed. 404 for an"
                            + " unknown region.")
    @APIResponse(responseCode = "200", description = "The region's share.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Share get(
            @Parameter(description = CODE, required = true, example = "KZ-75") @PathParam("code")
                    String code) {
        return new Share(subsidies.percentOf(code));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "setLeaseSubsidy",
            summary = "Set a region's office rent subsidy (administrator)",
            description =
                    "A national administrator sets the share of office rent the state pays in a"
                            + " region, for leases approved from now on (approved ones keep"
                            + " theirs). Recorded in the audit log. 403 for anyone else; 404 for"
                            + " an unknown region; 422 when percent is missing or outside"
                            + " 0–100.")
    @SecurityRequirement(name = "bearerAuth")
    @RequestBody(description = "The new share.", required = true)
    @APIResponse(responseCode = "200", description = "The share now in force.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Share set(
            @Parameter(description = CODE, required = true, example = "KZ-75") @PathParam("code")
                    String code,
            Share share) {
        if (share == null) {
            throw Refusal.invalid("body", "validation.required");
        }
        return new Share(subsidies.setPercent(caller.require(), code, share.percent()));
    }
}
