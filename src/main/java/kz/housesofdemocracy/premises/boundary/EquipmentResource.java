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

/** The national list of equipment rooms can offer; the administrator adds and renames items. */
@Path("equipment")
@Produces(MediaType.APPLICATION_JSON)
public class EquipmentResource {

    @Inject private Premises premises;
    @Inject private PremisesAdministration administration;
    @Inject private CurrentCaller caller;

    @GET
    public List<EquipmentView> equipment() {
        return premises.equipment();
    }

    /** Adds the item with this code, or renames it when it exists. */
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<EquipmentView> save(@PathParam("code") String code, TextsForm name) {
        administration.saveEquipment(caller.require(), code, HousesResource.required(name));
        return premises.equipment();
    }
}
