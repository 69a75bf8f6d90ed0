package kz.housesofdemocracy.accounts.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.platform.rest.Problems;

/**
 * Sign-up, e-mail confirmation and password reset for programs. Like the pages, the answers never
 * reveal whether an address is registered.
 */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @Inject private Accounts accounts;
    @Inject private Problems problems;

    public record SignUpRequest(String name, String email, String password, String language) {}

    public record TokenRequest(String token) {}

    public record EmailRequest(String email) {}

    public record NewPasswordRequest(String token, String password) {}

    /** A plain confirmation, in the caller's language. */
    public record Notice(String message) {}

    @POST
    public Response signUp(SignUpRequest request) {
        SignUpRequest r = required(request);
        accounts.signUp(
                new Accounts.SignUp(
                        r.name(),
                        r.email(),
                        r.password(),
                        Language.fromTag(r.language()).orElse(null)));
        return Response.accepted(notice("signUp.sent", r.email() == null ? "" : r.email().strip()))
                .build();
    }

    @POST
    @Path("confirmation")
    public Response confirm(TokenRequest request) {
        accounts.confirmEmail(required(request).token());
        return Response.ok(notice("confirm.done")).build();
    }

    @POST
    @Path("password-reset")
    public Response requestReset(EmailRequest request) {
        accounts.requestPasswordReset(required(request).email());
        return Response.accepted(notice("forgot.sent")).build();
    }

    @POST
    @Path("password-reset/confirmation")
    public Response reset(NewPasswordRequest request) {
        NewPasswordRequest r = required(request);
        accounts.resetPassword(r.token(), r.password());
        return Response.ok(notice("reset.done")).build();
    }

    private Notice notice(String key, Object... arguments) {
        return new Notice(Messages.get(problems.locale(), key, arguments));
    }

    static <T> T required(T body) {
        if (body == null) {
            throw Refusal.invalid("body", "validation.required");
        }
        return body;
    }
}
