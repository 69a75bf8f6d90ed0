package kz.housesofdemocracy.ngos.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The list of areas of activity, socially significant ones first. */
@Path("activity-areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ngos")
public class ActivityAreasResource {

    @Inject private Ngos ngos;

    @GET
    @Operation(
            operationId = "listActivityAreas",
            summary = "List the areas of activity",
            description =
                    "The areas of activity an NGO may work in, with their codes (used when"
                            + " registering an NGO and to filter lists) and names in Kazakh,"
                            + " Russian and English; socially significant areas count for"
                            + " eligibility. Public: no sign-in needed.")
    @APIResponse(responseCode = "200", description = "The areas.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public List<NgoViews.Area> areas() {
        return ngos.areas();
    }
}
