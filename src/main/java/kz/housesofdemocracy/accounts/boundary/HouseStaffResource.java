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

/** Who looks after a House; visible to that House's staff and its region's approvers only. */
@Path("houses/{id}/staff")
@Produces(MediaType.APPLICATION_JSON)
public class HouseStaffResource {

    @Inject private StaffRoles roles;
    @Inject private CurrentCaller caller;

    @GET
    public List<StaffRoles.StaffMember> staff(@PathParam("id") String id) {
        var me = caller.require();
        return roles.houseStaff(
                me,
                EntityId.parse(id)
                        .orElseThrow(() -> Refusal.notFound("problem.house.notFound", id)));
    }
}
