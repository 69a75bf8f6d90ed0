package kz.housesofdemocracy.bookings.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;

/** The alternatives offered when an event displaced one of the caller's NGOs' bookings. */
@Path("alternatives")
@Produces(MediaType.APPLICATION_JSON)
public class AlternativesResource {

    @Inject private Displacements displacements;
    @Inject private CurrentCaller caller;

    @GET
    public List<Displacements.AlternativeView> mine() {
        return displacements.mine(caller.require());
    }

    /**
     * Takes an alternative: 201 with the new booking, or the rule or clash that stands in the way.
     */
    @POST
    @Path("{id}/acceptance")
    public Response take(@PathParam("id") String id) {
        long alternativeId =
                EntityId.parse(id).orElseThrow(() -> Refusal.notFound("alternative.notFound", id));
        BookingView booking = displacements.take(caller.require(), alternativeId);
        return Response.created(URI.create("bookings/" + booking.id())).entity(booking).build();
    }
}
