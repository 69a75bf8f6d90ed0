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
import kz.housesofdemocracy.platform.i18n.LocalizedText;

/** One room: read it, change it, retire it (DELETE; history stays), add photos. */
@Path("rooms/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class RoomsResource {

    @Inject private Premises premises;
    @Inject private PremisesAdministration administration;
    @Inject private CurrentCaller caller;

    @GET
    public RoomView room(@PathParam("id") String id) {
        long roomId = roomId(id);
        return premises.room(roomId)
                .orElseThrow(() -> Refusal.notFound("refusal.room.notFound", id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public RoomView update(@PathParam("id") String id, RoomForm form) {
        long roomId = roomId(id);
        administration.updateRoom(caller.require(), roomId, HousesResource.required(form));
        return premises.room(roomId).orElseThrow();
    }

    @DELETE
    public Response retire(@PathParam("id") String id) {
        administration.retireRoom(caller.require(), roomId(id));
        return Response.noContent().build();
    }

    /**
     * The body is the image itself (JPEG or PNG, at most 5 MB); alt texts come as query parameters.
     */
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
                        caller.require(), roomId(id), null, image, alt(altKk, altRu, altEn));
        return Response.created(URI.create("photos/" + photoId)).build();
    }

    static LocalizedText alt(String kk, String ru, String en) {
        var check = kz.housesofdemocracy.platform.InputCheck.start();
        LocalizedText alt =
                kz.housesofdemocracy.platform.i18n.TextChecks.optionalTexts(
                        check, "alt", kk, ru, en, 300);
        check.orRefuse();
        return alt;
    }

    private static long roomId(String id) {
        return EntityId.parse(id).orElseThrow(() -> Refusal.notFound("refusal.room.notFound", id));
    }
}
