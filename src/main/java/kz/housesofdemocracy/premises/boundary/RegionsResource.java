package kz.housesofdemocracy.premises.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The 20 regions, with their names in Kazakh, Russian and English and their Houses. */
@Path("regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "premises")
public class RegionsResource {

    @Inject private Premises premises;

    @GET
    @Operation(
            operationId = "listRegions",
            summary = "List the 20 regions",
            description =
                    "The 20 regions of Kazakhstan with their ISO 3166-2 codes, their names in"
                            + " Kazakh, Russian and English, and their Houses of Democracy."
                            + " Public: no sign-in needed.")
    @APIResponse(responseCode = "200", description = "The regions, in code order.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public List<RegionView> regions() {
        return premises.regions();
    }
}
