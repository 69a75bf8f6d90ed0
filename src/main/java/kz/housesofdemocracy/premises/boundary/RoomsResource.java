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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One room: read it, change it, retire it (DELETE; history stays), add photos. */
@Path("rooms/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "premises")
public class RoomsResource {

    private static final String ROOM_ID =
            "The room's id (ASCII digits; anything else names no room).";

    @Inject private Premises premises;
    @Inject private PremisesAdministration administration;
    @Inject private CurrentCaller caller;

    @GET
    @Operation(
            operationId = "getRoom",
            summary = "Read one room",
            description =
                    "A room with its kind, capacity, equipment, hourly rate in tenge, booking"
                            + " rules and photos."
                            + " Retired rooms are still answered (`active` is false), so links"
                            + " to them keep working. Public: no sign-in needed.")
    @APIResponse(responseCode = "200", description = "The room.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RoomView room(
            @PathParam("id")
                    @Parameter(
                            description = ROOM_ID,
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int64",
                                            minimum = "1"),
                            example = "1")
                    String id) {
        long roomId = roomId(id);
        return premises.room(roomId)
                .orElseThrow(() -> Refusal.notFound("refusal.room.notFound", id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateRoom",
            summary = "Change a room",
            description =
                    "Replaces the room's facts (the same rules as adding it; a new rate applies"
                            + " to bookings made from now on, made ones keep their price)."
                            + " The House's managers and the national administrator. Refused"
                            + " with 409 when the room is retired. Audited with the values"
                            + " before and after.")
    @SecurityRequirement(name = "bearerAuth")
    @RequestBody(description = "The room's new facts, all of them.", required = true)
    @APIResponse(responseCode = "200", description = "The room as it is now.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public RoomView update(
            @PathParam("id")
                    @Parameter(
                            description = ROOM_ID,
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int64",
                                            minimum = "1"),
                            example = "1")
                    String id,
            RoomForm form) {
        long roomId = roomId(id);
        administration.updateRoom(caller.require(), roomId, HousesResource.required(form));
        return premises.room(roomId).orElseThrow();
    }

    @DELETE
    @Operation(
            operationId = "retireRoom",
            summary = "Retire a room",
            description =
                    "Takes the room out of use; nothing is deleted and its history stays."
                            + " The House's managers and the national administrator. Refused"
                            + " with 409 when it is retired already, or while future"
                            + " commitments (bookings, leases, event holds) hold it: the problem"
                            + " names them. Audited.")
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(responseCode = "204", description = "Retired.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response retire(
            @PathParam("id")
                    @Parameter(
                            description = ROOM_ID,
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int64",
                                            minimum = "1"),
                            example = "1")
                    String id) {
        administration.retireRoom(caller.require(), roomId(id));
        return Response.noContent().build();
    }

    /**
     * The body is the image itself (JPEG or PNG, at most 5 MB); alt texts come as query parameters.
     */
    @POST
    @Path("photos")
    @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            operationId = "addRoomPhoto",
            summary = "Add a photo of a room",
            description =
                    "The body is the image itself: a JPEG or PNG of at most 5 MB and at most"
                            + " 10,000 pixels a side (the type is read from the file's first"
                            + " bytes, not from Content-Type). It is re-encoded as a JPEG of at"
                            + " most 1600 px on its long side, without the original's metadata."
                            + " Alt texts come as query parameters. At most 5 photos a room."
                            + " The House's managers and the national administrator. A file"
                            + " that is empty, too big, of another type, too large in pixels or"
                            + " unreadable, a sixth photo or a too long alt text is refused with"
                            + " 422 naming the field; a Content-Type other than those listed"
                            + " with 415; a body over 10 MB is cut off by the server with a bare"
                            + " 400 before it is read. Audited.")
    @SecurityRequirement(name = "bearerAuth")
    @RequestBody(
            description = "The image file's bytes.",
            required = true,
            content = {
                @Content(
                        mediaType = "image/jpeg",
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = "image/png",
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = MediaType.APPLICATION_OCTET_STREAM,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(
            responseCode = "201",
            description =
                    "Added; Location names the photo (GET it for the JPEG; it is also listed"
                            + " in the room's `photos`). No body.",
            headers = @Header(name = "Location", ref = "Location"))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response addPhoto(
            @PathParam("id")
                    @Parameter(
                            description = ROOM_ID,
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int64",
                                            minimum = "1"),
                            example = "1")
                    String id,
            byte[] image,
            @QueryParam("altKk")
                    @Parameter(
                            description =
                                    "The photo's alternative text in Kazakh, up to 300"
                                            + " characters; optional.",
                            example = "Жарық бөлме")
                    String altKk,
            @QueryParam("altRu")
                    @Parameter(
                            description =
                                    "The photo's alternative text in Russian, up to 300"
                                            + " characters; optional.",
                            example = "Светлая комната")
                    String altRu,
            @QueryParam("altEn")
                    @Parameter(
                            description =
                                    "The photo's alternative text in English, up to 300"
                                            + " characters; optional.",
                            example = "A bright room with a long table")
                    String altEn) {
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
