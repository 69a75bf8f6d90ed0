package kz.housesofdemocracy.ngos.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Public figures: per region, then the whole country (regionCode null). */
@Path("ngo-counts")
@Produces(MediaType.APPLICATION_JSON)
public class NgoCountsResource {

    @Inject private Ngos ngos;

    @GET
    public List<NgoViews.Counts> counts() {
        return ngos.counts();
    }
}
