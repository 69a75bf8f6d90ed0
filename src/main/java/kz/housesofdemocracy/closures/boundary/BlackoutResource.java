package kz.housesofdemocracy.closures.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;

/** One blackout: its House's managers remove it. */
@Path("blackouts/{id}")
public class BlackoutResource {

    @Inject private Blackouts blackouts;
    @Inject private CurrentCaller caller;

    @DELETE
    public Response remove(@PathParam("id") String id) {
        blackouts.remove(
                caller.require(),
                EntityId.parse(id)
                        .orElseThrow(() -> Refusal.notFound("refusal.blackout.notFound")));
        return Response.noContent().build();
    }
}
