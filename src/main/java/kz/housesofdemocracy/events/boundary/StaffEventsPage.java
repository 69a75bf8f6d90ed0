package kz.housesofdemocracy.events.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.MonthDay;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.bookings.boundary.BookingView;
import kz.housesofdemocracy.events.control.EventAccess;
import kz.housesofdemocracy.events.control.EventForm;
import kz.housesofdemocracy.events.control.EventView;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
import kz.housesofdemocracy.platform.web.FacesFeedback;
import kz.housesofdemocracy.platform.web.FacesRefusals;
import kz.housesofdemocracy.premises.boundary.HouseSummary;
import kz.housesofdemocracy.premises.boundary.Premises;
import kz.housesofdemocracy.premises.boundary.RegionView;

/**
 * Organising events: the administrator nationally, a region's approvers in their region. A new
 * event is checked first: the bookings its holds would displace are listed, and only then created.
 */
@Named
@ViewScoped
public class StaffEventsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private CurrentLanguage language;
    @Inject private Events events;
    @Inject private Premises premises;
    @Inject private CurrentCaller caller;

    private EventForm form = new EventForm();
    private List<BookingView> inTheWay;
    private List<EventView> organised;
    private Long shownEvent;
    private List<RegistrationRow> registrations;
    private Integer ngoDayMonth;
    private Integer ngoDayDay;
    private List<RoomChoice> rooms;

    public void load() {
        Caller me = caller.require();
        if (!EventAccess.organisesSomewhere(me)) {
            FacesRefusals.sendError(Refusal.forbidden());
            return;
        }
        if (!me.holds(Role.NATIONAL_ADMIN) && "NATIONAL".equals(form.getScope())) {
            form.setScope("HOUSE");
        }
        events.ngoDay()
                .ifPresent(
                        d -> {
                            ngoDayMonth = d.getMonthValue();
                            ngoDayDay = d.getDayOfMonth();
                        });
    }

    /** Fills the form for NGO Day: its title in three languages and its next date, if set. */
    public void prefillNgoDay() {
        form.prefillNgoDay(isAdmin() ? "NATIONAL" : "REGIONAL", events.nextNgoDay().orElse(null));
        inTheWay = null;
    }

    /** Lists the bookings the event would displace; nothing is saved. */
    public void check() {
        try {
            inTheWay = events.inTheWay(caller.require(), form);
            if (inTheWay.isEmpty()) {
                FacesFeedback.info("event.nothingInTheWay");
            }
        } catch (Refusal refusal) {
            inTheWay = null;
            FacesFeedback.refused(refusal, "event");
        }
    }

    public void create() {
        try {
            Events.Created created = events.create(caller.require(), form);
            FacesFeedback.info("event.createdDone", created.displaced());
            form = new EventForm();
            inTheWay = null;
            organised = null;
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "event");
        }
    }

    public void cancel(long id) {
        try {
            events.cancel(caller.require(), id);
            FacesFeedback.info("event.cancelledDone");
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "events");
        }
        organised = null;
    }

    public void showRegistrations(long id) {
        try {
            registrations = events.registrations(caller.require(), id);
            shownEvent = id;
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "events");
        }
    }

    public void saveNgoDay() {
        try {
            MonthDay day = events.setNgoDay(caller.require(), ngoDayMonth, ngoDayDay);
            FacesFeedback.info("ngoDay.savedDone", day.getDayOfMonth(), day.getMonthValue());
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "ngoDay");
        }
    }

    /** The caller's events ahead: those they may organise, cancelled ones last. */
    public List<EventView> getOrganised() {
        if (organised == null) {
            organised = events.organisedAhead(caller.require());
        }
        return organised;
    }

    public List<String> getScopes() {
        return caller.require().holds(Role.NATIONAL_ADMIN)
                ? List.of("NATIONAL", "REGIONAL", "HOUSE")
                : List.of("REGIONAL", "HOUSE");
    }

    public List<RegionView> getRegions() {
        Caller me = caller.require();
        return premises.regions().stream()
                .filter(r -> EventAccess.organisesIn(me, r.code()))
                .sorted(language.order(RegionView::name))
                .toList();
    }

    public List<HouseSummary> getHouses() {
        Caller me = caller.require();
        return premises.houses().stream()
                .filter(h -> EventAccess.organisesIn(me, h.regionCode()))
                .sorted(language.order(HouseSummary::name))
                .toList();
    }

    /** The active rooms of the caller's Houses, read once a view (JSF asks several times). */
    public List<RoomChoice> getRooms() {
        if (rooms == null) {
            rooms =
                    getHouses().stream()
                            .flatMap(h -> premises.house(h.id()).stream())
                            .flatMap(
                                    house ->
                                            RoomChoice.activeIn(house)
                                                    .sorted(language.order(RoomChoice::room)))
                            .toList();
        }
        return rooms;
    }

    public boolean isApprover() {
        return caller.get().map(c -> c.holds(Role.AKIMAT_APPROVER)).orElse(false);
    }

    public boolean isAdmin() {
        return caller.require().holds(Role.NATIONAL_ADMIN);
    }

    public EventForm getForm() {
        return form;
    }

    public List<BookingView> getInTheWay() {
        return inTheWay;
    }

    public Long getShownEvent() {
        return shownEvent;
    }

    public List<RegistrationRow> getRegistrations() {
        return registrations;
    }

    public Integer getNgoDayMonth() {
        return ngoDayMonth;
    }

    public void setNgoDayMonth(Integer ngoDayMonth) {
        this.ngoDayMonth = ngoDayMonth;
    }

    public Integer getNgoDayDay() {
        return ngoDayDay;
    }

    public void setNgoDayDay(Integer ngoDayDay) {
        this.ngoDayDay = ngoDayDay;
    }
}
