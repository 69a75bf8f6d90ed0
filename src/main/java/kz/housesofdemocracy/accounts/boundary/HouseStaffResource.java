package kz.housesofdemocracy.accounts.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
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

/** Who looks after a House; visible to that House's staff and its region's approvers only. */
@Path("houses/{id}/staff")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class HouseStaffResource {

    @Inject private StaffRoles roles;
    @Inject private CurrentCaller caller;

    @GET
    @Operation(
            operationId = "listHouseStaff",
            summary = "List a House's staff",
            description =
                    "Who looks after a House: its House managers and its region's akimat"
                            + " approvers, by role, with their names and e-mail addresses. For"
                            + " that House's managers, its region's approvers and national"
                            + " administrators (403 for anyone else, 401 without sign-in); an"
                            + " unknown House is 404.")
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(responseCode = "200", description = "The House's staff, ordered by role.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<StaffRoles.StaffMember> staff(
            @Parameter(
                            description = "The House's id.",
                            required = true,
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64"),
                            example = "1")
                    @PathParam("id")
                    String id) {
        var me = caller.require();
        return roles.houseStaff(
                me,
                EntityId.parse(id)
                        .orElseThrow(() -> Refusal.notFound("problem.house.notFound", id)));
    }
}
