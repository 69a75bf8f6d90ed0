package kz.housesofdemocracy.ngos.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The eligibility policy's parameters: public to read, the national administrator changes them. */
@Path("eligibility-policy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ngos")
public class EligibilityPolicyResource {

    @Inject private Ngos ngos;
    @Inject private CurrentCaller caller;

    @GET
    @Operation(
            operationId = "getEligibilityPolicy",
            summary = "Read the eligibility policy",
            description =
                    "The parameters of the eligibility rules: how many months an NGO must have"
                            + " been registered, and until which day of the year last year's"
                            + " filing may still be missing (the year before last's counts until"
                            + " then). Public: no sign-in needed.")
    @APIResponse(responseCode = "200", description = "The policy's parameters.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public NgoViews.Policy policy() {
        return ngos.policy();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "changeEligibilityPolicy",
            summary = "Change the eligibility policy",
            description =
                    "Sets both parameters at once; eligibility everywhere follows at once. Only a"
                            + " national administrator. Months 0 to 120; the grace day as MM-DD."
                            + " The change is audited with the values before and after.")
    @SecurityRequirement(name = "bearerAuth")
    @RequestBody(description = "The new parameters (both required).", required = true)
    @APIResponse(responseCode = "200", description = "Changed; the policy as it is now.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public NgoViews.Policy change(NgoViews.Policy change) {
        NgoViews.Policy c = NgosResource.required(change);
        ngos.changePolicy(caller.require(), c.minMonthsRegistered(), c.filingGraceUntil());
        return ngos.policy();
    }
}
