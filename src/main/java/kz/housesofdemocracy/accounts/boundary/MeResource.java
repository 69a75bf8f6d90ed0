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

/** The caller's own account: profile, password, sign-out everywhere, personal API tokens. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject private Accounts accounts;
    @Inject private CurrentCaller caller;
    @Context private HttpServletRequest request;

    public record ProfileChange(String name, String language) {}

    public record PasswordChange(String currentPassword, String newPassword) {}

    /** A new token's name, and the password again. */
    public record TokenRequest(String name, String password) {}

    @GET
    public Accounts.Profile profile() {
        return accounts.profile(caller.require());
    }

    @PUT
    public Accounts.Profile update(ProfileChange change) {
        ProfileChange c = AccountsResource.required(change);
        accounts.updateProfile(
                caller.require(), c.name(), Language.fromTag(c.language()).orElse(null));
        return accounts.profile(caller.require());
    }

    @POST
    @Path("password")
    public Response changePassword(PasswordChange change) {
        PasswordChange c = AccountsResource.required(change);
        accounts.changePassword(caller.require(), c.currentPassword(), c.newPassword());
        SignedInSession.end(request);
        return Response.noContent().build();
    }

    @POST
    @Path("sign-out-everywhere")
    public Response signOutEverywhere() {
        accounts.signOutEverywhere(caller.require());
        SignedInSession.end(request);
        return Response.noContent().build();
    }

    @GET
    @Path("tokens")
    public List<Accounts.TokenView> tokens() {
        return accounts.apiTokens(caller.require());
    }

    @POST
    @Path("tokens")
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
    public Response revokeToken(@PathParam("id") String id) {
        Long tokenId =
                EntityId.parse(id).orElseThrow(() -> Refusal.notFound("refusal.apiToken.notFound"));
        accounts.revokeApiToken(caller.require(), tokenId);
        return Response.noContent().build();
    }
}
