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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-in and sign-out with a session cookie, for browser programs; others use API tokens. */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class SessionResource {

    @Inject private Accounts accounts;
    @Inject private CurrentCaller caller;
    @Context private HttpServletRequest request;

    @Schema(name = "Credentials", description = "An e-mail address and its password.")
    public record Credentials(
            @Schema(
                            description = "The account's e-mail address.",
                            required = true,
                            example = "zhanar@example.kz")
                    String email,
            @Schema(description = "The account's password.", required = true) String password) {}

    /**
     * Signs in. A braked source address gets 429 with {@code Retry-After}; a wrong, unknown or
     * over-long address or password gets the same 401.
     */
    @POST
    @Operation(
            operationId = "signIn",
            summary = "Sign in with a session cookie",
            description =
                    "Checks the e-mail address and password and starts a session: the answer"
                            + " sets the session cookie, which later calls send back (for"
                            + " browser programs; other programs use an API token as"
                            + " `Authorization: Bearer`). Answers the signed-in person's"
                            + " profile, as GET /api/me does. A wrong, unknown or over-long"
                            + " address or password, a locked account (five failures in a"
                            + " row) and an unconfirmed one (a fresh confirmation link is"
                            + " mailed) all get 401, with a translated reason that never"
                            + " tells whether the address is registered. Too many failures"
                            + " from one source address get 429 with Retry-After. 503 when a"
                            + " confirmation link is due but the server has no public address."
                            + AccountsResource.STRICT_BODY
                            + AccountsResource.CROSS_SITE)
    @RequestBody(description = "The credentials.", required = true)
    @APIResponse(
            responseCode = "200",
            description = "Signed in; the session cookie is set.",
            headers =
                    @Header(
                            name = "Set-Cookie",
                            description = "The session cookie (JSESSIONID), HttpOnly.",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Accounts.Profile.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @APIResponse(responseCode = "503", ref = "Unavailable")
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
    @Operation(
            operationId = "signOut",
            summary = "Sign out",
            description =
                    "Ends this session (other sessions and API tokens stay valid; see POST"
                            + " /api/me/sign-out-everywhere). Public: without a session it"
                            + " changes nothing and answers the same."
                            + AccountsResource.CROSS_SITE)
    @APIResponse(responseCode = "204", description = "Signed out.")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response signOut() {
        caller.get().ifPresent(accounts::signedOut);
        SignedInSession.end(request);
        return Response.noContent().build();
    }
}
