package kz.housesofdemocracy.events.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.web.FacesFeedback;

/**
 * The page a registration's links open. The confirmation link ({@code code=…}) proves the address
 * and confirms the place once, then shows it as the cancelling link would; a used, lapsed or
 * unknown code says the link is no longer valid. The cancelling link ({@code token=…}) shows the
 * event, and cancelling in two steps (the question is a page of its own, {@code confirm=true}, so
 * it needs no script). It lives for one request: the page keeps no state, and the form sends the
 * token back.
 */
@Named
@RequestScoped
public class RegistrationPage {

    @Inject private Events events;

    private String token;
    private String code;
    private boolean confirmed;
    private boolean linkInvalid;
    private RegistrationView registration;
    private boolean loaded;

    public void load() {
        loaded = true;
        if (code != null && token == null) {
            try {
                Events.Confirmed made = events.confirmRegistration(code);
                registration = made.registration();
                token = made.token();
                confirmed = true;
            } catch (Refusal refusal) {
                linkInvalid = true;
            }
            return;
        }
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

    /** Whether this request confirmed the place (the confirmation link was followed now). */
    public boolean isConfirmed() {
        return confirmed;
    }

    /** Whether a confirmation link was used, had lapsed or was never issued. */
    public boolean isLinkInvalid() {
        return linkInvalid;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
