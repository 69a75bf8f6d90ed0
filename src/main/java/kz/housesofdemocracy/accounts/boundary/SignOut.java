package kz.housesofdemocracy.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.web.FacesFeedback;

/** The sign-out button in every page header: ends the session and returns home. */
@Named
@RequestScoped
public class SignOut {

    @Inject private Accounts accounts;
    @Inject private CurrentCaller caller;
    @Inject private HttpServletRequest request;
    @Inject private ExternalContext external;

    public void submit() throws IOException {
        caller.get().ifPresent(accounts::signedOut);
        SignedInSession.end(request);
        FacesFeedback.infoAfterRedirect("signOut.done");
        external.redirect(external.getRequestContextPath() + "/");
    }
}
