package kz.housesofdemocracy.premises.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.premises.control.PhotoStore;

/** Photos of rooms and offices: served with their real type; removed by the House's staff. */
@Path("photos/{id}")
public class PhotosResource {

    @Inject private Premises premises;
    @Inject private PremisesAdministration administration;
    @Inject private PhotoStore store;
    @Inject private CurrentCaller caller;

    @GET
    @Produces({"image/jpeg", "application/problem+json"})
    public Response photo(@PathParam("id") String id) {
        var photo =
                EntityId.parse(id)
                        .flatMap(premises::photo)
                        .orElseThrow(() -> Refusal.notFound("refusal.photo.notFound"));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400);
        return Response.ok(store.read(photo.storageKey()), photo.contentType())
                .cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    public Response remove(@PathParam("id") String id) {
        administration.removePhoto(
                caller.require(),
                EntityId.parse(id).orElseThrow(() -> Refusal.notFound("refusal.photo.notFound")));
        return Response.noContent().build();
    }
}
