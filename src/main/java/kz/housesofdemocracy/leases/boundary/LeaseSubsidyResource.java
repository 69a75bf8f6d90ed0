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

/** The share of office rent the state pays in a region: public to read, administrators set it. */
@Path("regions/{code}/lease-subsidy")
@Produces(MediaType.APPLICATION_JSON)
public class LeaseSubsidyResource {

    @Inject private Subsidies subsidies;
    @Inject private CurrentCaller caller;

    public record Share(Integer percent) {}

    @GET
    public Share get(@PathParam("code") String code) {
        return new Share(subsidies.percentOf(code));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Share set(@PathParam("code") String code, Share share) {
        if (share == null) {
            throw Refusal.invalid("body", "validation.required");
        }
        return new Share(subsidies.setPercent(caller.require(), code, share.percent()));
    }
}
