package kz.housesofdemocracy.platform.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/** Development only: the mail the embedded run did not send. 404 in any other configuration. */
@Named
@RequestScoped
public class DevOutboxPage {

    @Inject private DevOutbox outbox;

    public void load() throws IOException {
        if (!DevOutbox.enabled()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    public List<OutgoingMail> getMails() {
        return DevOutbox.enabled() ? outbox.latest() : List.of();
    }
}
