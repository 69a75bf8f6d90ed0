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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Photos of rooms and offices: served with their real type; removed by the House's staff. */
@Path("photos/{id}")
@Tag(name = "premises")
public class PhotosResource {

    private static final String PHOTO_ID =
            "The photo's id, as in a room's or office's `photos` (ASCII digits).";

    @Inject private Premises premises;
    @Inject private PremisesAdministration administration;
    @Inject private PhotoStore store;
    @Inject private CurrentCaller caller;

    @GET
    @Produces({"image/jpeg", "application/problem+json"})
    @Operation(
            operationId = "getPhoto",
            summary = "Fetch a photo",
            description =
                    "The photo's image: always a JPEG of at most 1600 px on its long side (every"
                            + " upload is re-encoded). Cacheable for a day. Public: no sign-in"
                            + " needed.")
    @APIResponse(
            responseCode = "200",
            description = "The JPEG image.",
            content =
                    @Content(
                            mediaType = "image/jpeg",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response photo(
            @PathParam("id")
                    @Parameter(
                            description = PHOTO_ID,
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int64",
                                            minimum = "1"),
                            example = "1")
                    String id) {
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
    @Operation(
            operationId = "removePhoto",
            summary = "Remove a photo",
            description =
                    "Deletes the photo and its file. The managers of the House whose room or"
                            + " office it shows, and the national administrator. Audited.")
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response remove(
            @PathParam("id")
                    @Parameter(
                            description = PHOTO_ID,
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int64",
                                            minimum = "1"),
                            example = "1")
                    String id) {
        administration.removePhoto(
                caller.require(),
                EntityId.parse(id).orElseThrow(() -> Refusal.notFound("refusal.photo.notFound")));
        return Response.noContent().build();
    }
}
