package kz.housesofdemocracy.platform.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;

/**
 * Development only: the mail the embedded run did not send. 404 in any other configuration and to
 * anyone not on this machine ({@link DevOutbox#opensFor}).
 */
@Named
@RequestScoped
public class DevOutboxPage {

    @Inject private DevOutbox outbox;
    @Inject private HttpServletRequest request;

    public void load() throws IOException {
        if (!opens()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    public List<OutgoingMail> getMails() {
        return opens() ? outbox.latest() : List.of();
    }

    private boolean opens() {
        return DevOutbox.opensFor(request.getRemoteAddr());
    }
}
