package kz.housesofdemocracy.ngos.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public figures: per region, and for the whole country. */
@Path("ngo-counts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ngos")
public class NgoCountsResource {

    @Inject private Ngos ngos;

    @GET
    @Operation(
            operationId = "getNgoCounts",
            summary = "Count NGOs per region and nationally",
            description =
                    "How many NGOs are registered (not liquidated), have their identity"
                            + " verified, are eligible today, and are eligible and active: one"
                            + " line per region (all 20, in code order), and the national totals."
                            + " Public: no sign-in needed.")
    @APIResponse(responseCode = "200", description = "The figures.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public NgoViews.CountTable counts() {
        return ngos.countTable();
    }
}
