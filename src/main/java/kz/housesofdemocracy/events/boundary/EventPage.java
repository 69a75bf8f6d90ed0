package kz.housesofdemocracy.events.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.events.control.EventView;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
import kz.housesofdemocracy.platform.web.FacesFeedback;
import kz.housesofdemocracy.platform.web.FacesRefusals;

/**
 * An event's page: what, when, where, seats left, and the registration form. It lives for one
 * request: the page keeps no state for a visitor, and the form sends the event's id back with the
 * entries.
 */
@Named
@RequestScoped
public class EventPage {

    @Inject private Events events;
    @Inject private CurrentCaller caller;
    @Inject private CurrentLanguage language;
    @Inject private HttpServletRequest request;

    private String id;
    private EventView event;
    private boolean loaded;
    private String name;
    private String email;
    private String organisation;
    private RegistrationRequested registered;

    public void load() {
        loaded = true;
        try {
            long eventId =
                    EntityId.parse(id).orElseThrow(() -> Refusal.notFound("event.notFound", id));
            event = events.details(caller.get().orElse(null), eventId);
        } catch (Refusal refusal) {
            FacesRefusals.sendError(refusal);
        }
    }

    public void register() {
        if (getEvent() == null) {
            return;
        }
        try {
            registered =
                    events.register(
                            event.id(),
                            name,
                            email,
                            organisation,
                            language.get(),
                            request.getRemoteAddr());
            FacesFeedback.info("registration.checkMail");
            name = null;
            email = null;
            organisation = null;
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "register");
        }
        event = events.details(caller.get().orElse(null), event.id());
    }

    /**
     * The event; on a postback (which runs no view action) it is read at first use, from the id the
     * form sent back, because the form's own rendered conditions ask for it before any model
     * update.
     */
    public EventView getEvent() {
        if (!loaded) {
            if (id == null) {
                id =
                        FacesContext.getCurrentInstance()
                                .getExternalContext()
                                .getRequestParameterMap()
                                .get("id");
            }
            load();
        }
        return event;
    }

    public RegistrationRequested getRegistered() {
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
