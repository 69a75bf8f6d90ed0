package kz.housesofdemocracy.bookings.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
import kz.housesofdemocracy.platform.web.FacesFeedback;
import kz.housesofdemocracy.platform.web.FacesRefusals;
import kz.housesofdemocracy.premises.boundary.EquipmentView;
import kz.housesofdemocracy.premises.boundary.Premises;

/**
 * A House's calendar page: the day or the week, and "find a room by time". View-scoped: the search
 * form sits inside the day grid, so the grid must still be there when the search is posted.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    @Inject private CurrentLanguage language;
    @Inject private Clock clock;

    private static final long serialVersionUID = 1L;

    @Inject private HouseCalendar calendar;
    @Inject private Premises premises;
    @Inject private CurrentCaller caller;

    private String house;
    private String date;
    private String view;
    private long houseId;
    private LocalDate day;
    private HouseCalendar.Day grid;
    private HouseCalendar.Week week;

    // find a room
    private String start = "14:00";
    private String end = "16:00";
    private Integer people = 10;
    private List<String> equipment = new ArrayList<>();
    private boolean stepFree;
    private List<HouseCalendar.FreeRoom> found;

    public void load() {
        try {
            resolve();
            if ("week".equals(view)) {
                week = calendar.week(caller.get().orElse(null), houseId, day);
            } else {
                grid = calendar.day(caller.get().orElse(null), houseId, day);
            }
        } catch (java.time.format.DateTimeParseException wrong) {
            FacesRefusals.sendError(Refusal.notFound("problem.notFound.detail"));
        } catch (Refusal refusal) {
            FacesRefusals.sendError(refusal);
        }
    }

    /** The House and the day, from the page's address (or the form's hidden fields on a post). */
    private void resolve() {
        houseId =
                EntityId.parse(house)
                        .orElseThrow(() -> Refusal.notFound("problem.house.notFound", house));
        day = date == null || date.isBlank() ? Clocks.today(clock) : LocalDate.parse(date);
    }

    public void find() {
        try {
            resolve();
            grid = calendar.day(caller.get().orElse(null), houseId, day);
        } catch (java.time.format.DateTimeParseException wrong) {
            FacesRefusals.sendError(Refusal.notFound("problem.notFound.detail"));
            return;
        } catch (Refusal refusal) {
            FacesRefusals.sendError(refusal);
            return;
        }
        try {
            LocalTime from = FreeRoomsResource.time("start", start);
            LocalTime to = FreeRoomsResource.time("end", end);
            found =
                    calendar.free(
                            houseId,
                            new HouseCalendar.Wish(
                                    day,
                                    from,
                                    to,
                                    people == null ? 1 : people,
                                    new LinkedHashSet<>(equipment),
                                    stepFree));
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "find");
        }
    }

    public String cellClass(HouseCalendar.Cell cell) {
        return "slot slot--" + cell.state().name().toLowerCase(java.util.Locale.ROOT);
    }

    public List<EquipmentView> getEquipmentList() {
        return language.sorted(premises.equipment(), EquipmentView::name);
    }

    public LocalDate getDay() {
        resolved();
        return day;
    }

    public LocalDate getPrevious() {
        resolved();
        return "week".equals(view) ? day.minusWeeks(1) : day.minusDays(1);
    }

    public LocalDate getNext() {
        resolved();
        return "week".equals(view) ? day.plusWeeks(1) : day.plusDays(1);
    }

    /**
     * The day grid; on a post that stopped before the search (a value that did not convert), it is
     * read again so the page can show the form and its messages.
     */
    public HouseCalendar.Day getGrid() {
        if (grid == null && week == null && !"week".equals(view) && resolved()) {
            grid = calendar.day(caller.get().orElse(null), houseId, day);
        }
        return grid;
    }

    private boolean resolved() {
        if (day == null) {
            try {
                resolve();
            } catch (RuntimeException unreadable) {
                day = Clocks.today(clock);
                return false;
            }
        }
        return true;
    }

    public HouseCalendar.Week getWeek() {
        return week;
    }

    public long getHouseId() {
        return houseId;
    }

    public String getHouse() {
        return house;
    }

    public void setHouse(String house) {
        this.house = house;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    /** "week" or "day" (the default): never empty, as it goes into the navigation links. */
    public String getView() {
        return "week".equals(view) ? "week" : "day";
    }

    public void setView(String view) {
        this.view = view;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public Integer getPeople() {
        return people;
    }

    public void setPeople(Integer people) {
        this.people = people;
    }

    public List<String> getEquipment() {
        return equipment;
    }

    public void setEquipment(List<String> equipment) {
        this.equipment = equipment;
    }

    public boolean isStepFree() {
        return stepFree;
    }

    public void setStepFree(boolean stepFree) {
        this.stepFree = stepFree;
    }

    public List<HouseCalendar.FreeRoom> getFound() {
        return found;
    }
}
