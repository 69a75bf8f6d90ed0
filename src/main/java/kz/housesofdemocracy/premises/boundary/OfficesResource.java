package kz.housesofdemocracy.premises.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;

/** One office: read it, change it, retire it (DELETE; history stays), add photos. */
@Path("offices/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class OfficesResource {

    @Inject private Premises premises;
    @Inject private PremisesAdministration administration;
    @Inject private CurrentCaller caller;

    @GET
    public OfficeView office(@PathParam("id") String id) {
        return premises.office(officeId(id))
                .orElseThrow(() -> Refusal.notFound("refusal.office.notFound", id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public OfficeView update(@PathParam("id") String id, OfficeForm form) {
        long officeId = officeId(id);
        administration.updateOffice(caller.require(), officeId, HousesResource.required(form));
        return premises.office(officeId).orElseThrow();
    }

    @DELETE
    public Response retire(@PathParam("id") String id) {
        administration.retireOffice(caller.require(), officeId(id));
        return Response.noContent().build();
    }

    @POST
    @Path("photos")
    @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    public Response addPhoto(
            @PathParam("id") String id,
            byte[] image,
            @QueryParam("altKk") String altKk,
            @QueryParam("altRu") String altRu,
            @QueryParam("altEn") String altEn) {
        long photoId =
                administration.addPhoto(
                        caller.require(),
                        null,
                        officeId(id),
                        image,
                        RoomsResource.alt(altKk, altRu, altEn));
        return Response.created(URI.create("photos/" + photoId)).build();
    }

    private static long officeId(String id) {
        return EntityId.parse(id)
                .orElseThrow(() -> Refusal.notFound("refusal.office.notFound", id));
    }
}
