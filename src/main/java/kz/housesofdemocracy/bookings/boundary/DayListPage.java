package kz.housesofdemocracy.bookings.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.web.FacesFeedback;
import kz.housesofdemocracy.platform.web.FacesRefusals;
import kz.housesofdemocracy.premises.boundary.HouseDetails;
import kz.housesofdemocracy.premises.boundary.Premises;

/** A House's day for its staff: who is booked, check-in, no-shows and each NGO's no-show rate. */
@Named
@ViewScoped
public class DayListPage implements Serializable {

    @Inject private Clock clock;

    private static final long serialVersionUID = 1L;

    @Inject private Attendance attendance;
    @Inject private Premises premises;
    @Inject private CurrentCaller caller;

    private String house;
    private String date;
    private long houseId;
    private LocalDate day;
    private HouseDetails details;
    private List<Attendance.DayEntry> entries;

    public void load() {
        try {
            houseId =
                    EntityId.parse(house)
                            .orElseThrow(() -> Refusal.notFound("problem.house.notFound", house));
            details =
                    premises.house(houseId)
                            .orElseThrow(() -> Refusal.notFound("problem.house.notFound", house));
            day = AvailabilityResource.date(date, clock);
            entries = attendance.day(caller.require(), houseId, day);
        } catch (Refusal refusal) {
            FacesRefusals.sendError(refusal);
        }
    }

    public void checkIn(long bookingId) {
        try {
            attendance.checkIn(caller.require(), bookingId);
            FacesFeedback.info("checkin.done");
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "day");
        }
        entries = attendance.day(caller.require(), houseId, day);
    }

    public List<Attendance.DayEntry> getEntries() {
        return entries;
    }

    public HouseDetails getDetails() {
        return details;
    }

    public LocalDate getDay() {
        return day;
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
}
