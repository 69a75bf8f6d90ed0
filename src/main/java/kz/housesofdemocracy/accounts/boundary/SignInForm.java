package kz.housesofdemocracy.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import kz.housesofdemocracy.accounts.control.SignInOutcome;
import kz.housesofdemocracy.platform.web.FacesFeedback;

/** The sign-in form. After signing in, the person goes where they were heading, or home. */
@Named
@RequestScoped
public class SignInForm {

    @Inject private Accounts accounts;
    @Inject private HttpServletRequest request;
    @Inject private ExternalContext external;

    private String email;
    private String password;
    private String next;

    public void submit() throws IOException {
        SignInOutcome outcome = accounts.signIn(email, password, request.getRemoteAddr());
        password = null;
        if (!outcome.succeeded()) {
            FacesFeedback.error(outcome.messageKey(), outcome.waitSeconds());
            return;
        }
        SignedInSession.start(request, outcome.caller(), outcome.sessionEpoch());
        FacesFeedback.infoAfterRedirect("signIn.welcome", outcome.caller().displayName());
        external.redirect(external.getRequestContextPath() + destination(outcome));
    }

    private String destination(SignInOutcome outcome) {
        if (next != null
                && next.startsWith("/")
                && !next.startsWith("//")
                && !next.contains("\\")) {
            return next;
        }
        return outcome.caller().isStaff() ? "/staff/index.xhtml" : "/account/profile.xhtml";
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

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
