package kz.housesofdemocracy.closures.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One blackout: its House's managers remove it. */
@Path("blackouts/{id}")
@Tag(name = "closures")
public class BlackoutResource {

    @Inject private Blackouts blackouts;
    @Inject private CurrentCaller caller;

    @DELETE
    @Operation(
            operationId = "removeBlackout",
            summary = "Remove a blackout",
            description =
                    "Deletes the blackout: its room or House is bookable again in that time."
                            + " The managers of its House and the national administrator."
                            + " Audited.")
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response remove(
            @PathParam("id")
                    @Parameter(
                            description = "The blackout's id (ASCII digits).",
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int64",
                                            minimum = "1"),
                            example = "1")
                    String id) {
        blackouts.remove(
                caller.require(),
                EntityId.parse(id)
                        .orElseThrow(() -> Refusal.notFound("refusal.blackout.notFound")));
        return Response.noContent().build();
    }
}
