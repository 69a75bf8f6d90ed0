package kz.housesofdemocracy.bookings.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.ngos.boundary.NgoViews;
import kz.housesofdemocracy.ngos.boundary.Ngos;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
import kz.housesofdemocracy.platform.web.FacesFeedback;
import kz.housesofdemocracy.platform.web.FacesRefusals;
import kz.housesofdemocracy.premises.boundary.Premises;
import kz.housesofdemocracy.premises.boundary.RoomView;

/**
 * A recurring series: the rule, a preview of every occurrence with what stands in its way, then
 * "save all" or "save only the free ones".
 */
@Named
@ViewScoped
public class SeriesPage implements Serializable {

    @Inject private Clock clock;

    private static final long serialVersionUID = 1L;

    @Inject private Series series;
    @Inject private Premises premises;
    @Inject private Ngos ngos;
    @Inject private CurrentCaller caller;
    @Inject private CurrentLanguage language;

    private String room;
    private final SeriesForm form = new SeriesForm();
    private RoomView roomView;
    private List<NgoViews.Summary> myNgos;
    private Series.Preview preview;
    private String ending = "until";

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
            LocalDate first = Clocks.today(clock).plusDays(7);
            form.setFirst(first);
            form.setUntil(first.plusWeeks(4));
            form.setWeekdays(new java.util.ArrayList<>(List.of(first.getDayOfWeek().name())));
            form.setDayOfMonth(first.getDayOfMonth());
            form.setWeekOfMonth(1);
            form.setWeekday(first.getDayOfWeek().name());
            form.setStart("10:00");
            form.setEnd("12:00");
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
        }
    }

    /** Lists every occurrence with what stands in its way; nothing is saved. */
    public void showPreview() {
        try {
            applyEnding();
            preview = series.preview(caller.require(), form, language.getLocale());
        } catch (Refusal refusal) {
            preview = null;
            FacesFeedback.refused(refusal, "series");
        }
    }

    public void saveAll() throws IOException {
        save(false);
    }

    public void saveFree() throws IOException {
        save(true);
    }

    private void save(boolean onlyFree) throws IOException {
        try {
            applyEnding();
            Series.Made made =
                    series.create(caller.require(), form, onlyFree, language.getLocale());
            FacesFeedback.infoAfterRedirect(
                    "series.saved", made.booked().size(), made.skipped().size());
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/ngo/bookings.xhtml");
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "series");
            showPreviewQuietly();
        }
    }

    private void showPreviewQuietly() {
        try {
            preview = series.preview(caller.require(), form, language.getLocale());
        } catch (Refusal ignored) {
            preview = null;
        }
    }

    /** Only one of "until a date" and "a number of times" goes to the rule. */
    private void applyEnding() {
        if ("count".equals(ending)) {
            form.setUntil(null);
        } else {
            form.setCount(null);
        }
    }

    public List<String> getTimes() {
        return new BookingPage().getTimes();
    }

    public List<String> getDays() {
        return List.of(
                "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
    }

    public RoomView getRoomView() {
        return roomView;
    }

    public List<NgoViews.Summary> getMyNgos() {
        return myNgos;
    }

    public SeriesForm getForm() {
        return form;
    }

    public Series.Preview getPreview() {
        return preview;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public String getEnding() {
        return ending;
    }

    public void setEnding(String ending) {
        this.ending = ending;
    }
}
