package kz.housesofdemocracy.events.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.events.control.EventView;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
import kz.housesofdemocracy.platform.web.FacesFeedback;
import kz.housesofdemocracy.platform.web.FacesRefusals;

/** An event's page: what, when, where, seats left, and the registration form. */
@Named
@ViewScoped
public class EventPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Events events;
    @Inject private CurrentCaller caller;
    @Inject private CurrentLanguage language;

    private String id;
    private EventView event;
    private String name;
    private String email;
    private String organisation;
    private RegistrationView registered;

    public void load() {
        try {
            long eventId =
                    EntityId.parse(id).orElseThrow(() -> Refusal.notFound("event.notFound", id));
            event = events.details(caller.get().orElse(null), eventId);
        } catch (Refusal refusal) {
            FacesRefusals.sendError(refusal);
        }
    }

    public void register() {
        try {
            registered = events.register(event.id(), name, email, organisation, language.get());
            FacesFeedback.info(
                    "CONFIRMED".equals(registered.status())
                            ? "registration.confirmedDone"
                            : "registration.waitingDone",
                    registered.place());
            name = null;
            email = null;
            organisation = null;
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "register");
        }
        event = events.details(caller.get().orElse(null), event.id());
    }

    public EventView getEvent() {
        return event;
    }

    public RegistrationView getRegistered() {
        return registered;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
