package kz.housesofdemocracy.accounts.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;

/** The national administrator's staff roles, for programs. */
@Path("admin/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffAccountsResource {

    @Inject private StaffRoles roles;
    @Inject private CurrentCaller caller;

    public record Page<T>(long total, int first, List<T> items) {}

    public record GrantRequest(String role, Long houseId, String regionCode, String reason) {}

    @GET
    public Page<StaffRoles.AccountRow> search(
            @QueryParam("q") String query,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("20") int size) {
        var me = caller.require();
        return new Page<>(roles.count(me, query), first, roles.search(me, query, first, size));
    }

    @GET
    @Path("{id}/grants")
    public List<StaffRoles.GrantRow> grants(@PathParam("id") String id) {
        return roles.grants(caller.require(), accountId(id));
    }

    @POST
    @Path("{id}/grants")
    public Response grant(@PathParam("id") String id, GrantRequest request) {
        var me = caller.require();
        long account = accountId(id);
        GrantRequest r = AccountsResource.required(request);
        Role role = parseRole(r.role());
        StaffRoles.GrantRow row =
                roles.grant(me, account, role, r.houseId(), r.regionCode(), r.reason());
        return Response.status(201).entity(row).build();
    }

    @DELETE
    @Path("{id}/grants/{grantId}")
    public Response revoke(
            @PathParam("id") String id,
            @PathParam("grantId") String grantId,
            @QueryParam("reason") String reason) {
        var me = caller.require();
        roles.revoke(
                me,
                accountId(id),
                EntityId.parse(grantId)
                        .orElseThrow(() -> Refusal.notFound("refusal.grant.notFound")),
                reason);
        return Response.noContent().build();
    }

    private static long accountId(String id) {
        return EntityId.parse(id).orElseThrow(() -> Refusal.notFound("refusal.account.notFound"));
    }

    private static Role parseRole(String role) {
        try {
            return role == null ? null : Role.valueOf(role);
        } catch (IllegalArgumentException unknown) {
            throw Refusal.invalid("role", "validation.role");
        }
    }
}
