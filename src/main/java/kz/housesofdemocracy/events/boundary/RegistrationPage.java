package kz.housesofdemocracy.events.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.web.FacesFeedback;

/**
 * The page a registration's link opens: the event, and cancelling in two steps (the question is a
 * page of its own, {@code confirm=true}, so it needs no script). It lives for one request: the page
 * keeps no state, and the form sends the token back.
 */
@Named
@RequestScoped
public class RegistrationPage {

    @Inject private Events events;

    private String token;
    private RegistrationView registration;
    private boolean loaded;

    public void load() {
        loaded = true;
        registration = events.byToken(token).orElse(null);
    }

    public void cancel() {
        try {
            registration = events.cancelRegistration(token);
            FacesFeedback.info("registration.cancelledDone");
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "cancel");
        }
    }

    /**
     * The registration; on a postback (which runs no view action) it is read at first use, from the
     * token the form sent back, because the form's rendered conditions ask for it first.
     */
    public RegistrationView getRegistration() {
        if (!loaded) {
            if (token == null) {
                token =
                        FacesContext.getCurrentInstance()
                                .getExternalContext()
                                .getRequestParameterMap()
                                .get("token");
            }
            load();
        }
        return registration;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
