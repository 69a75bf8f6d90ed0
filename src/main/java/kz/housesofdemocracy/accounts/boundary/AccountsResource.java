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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sign-up, e-mail confirmation and password reset for programs. Like the pages, the answers never
 * reveal whether an address is registered.
 */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class AccountsResource {

    /** Said of every write: the cross-site guard refuses a browser's write from another site. */
    static final String CROSS_SITE =
            " A write sent by a browser from another site with the session cookie is refused"
                    + " with 403.";

    /** Said of every body: how a missing body and unknown fields are answered. */
    static final String STRICT_BODY =
            " A missing body is refused with 422; malformed JSON or an unknown field with 400.";

    @Inject private Accounts accounts;
    @Inject private Problems problems;

    @Schema(name = "SignUpRequest", description = "Who signs up.")
    public record SignUpRequest(
            @Schema(
                            description =
                                    "The person's name as others will see it, at most 120"
                                            + " characters.",
                            required = true,
                            example = "Жанар Әбенова")
                    String name,
            @Schema(
                            description =
                                    "The e-mail address; it is the sign-in name and must be"
                                            + " confirmed.",
                            required = true,
                            example = "zhanar@example.kz")
                    String email,
            @Schema(
                            description =
                                    "12 to 64 characters; not a common password, not the"
                                            + " person's e-mail address or name.",
                            required = true)
                    String password,
            @Schema(
                            description = "The language of the person's letters and pages.",
                            required = true,
                            enumeration = {"kk", "ru", "en"},
                            example = "kk")
                    String language) {}

    @Schema(name = "ConfirmationRequest", description = "The secret of an e-mailed link.")
    public record TokenRequest(
            @Schema(description = "The token from the link's `token=` parameter.", required = true)
                    String token) {}

    @Schema(name = "PasswordResetRequest", description = "Whose password to reset.")
    public record EmailRequest(
            @Schema(
                            description = "The account's e-mail address.",
                            required = true,
                            example = "zhanar@example.kz")
                    String email) {}

    @Schema(
            name = "NewPasswordRequest",
            description = "A new password, with the reset link's" + " token.")
    public record NewPasswordRequest(
            @Schema(
                            description = "The token from the reset link's `token=` parameter.",
                            required = true)
                    String token,
            @Schema(
                            description =
                                    "12 to 64 characters; not a common password, not the"
                                            + " person's e-mail address or name.",
                            required = true)
                    String password) {}

    /** A plain confirmation, in the caller's language. */
    @Schema(name = "Notice", description = "A plain confirmation for a person to read.")
    public record Notice(
            @Schema(
                            description = "The confirmation, in the language of Accept-Language.",
                            required = true)
                    String message) {}

    @POST
    @Operation(
            operationId = "signUp",
            summary = "Sign up",
            description =
                    "Creates a pending account with the NGO representative role and mails a"
                            + " confirmation link (POST /api/accounts/confirmation takes its"
                            + " token); the account can sign in once confirmed. The answer never"
                            + " reveals whether the address is registered already: then nothing"
                            + " is stored, its owner is mailed instead, and the answer is the"
                            + " same. Public. Invalid fields are listed in the 422 problem's"
                            + " `errors`; 503 when the server has no public address for the"
                            + " link."
                            + STRICT_BODY
                            + CROSS_SITE)
    @RequestBody(description = "The new account.", required = true)
    @APIResponse(
            responseCode = "202",
            description = "Accepted: a letter is on its way (also for an address already known).",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Notice.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
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
    @Operation(
            operationId = "confirmEmail",
            summary = "Confirm an e-mail address",
            description =
                    "Confirms the address behind a sign-up link, so that the account can sign"
                            + " in. Public. A link works once: a used, expired or unknown token"
                            + " is refused with 410."
                            + STRICT_BODY
                            + CROSS_SITE)
    @RequestBody(description = "The link's token.", required = true)
    @APIResponse(
            responseCode = "200",
            description = "Confirmed.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Notice.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "410", ref = "Gone")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response confirm(TokenRequest request) {
        accounts.confirmEmail(required(request).token());
        return Response.ok(notice("confirm.done")).build();
    }

    @POST
    @Path("password-reset")
    @Operation(
            operationId = "requestPasswordReset",
            summary = "Ask for a password-reset link",
            description =
                    "Mails a password-reset link, valid for one hour, when the address has an"
                            + " account; the answer is the same, and as slow, when it has none."
                            + " A new link ends the older ones. Public. 422 for a malformed"
                            + " address; 503 when the server has no public address for the"
                            + " link."
                            + STRICT_BODY
                            + CROSS_SITE)
    @RequestBody(description = "The account's address.", required = true)
    @APIResponse(
            responseCode = "202",
            description = "Accepted: a letter is on its way if the address has an account.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Notice.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response requestReset(EmailRequest request) {
        accounts.requestPasswordReset(required(request).email());
        return Response.accepted(notice("forgot.sent")).build();
    }

    @POST
    @Path("password-reset/confirmation")
    @Operation(
            operationId = "resetPassword",
            summary = "Set a new password from a reset link",
            description =
                    "Sets the new password; every session and API token of the account ends,"
                            + " and so does every other reset link. Public. A used, expired or"
                            + " unknown token is refused with 410; a password that breaks the"
                            + " rules with 422 (the token stays usable)."
                            + STRICT_BODY
                            + CROSS_SITE)
    @RequestBody(description = "The token and the new password.", required = true)
    @APIResponse(
            responseCode = "200",
            description = "The password is changed; sign in with it.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Notice.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "410", ref = "Gone")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
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
