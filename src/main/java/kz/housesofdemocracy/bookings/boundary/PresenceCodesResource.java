package kz.housesofdemocracy.bookings.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.housesofdemocracy.access.boundary.CurrentCaller;

/** The presence codes a House's rooms show now: for its managers (a front-desk screen). */
@Path("houses/{id}/presence-codes")
@Produces(MediaType.APPLICATION_JSON)
public class PresenceCodesResource {

    @Inject private FrontDesk frontDesk;
    @Inject private CurrentCaller caller;

    @GET
    public Response codes(@PathParam("id") String id) {
        CacheControl never = new CacheControl();
        never.setNoStore(true);
        return Response.ok(frontDesk.codes(caller.require(), AvailabilityResource.houseId(id)))
                .cacheControl(never)
                .build();
    }
}
