package kz.housesofdemocracy.bookings.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.bookings.entity.BookingStatus;
import kz.housesofdemocracy.ngos.boundary.NgoViews;
import kz.housesofdemocracy.ngos.boundary.Ngos;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
import kz.housesofdemocracy.platform.web.FacesFeedback;
import kz.housesofdemocracy.platform.web.FacesRefusals;
import kz.housesofdemocracy.premises.boundary.HouseDetails;
import kz.housesofdemocracy.premises.boundary.OpeningDay;
import kz.housesofdemocracy.premises.boundary.Premises;
import kz.housesofdemocracy.premises.boundary.RoomView;

/**
 * The booking request form: NGO, room, date, start and end on the half-hour grid, purpose, people.
 */
@Named
@ViewScoped
public class BookingPage implements Serializable {

    @Inject private CurrentLanguage language;
    @Inject private Clock clock;

    private static final long serialVersionUID = 1L;

    @Inject private Bookings bookings;
    @Inject private Waitlist waitlist;
    @Inject private Premises premises;
    @Inject private Ngos ngos;
    @Inject private CurrentCaller caller;

    private String room;
    private String date;
    private String start;
    private final BookingForm form = new BookingForm();
    private RoomView roomView;
    private List<NgoViews.Summary> myNgos;
    private List<OpeningDay> hours = List.of();
    private boolean slotTaken;

    public void load() {
        if (roomView != null) {
            return;
        }
        try {
            long roomId =
                    EntityId.parse(room)
                            .orElseThrow(() -> Refusal.notFound("refusal.room.notFound", room));
            roomView =
                    premises.room(roomId)
                            .filter(RoomView::active)
                            .orElseThrow(() -> Refusal.notFound("refusal.room.notFound", room));
            form.setRoomId(roomId);
            hours =
                    premises.house(roomView.houseId())
                            .map(HouseDetails::openingHours)
                            .orElse(List.of());
            form.setDate(
                    date == null || date.isBlank()
                            ? Clocks.today(clock).plusDays(1)
                            : LocalDate.parse(date));
            form.setStart(start == null ? "10:00" : start);
            form.setEnd(start == null ? "12:00" : LocalTime.parse(start).plusHours(1).toString());
            getHoursOnDate()
                    .filter(h -> LocalTime.parse(form.getEnd()).isAfter(h.closes()))
                    .ifPresent(h -> form.setEnd(h.closes().toString()));
            myNgos =
                    ngos.mine(caller.require()).stream()
                            .filter(NgoViews.Summary::eligible)
                            .sorted(language.order(NgoViews.Summary::name))
                            .toList();
            if (myNgos.size() == 1) {
                form.setNgoId(myNgos.get(0).id());
            }
        } catch (Refusal refusal) {
            FacesRefusals.sendError(refusal);
        } catch (java.time.format.DateTimeParseException wrong) {
            FacesRefusals.sendError(Refusal.notFound("problem.notFound.detail"));
        }
    }

    /** After "taken": joins the slot's waitlist instead. */
    public void joinWaitlist() throws IOException {
        try {
            Waitlist.EntryView entry = waitlist.join(caller.require(), form);
            FacesFeedback.infoAfterRedirect("waitlist.joined", entry.place());
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/ngo/bookings.xhtml");
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "book");
        }
    }

    /**
     * The chosen NGO's use of this House's quotas in the month of the chosen date; null until an
     * NGO is chosen.
     */
    public Bookings.UsageView getUsage() {
        if (form.getNgoId() == null || roomView == null) {
            return null;
        }
        try {
            return bookings.usage(
                    caller.require(),
                    form.getNgoId(),
                    roomView.houseId(),
                    form.getDate() == null ? null : YearMonth.from(form.getDate()));
        } catch (Refusal refusal) {
            return null;
        }
    }

    /** Whether the usage shown is this month's (else it names its month). */
    public boolean isUsageThisMonth() {
        Bookings.UsageView usage = getUsage();
        return usage == null || usage.month().equals(YearMonth.from(Clocks.today(clock)));
    }

    public boolean isSlotTaken() {
        return slotTaken;
    }

    public void submit() throws IOException {
        slotTaken = false;
        try {
            BookingView booking = bookings.request(caller.require(), form);
            FacesFeedback.infoAfterRedirect(
                    booking.status() == BookingStatus.PENDING
                            ? "booking.requestedPending"
                            : "booking.requestedConfirmed");
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/ngo/bookings.xhtml");
        } catch (Refusal refusal) {
            slotTaken = "slot-taken".equals(refusal.type());
            FacesFeedback.refused(refusal, "book");
        }
    }

    /** The House's hours on the chosen date; empty when it is closed that weekday. */
    public Optional<OpeningDay> getHoursOnDate() {
        LocalDate day = form.getDate();
        if (day == null) {
            return Optional.empty();
        }
        return hours.stream().filter(h -> h.day() == day.getDayOfWeek() && h.open()).findFirst();
    }

    /** The half-hours a booking may start at on the chosen date: from opening to closing − 30. */
    public List<String> getStartTimes() {
        return getHoursOnDate()
                .map(h -> halfHours(h.opens(), h.closes().minusMinutes(30)))
                .orElse(List.of());
    }

    /** The half-hours a booking may end at on the chosen date: from opening + 30 to closing. */
    public List<String> getEndTimes() {
        return getHoursOnDate()
                .map(h -> halfHours(h.opens().plusMinutes(30), h.closes()))
                .orElse(List.of());
    }

    /**
     * Half-hours of a whole working day (07:00–22:00), for the series and occurrence forms, whose
     * dates are many.
     */
    public List<String> getTimes() {
        return halfHours(LocalTime.of(7, 0), LocalTime.of(22, 0));
    }

    private static List<String> halfHours(LocalTime from, LocalTime to) {
        List<String> times = new ArrayList<>();
        for (LocalTime t = from; !t.isAfter(to); t = t.plusMinutes(30)) {
            times.add(t.toString());
            if (t.equals(LocalTime.of(23, 30))) {
                break;
            }
        }
        return times;
    }

    public RoomView getRoomView() {
        return roomView;
    }

    public List<NgoViews.Summary> getMyNgos() {
        return myNgos;
    }

    public BookingForm getForm() {
        return form;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }
}
