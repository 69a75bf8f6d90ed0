package kz.housesofdemocracy.ngos.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The list of areas of activity, socially significant ones first. */
@Path("activity-areas")
@Produces(MediaType.APPLICATION_JSON)
public class ActivityAreasResource {

    @Inject private Ngos ngos;

    @GET
    public List<NgoViews.Area> areas() {
        return ngos.areas();
    }
}
