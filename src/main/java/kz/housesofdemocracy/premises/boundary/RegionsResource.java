package kz.housesofdemocracy.premises.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The 20 regions, with their names in Kazakh, Russian and English and their Houses. */
@Path("regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionsResource {

    @Inject private Premises premises;

    @GET
    public List<RegionView> regions() {
        return premises.regions();
    }
}
