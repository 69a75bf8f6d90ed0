package kz.housesofdemocracy.events.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.web.FacesFeedback;

/** The page a registration's link opens: the event, and a button to cancel (with confirmation). */
@Named
@ViewScoped
public class RegistrationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Events events;

    private String token;
    private RegistrationView registration;

    public void load() {
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

    public RegistrationView getRegistration() {
        return registration;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
