package kz.housesofdemocracy.events.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.bookings.boundary.BookingView;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.platform.i18n.Messages;
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

    @Inject private Clock clock;

    private static final long serialVersionUID = 1L;

    @Inject private Events events;
    @Inject private Premises premises;
    @Inject private CurrentCaller caller;

    private EventForm form = new EventForm();
    private List<BookingView> inTheWay;
    private List<EventView> organised;
    private Long shownEvent;
    private List<Events.RegistrationRow> registrations;
    private Integer ngoDayMonth;
    private Integer ngoDayDay;
    private List<RoomChoice> rooms;

    /** A room an event may hold, named with its House. */
    public record RoomChoice(long id, LocalizedText house, LocalizedText room, int capacity)
            implements Serializable {}

    public void load() {
        Caller me = caller.require();
        if (!me.holds(Role.NATIONAL_ADMIN) && !me.holds(Role.AKIMAT_APPROVER)) {
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
        form.setTitle(
                kz.housesofdemocracy.platform.i18n.TextsForm.of(
                        LocalizedText.of(locale -> Messages.get(locale, "ngoDay.name"))));
        form.setScope(isAdmin() ? "NATIONAL" : "REGIONAL");
        form.setStart("10:00");
        form.setEnd("18:00");
        events.ngoDay()
                .ifPresent(
                        d -> {
                            LocalDate today = Clocks.today(clock);
                            LocalDate next = d.atYear(today.getYear());
                            form.setDate(
                                    next.isAfter(today) ? next : d.atYear(today.getYear() + 1));
                        });
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
            Caller me = caller.require();
            LocalDate today = Clocks.today(clock);
            organised =
                    events.between(me, today, today.plusDays(366), null, null).stream()
                            .filter(
                                    e ->
                                            AccessPolicy.may(
                                                    me,
                                                    Action.ORGANISE_EVENT,
                                                    e.regionCode() == null
                                                            ? Scope.national()
                                                            : Scope.region(e.regionCode())))
                            .toList();
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
                .filter(r -> AccessPolicy.may(me, Action.ORGANISE_EVENT, Scope.region(r.code())))
                .toList();
    }

    public List<HouseSummary> getHouses() {
        Caller me = caller.require();
        return premises.houses().stream()
                .filter(
                        h ->
                                AccessPolicy.may(
                                        me, Action.ORGANISE_EVENT, Scope.region(h.regionCode())))
                .toList();
    }

    public List<RoomChoice> getRooms() {
        if (rooms != null) {
            return rooms; // JSF asks for the list several times a request; read it once a view
        }
        rooms = new ArrayList<>();
        for (HouseSummary house : getHouses()) {
            premises.house(house.id())
                    .ifPresent(
                            details ->
                                    details.rooms().stream()
                                            .filter(r -> r.active())
                                            .forEach(
                                                    r ->
                                                            rooms.add(
                                                                    new RoomChoice(
                                                                            r.id(),
                                                                            details.name(),
                                                                            r.name(),
                                                                            r.capacity()))));
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

    public List<Events.RegistrationRow> getRegistrations() {
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
