package kz.housesofdemocracy.ngos.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.housesofdemocracy.access.boundary.CurrentCaller;

/** The eligibility policy's parameters: public to read, the national administrator changes them. */
@Path("eligibility-policy")
@Produces(MediaType.APPLICATION_JSON)
public class EligibilityPolicyResource {

    @Inject private Ngos ngos;
    @Inject private CurrentCaller caller;

    @GET
    public NgoViews.Policy policy() {
        return ngos.policy();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public NgoViews.Policy change(NgoViews.Policy change) {
        NgoViews.Policy c = NgosResource.required(change);
        ngos.changePolicy(caller.require(), c.minMonthsRegistered(), c.filingGraceUntil());
        return ngos.policy();
    }
}
