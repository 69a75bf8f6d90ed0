package kz.housesofdemocracy.bookings.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.AsciiDigits;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
import kz.housesofdemocracy.platform.web.FacesFeedback;
import kz.housesofdemocracy.platform.web.FacesRefusals;
import kz.housesofdemocracy.premises.boundary.EquipmentView;
import kz.housesofdemocracy.premises.boundary.Premises;

/**
 * A House's calendar page: the day or the week, one room or all, and "find a room by time".
 * Everything comes from the address (the search is a plain GET form), so the bean lives for one
 * request and the page keeps no view state and no session for a visitor.
 */
@Named
@RequestScoped
public class CalendarPage {

    @Inject private CurrentLanguage language;
    @Inject private Clock clock;
    @Inject private HouseCalendar calendar;
    @Inject private Premises premises;
    @Inject private CurrentCaller caller;

    private String house;
    private String date;
    private String view;
    private String room;
    private long houseId;
    private LocalDate day;
    private HouseCalendar.Day grid;
    private HouseCalendar.Week week;

    // find a room: shown filled with a sensible proposal until someone asks
    private String start;
    private String end;
    private String people;
    private String stepFree;
    private List<HouseCalendar.FreeRoom> found;

    public void load() {
        try {
            resolve();
        } catch (DateTimeParseException wrong) {
            FacesRefusals.sendError(Refusal.notFound("problem.notFound.detail"));
            return;
        } catch (Refusal refusal) {
            FacesRefusals.sendError(refusal);
            return;
        }
        try {
            if ("week".equals(view)) {
                week = calendar.week(caller.get().orElse(null), houseId, day);
            } else {
                grid = calendar.day(caller.get().orElse(null), houseId, day);
                if (present(start) && present(end)) {
                    find();
                }
            }
        } catch (Refusal refusal) {
            FacesRefusals.sendError(refusal);
        }
    }

    private void resolve() {
        houseId =
                EntityId.parse(house)
                        .orElseThrow(() -> Refusal.notFound("problem.house.notFound", house));
        day = present(date) ? LocalDate.parse(date.strip()) : Clocks.today(clock);
    }

    private void find() {
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
                                    headcount(),
                                    new LinkedHashSet<>(getEquipment()),
                                    isStepFree()));
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "find");
        }
    }

    private int headcount() {
        if (!present(people)) {
            return 1;
        }
        try {
            int n = AsciiDigits.only(people.strip(), 4) ? Integer.parseInt(people.strip()) : 0;
            if (n >= 1 && n <= 5000) {
                return n;
            }
        } catch (NumberFormatException wrong) {
            // refused below
        }
        throw Refusal.invalid("people", "calendar.peopleInvalid");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** Read and ordered once a request (the search form's repeat asks more than once). */
    public List<EquipmentView> getEquipmentList() {
        if (equipmentList == null) {
            equipmentList = language.sorted(premises.equipment(), EquipmentView::name);
        }
        return equipmentList;
    }

    private List<EquipmentView> equipmentList;

    /** Whether an equipment code was asked for (the search form keeps its boxes ticked). */
    public boolean wants(String code) {
        return getEquipment().contains(code);
    }

    public LocalDate getDay() {
        return day;
    }

    public LocalDate getToday() {
        return Clocks.today(clock);
    }

    public LocalDate getPrevious() {
        return "week".equals(view) ? day.minusWeeks(1) : day.minusDays(1);
    }

    public LocalDate getNext() {
        return "week".equals(view) ? day.plusWeeks(1) : day.plusDays(1);
    }

    public HouseCalendar.Day getGrid() {
        return grid;
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

    /** The one room shown (the room switcher), or null for all. */
    public Long getRoomId() {
        return EntityId.parse(room).orElse(null);
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public String getStart() {
        return present(start) ? start : "14:00";
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return present(end) ? end : "16:00";
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public String getPeople() {
        return present(people) ? people : "10";
    }

    public void setPeople(String people) {
        this.people = people;
    }

    public boolean isStepFree() {
        return present(stepFree) && !"false".equals(stepFree);
    }

    public void setStepFree(String stepFree) {
        this.stepFree = stepFree;
    }

    /** The equipment asked for: a repeated parameter, so read from the request itself. */
    public Set<String> getEquipment() {
        String[] codes =
                FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getRequestParameterValuesMap()
                        .get("equipment");
        return codes == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(codes));
    }

    public List<HouseCalendar.FreeRoom> getFound() {
        return found;
    }
}
