package kz.housesofdemocracy.premises.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;

/** Houses of Democracy and, for one House, its opening hours, rooms and offices. */
@Path("houses")
@Produces(MediaType.APPLICATION_JSON)
public class HousesResource {

    @Inject private Premises premises;

    @GET
    public List<HouseSummary> houses() {
        return premises.houses();
    }

    @GET
    @Path("{id}")
    public HouseDetails house(@PathParam("id") String id) {
        return EntityId.parse(id)
                .flatMap(premises::house)
                .orElseThrow(() -> Refusal.notFound("problem.house.notFound", id));
    }
}
