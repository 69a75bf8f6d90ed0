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

/** Application windows for office leases: public to read, a region's approvers open them. */
@Path("lease-windows")
@Produces(MediaType.APPLICATION_JSON)
public class LeaseWindowsResource {

    @Inject private Leases leases;
    @Inject private CurrentCaller caller;

    public record NewWindow(
            String regionCode, LocalDate opensOn, LocalDate closesOn, LocalDate leaseStart) {}

    @GET
    public List<WindowView> windows(@QueryParam("region") String region) {
        return leases.windows(region == null || region.isBlank() ? null : region.strip());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
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
