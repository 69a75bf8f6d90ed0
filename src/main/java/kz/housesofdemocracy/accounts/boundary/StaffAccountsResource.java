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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.rest.Paged;
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

/** The national administrator's staff roles, for programs. */
@Path("admin/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
@SecurityRequirement(name = "bearerAuth")
public class StaffAccountsResource {

    /** The most accounts one page holds. */
    static final int MAX_SIZE = 100;

    private static final String ADMIN_ONLY =
            " For national administrators only: 401 without sign-in, 403 for anyone else.";

    @Inject private StaffRoles roles;
    @Inject private CurrentCaller caller;
    @Context private UriInfo uri;

    @Schema(name = "StaffGrantRequest", description = "A role to grant, with its scope.")
    public record GrantRequest(
            @Schema(
                            description =
                                    "The role. HOUSE_MANAGER needs `houseId`, AKIMAT_APPROVER"
                                            + " needs `regionCode`.",
                            required = true,
                            enumeration = {
                                "NGO_REPRESENTATIVE",
                                "HOUSE_MANAGER",
                                "AKIMAT_APPROVER",
                                "NATIONAL_ADMIN"
                            },
                            example = "HOUSE_MANAGER")
                    String role,
            @Schema(
                            description =
                                    "The House a HOUSE_MANAGER will look after; ignored for"
                                            + " other roles.",
                            nullable = true,
                            example = "1")
                    Long houseId,
            @Schema(
                            description =
                                    "The ISO 3166-2 code of the region an AKIMAT_APPROVER will"
                                            + " approve in; ignored for other roles.",
                            nullable = true,
                            example = "KZ-71")
                    String regionCode,
            @Schema(
                            description = "Why, for the audit trail; at most 500 characters.",
                            nullable = true,
                            example = "Appointed by order No. 12")
                    String reason) {}

    @GET
    @Operation(
            operationId = "searchAccounts",
            summary = "Find accounts",
            description =
                    "A page of the accounts whose e-mail address or name contains `q` (case"
                            + " does not matter; all accounts without it), ordered by e-mail"
                            + " address, with the total and the next page's address (follow"
                            + " `next` until it is null). A `first` or `size` that is not a whole"
                            + " number is 404, as JAX-RS answers unreadable query parameters."
                            + ADMIN_ONLY)
    @APIResponse(
            responseCode = "200",
            description = "One page of accounts, ordered by e-mail address.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Paged<StaffRoles.AccountRow> search(
            @Parameter(
                            description =
                                    "Text the e-mail address or the name contains; all accounts"
                                            + " when empty.",
                            example = "abenova")
                    @QueryParam("q")
                    String query,
            @Parameter(
                            description =
                                    "How many accounts to skip (0 for the first page); a"
                                            + " negative value is read as 0.",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "0",
                                            defaultValue = "0"))
                    @QueryParam("first")
                    @DefaultValue("0")
                    int first,
            @Parameter(
                            description =
                                    "How many accounts a page holds, 1 to 100; values outside"
                                            + " are read as the nearest bound.",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "20"))
                    @QueryParam("size")
                    @DefaultValue("20")
                    int size) {
        var me = caller.require();
        int from = Math.max(first, 0);
        int count = Math.min(Math.max(size, 1), MAX_SIZE);
        return Paged.of(
                roles.search(me, query, from, count), roles.count(me, query), from, count, uri);
    }

    @GET
    @Path("{id}/grants")
    @Operation(
            operationId = "listAccountGrants",
            summary = "List an account's roles",
            description =
                    "Every role the account holds, with its scope named in kk, ru and en. An"
                            + " unknown account is 404."
                            + ADMIN_ONLY)
    @APIResponse(responseCode = "200", description = "The account's roles.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<StaffRoles.GrantRow> grants(
            @Parameter(
                            description = "The account's id.",
                            required = true,
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64"),
                            example = "7")
                    @PathParam("id")
                    String id) {
        return roles.grants(caller.require(), accountId(id));
    }

    @POST
    @Path("{id}/grants")
    @Operation(
            operationId = "grantRole",
            summary = "Grant a role",
            description =
                    "Grants a role to the account, with its scope: a House for HOUSE_MANAGER, a"
                            + " region for AKIMAT_APPROVER. Audited with the reason. Nobody"
                            + " changes their own roles (409 `own-roles`: another administrator"
                            + " must); a role the account already holds with that scope is 409"
                            + " `duplicate-grant`; an unknown role or a missing or unknown"
                            + " scope is 422; an unknown account 404."
                            + ADMIN_ONLY
                            + AccountsResource.STRICT_BODY
                            + AccountsResource.CROSS_SITE)
    @RequestBody(description = "The role and its scope.", required = true)
    @APIResponse(
            responseCode = "201",
            description = "Granted; the new grant.",
            headers = @Header(name = "Location", ref = "Location"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StaffRoles.GrantRow.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response grant(
            @Parameter(
                            description = "The account's id.",
                            required = true,
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64"),
                            example = "7")
                    @PathParam("id")
                    String id,
            GrantRequest request) {
        var me = caller.require();
        long account = accountId(id);
        GrantRequest r = AccountsResource.required(request);
        Role role = parseRole(r.role());
        StaffRoles.GrantRow row =
                roles.grant(me, account, role, r.houseId(), r.regionCode(), r.reason());
        return Response.created(URI.create("admin/accounts/" + account + "/grants/" + row.id()))
                .entity(row)
                .build();
    }

    @DELETE
    @Path("{id}/grants/{grantId}")
    @Operation(
            operationId = "revokeRole",
            summary = "Revoke a role",
            description =
                    "Takes one grant away from the account; audited with the reason. Nobody"
                            + " changes their own roles (409 `own-roles`); a grant that is not"
                            + " the account's, or an unknown account or grant, is 404; a reason"
                            + " over 500 characters is 422."
                            + ADMIN_ONLY
                            + AccountsResource.CROSS_SITE)
    @APIResponse(responseCode = "204", description = "Revoked.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response revoke(
            @Parameter(
                            description = "The account's id.",
                            required = true,
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64"),
                            example = "7")
                    @PathParam("id")
                    String id,
            @Parameter(
                            description =
                                    "The grant's id, as listed by GET"
                                            + " /api/admin/accounts/{id}/grants.",
                            required = true,
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64"),
                            example = "15")
                    @PathParam("grantId")
                    String grantId,
            @Parameter(
                            description = "Why, for the audit trail; at most 500 characters.",
                            example = "Left the akimat")
                    @QueryParam("reason")
                    String reason) {
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
