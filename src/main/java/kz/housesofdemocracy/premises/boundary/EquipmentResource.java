package kz.housesofdemocracy.premises.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.i18n.TextsForm;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The national list of equipment rooms can offer; the administrator adds and renames items. */
@Path("equipment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "premises")
public class EquipmentResource {

    @Inject private Premises premises;
    @Inject private PremisesAdministration administration;
    @Inject private CurrentCaller caller;

    @GET
    @Operation(
            operationId = "listEquipment",
            summary = "List the equipment rooms can offer",
            description =
                    "The national list of equipment items (projector, screen, …) by code, with"
                            + " their names in Kazakh, Russian and English; rooms name theirs by"
                            + " these codes. Public: no sign-in needed.")
    @APIResponse(responseCode = "200", description = "The items, by code.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public List<EquipmentView> equipment() {
        return premises.equipment();
    }

    /** Adds the item with this code, or renames it when it exists. */
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "saveEquipment",
            summary = "Add or rename an equipment item",
            description =
                    "Adds the item with this code, or renames it when it exists (the code never"
                            + " changes). The name is required in at least one language, up to"
                            + " 120 characters each. Only the national administrator. Audited.")
    @SecurityRequirement(name = "bearerAuth")
    @RequestBody(
            description = "The item's name: {\"kk\": …, \"ru\": …, \"en\": …}.",
            required = true)
    @APIResponse(responseCode = "200", description = "The whole list as it is now, by code.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public List<EquipmentView> save(
            @PathParam("code")
                    @Parameter(
                            description =
                                    "The item's code: a lower-case letter, then 1 to 39"
                                            + " lower-case letters, digits or dashes.",
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            pattern = "^[a-z][a-z0-9-]{1,39}$"),
                            example = "projector")
                    String code,
            TextsForm name) {
        administration.saveEquipment(caller.require(), code, HousesResource.required(name));
        return premises.equipment();
    }
}
