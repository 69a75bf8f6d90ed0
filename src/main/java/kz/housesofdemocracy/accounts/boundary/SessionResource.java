package kz.housesofdemocracy.accounts.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.accounts.control.SignInOutcome;
import kz.housesofdemocracy.platform.Refusal;

/** Sign-in and sign-out with a session cookie, for browser programs; others use API tokens. */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject private Accounts accounts;
    @Inject private CurrentCaller caller;
    @Context private HttpServletRequest request;

    public record Credentials(String email, String password) {}

    /**
     * Signs in. A braked source address gets 429 with {@code Retry-After}; a wrong, unknown or
     * over-long address or password gets the same 401.
     */
    @POST
    public Response signIn(Credentials credentials) {
        Credentials c = AccountsResource.required(credentials);
        SignInOutcome outcome = accounts.signIn(c.email(), c.password(), request.getRemoteAddr());
        if (outcome.result() == SignInOutcome.Result.THROTTLED) {
            throw Refusal.tooMany(
                    outcome.waitSeconds(), outcome.messageKey(), outcome.waitSeconds());
        }
        if (!outcome.succeeded()) {
            throw Refusal.unauthorized(outcome.messageKey());
        }
        SignedInSession.start(request, outcome.caller(), outcome.sessionEpoch());
        return Response.ok(accounts.profile(outcome.caller())).build();
    }

    @DELETE
    public Response signOut() {
        caller.get().ifPresent(accounts::signedOut);
        SignedInSession.end(request);
        return Response.noContent().build();
    }
}
