package kz.housesofdemocracy.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Objects;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.web.FacesFeedback;

/**
 * The pages reached from e-mailed links and the form that sends one: confirm the address, forgot
 * password, reset password. A link only opens a page; the change happens on a button, so mail
 * scanners that follow links spend nothing.
 */
@Named
@RequestScoped
public class EmailLinkForms {

    @Inject private Accounts accounts;
    @Inject private ExternalContext external;

    private String token;
    private String email;
    private String password;
    private String repeat;

    public void confirm() throws IOException {
        try {
            accounts.confirmEmail(token);
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "confirm");
            return;
        }
        FacesFeedback.infoAfterRedirect("confirm.done");
        external.redirect(external.getRequestContextPath() + "/sign-in.xhtml");
    }

    public void requestReset() throws IOException {
        try {
            accounts.requestPasswordReset(email);
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "forgot");
            return;
        }
        FacesFeedback.infoAfterRedirect("forgot.sent");
        external.redirect(external.getRequestContextPath() + "/sign-in.xhtml");
    }

    public void reset() throws IOException {
        try {
            if (!Objects.equals(password, repeat)) {
                throw Refusal.invalid("repeat", "validation.password.repeat");
            }
            accounts.resetPassword(token, password);
        } catch (Refusal refusal) {
            password = null;
            repeat = null;
            FacesFeedback.refused(refusal, "reset");
            return;
        }
        FacesFeedback.infoAfterRedirect("reset.done");
        external.redirect(external.getRequestContextPath() + "/sign-in.xhtml");
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
