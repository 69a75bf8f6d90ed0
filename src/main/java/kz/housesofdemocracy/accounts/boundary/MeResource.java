package kz.housesofdemocracy.accounts.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Language;
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

/** The caller's own account: profile, password, sign-out everywhere, personal API tokens. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class MeResource {

    private static final String SIGNED_IN =
            " Needs a signed-in caller (a session or an API token), else 401.";

    @Inject private Accounts accounts;
    @Inject private CurrentCaller caller;
    @Context private HttpServletRequest request;

    @Schema(name = "ProfileChange", description = "The caller's new name and language.")
    public record ProfileChange(
            @Schema(
                            description = "The name others see, at most 120 characters.",
                            required = true,
                            example = "Жанар Әбенова")
                    String name,
            @Schema(
                            description = "The language of the caller's letters and pages.",
                            required = true,
                            enumeration = {"kk", "ru", "en"},
                            example = "ru")
                    String language) {}

    @Schema(name = "PasswordChange", description = "The current password and a new one.")
    public record PasswordChange(
            @Schema(description = "The password in use now.", required = true)
                    String currentPassword,
            @Schema(
                            description =
                                    "12 to 64 characters; not a common password, not the"
                                            + " person's e-mail address or name.",
                            required = true)
                    String newPassword) {}

    /** A new token's name, and the password again. */
    @Schema(
            name = "ApiTokenRequest",
            description = "A new API token's name, and the password" + " again.")
    public record TokenRequest(
            @Schema(
                            description = "What the token is for, at most 80 characters.",
                            required = true,
                            example = "reporting script")
                    String name,
            @Schema(
                            description =
                                    "The caller's password: a token is a lasting credential, so"
                                            + " the person proves it again.",
                            required = true)
                    String password) {}

    @GET
    @Operation(
            operationId = "getMe",
            summary = "Who am I",
            description =
                    "The signed-in person's profile: id, e-mail address, name, language and the"
                            + " roles they hold with their scopes (a House for a House manager,"
                            + " a region for an akimat approver). The first call to try with a"
                            + " new token."
                            + SIGNED_IN)
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(responseCode = "200", description = "The caller's profile.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public Accounts.Profile profile() {
        return accounts.profile(caller.require());
    }

    @PUT
    @Operation(
            operationId = "updateMe",
            summary = "Change my name and language",
            description =
                    "Sets the caller's display name and language (both required) and answers"
                            + " the profile as it is now. Invalid fields are listed in the 422"
                            + " problem's `errors`."
                            + SIGNED_IN
                            + AccountsResource.STRICT_BODY
                            + AccountsResource.CROSS_SITE)
    @SecurityRequirement(name = "bearerAuth")
    @RequestBody(description = "The new name and language.", required = true)
    @APIResponse(responseCode = "200", description = "The changed profile.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Accounts.Profile update(ProfileChange change) {
        ProfileChange c = AccountsResource.required(change);
        accounts.updateProfile(
                caller.require(), c.name(), Language.fromTag(c.language()).orElse(null));
        return accounts.profile(caller.require());
    }

    @POST
    @Path("password")
    @Operation(
            operationId = "changeMyPassword",
            summary = "Change my password",
            description =
                    "Checks the current password and sets the new one. Every session (this one"
                            + " too), every API token and every reset link of the account ends:"
                            + " sign in again with the new password. A wrong current password or"
                            + " a new one that breaks the rules is refused with 422."
                            + SIGNED_IN
                            + AccountsResource.STRICT_BODY
                            + AccountsResource.CROSS_SITE)
    @SecurityRequirement(name = "bearerAuth")
    @RequestBody(description = "The current and the new password.", required = true)
    @APIResponse(responseCode = "204", description = "Changed; every session and token ended.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response changePassword(PasswordChange change) {
        PasswordChange c = AccountsResource.required(change);
        accounts.changePassword(caller.require(), c.currentPassword(), c.newPassword());
        SignedInSession.end(request);
        return Response.noContent().build();
    }

    @POST
    @Path("sign-out-everywhere")
    @Operation(
            operationId = "signOutEverywhere",
            summary = "Sign out everywhere",
            description =
                    "Ends every session of the account (this one too) and revokes every API"
                            + " token, e.g. after losing a device. Takes no body."
                            + SIGNED_IN
                            + AccountsResource.CROSS_SITE)
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(responseCode = "204", description = "Every session and token ended.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response signOutEverywhere() {
        accounts.signOutEverywhere(caller.require());
        SignedInSession.end(request);
        return Response.noContent().build();
    }

    @GET
    @Path("tokens")
    @Operation(
            operationId = "listApiTokens",
            summary = "List my API tokens",
            description =
                    "The caller's API tokens that are not revoked, with when each was made and"
                            + " last used; never their secrets."
                            + SIGNED_IN)
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(responseCode = "200", description = "The caller's tokens, newest first.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public List<Accounts.TokenView> tokens() {
        return accounts.apiTokens(caller.require());
    }

    @POST
    @Path("tokens")
    @Operation(
            operationId = "createApiToken",
            summary = "Create an API token",
            description =
                    "Makes a personal API token for `Authorization: Bearer`. Only a person"
                            + " signed in with a session (the cookie of POST /api/session or of"
                            + " the site) may ask, and with the password again: a caller who"
                            + " came with a token is refused with 403, and so is a cross-site"
                            + " request. The answer carries the token's `secret`, shown this"
                            + " once only. A missing name or a wrong password is refused with"
                            + " 422. The token works until revoked, or until the password"
                            + " changes or the person signs out everywhere. No session: 401."
                            + AccountsResource.STRICT_BODY)
    @RequestBody(description = "The token's name and the caller's password.", required = true)
    @SecurityRequirement(name = "sessionCookie")
    @APIResponse(
            responseCode = "201",
            description = "Created; `secret` is the token, shown only now.",
            headers = @Header(name = "Location", ref = "Location"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Accounts.TokenView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response createToken(TokenRequest token) {
        var who = caller.require();
        if (SignedInSession.remembered(request).isEmpty()
                || request.getHeader("Authorization") != null) {
            // A token cannot mint tokens: only a person signed in with a session may.
            throw new Refusal(
                    403, "forbidden", "refusal.apiToken.sessionOnly", java.util.List.of());
        }
        TokenRequest t = AccountsResource.required(token);
        Accounts.TokenView created = accounts.createApiToken(who, t.name(), t.password());
        return Response.created(URI.create("me/tokens/" + created.id())).entity(created).build();
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(
            operationId = "revokeApiToken",
            summary = "Revoke one of my API tokens",
            description =
                    "Revokes the token at once: calls with it answer 401 from now on. Someone"
                            + " else's token, a revoked one or an unknown id is 404."
                            + SIGNED_IN
                            + AccountsResource.CROSS_SITE)
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(responseCode = "204", description = "Revoked.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response revokeToken(
            @Parameter(
                            description = "The token's id, as listed by GET /api/me/tokens.",
                            required = true,
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64"),
                            example = "12")
                    @PathParam("id")
                    String id) {
        Long tokenId =
                EntityId.parse(id).orElseThrow(() -> Refusal.notFound("refusal.apiToken.notFound"));
        accounts.revokeApiToken(caller.require(), tokenId);
        return Response.noContent().build();
    }
}
