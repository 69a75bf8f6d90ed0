package kz.housesofdemocracy.premises.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.TextsForm;
import kz.housesofdemocracy.platform.web.FacesFeedback;
import kz.housesofdemocracy.platform.web.FacesRefusals;

/**
 * A House as its managers keep it: facts and week, rooms and offices (its staff: {@code
 * HouseStaffPanel}).
 */
@Named
@ViewScoped
public class StaffHousePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    @Inject private PremisesAdministration administration;
    @Inject private CurrentCaller caller;

    private String id;
    private long houseId;
    private HouseDetails house;
    private HouseForm form;
    private Integer quotaHours;
    private Integer quotaFuture;

    /** Loads the House after checking the caller may manage it: 403 or 404 otherwise. */
    public void load() {
        if (house != null) {
            return;
        }
        try {
            houseId =
                    EntityId.parse(id)
                            .orElseThrow(() -> Refusal.notFound("problem.house.notFound", id));
            refresh();
        } catch (Refusal refusal) {
            FacesRefusals.sendError(refusal);
        }
    }

    private void refresh() {
        house = administration.manageableHouse(caller.require(), houseId);
        form = new HouseForm();
        form.setRegionCode(house.regionCode());
        form.setName(TextsForm.of(house.name()));
        form.setAddress(TextsForm.of(house.address()));
        form.setPhone(house.phone());
        form.setEmail(house.email());
        form.setTimeZone(house.timeZone());
        List<HouseForm.DayForm> days = new ArrayList<>();
        for (OpeningDay day : house.openingHours()) {
            days.add(
                    new HouseForm.DayForm(
                            day.day().name(),
                            day.open(),
                            day.open() ? HOURS.format(day.opens()) : "09:00",
                            day.open() ? HOURS.format(day.closes()) : "18:00"));
        }
        form.setOpeningHours(days);
        form.setOpenedOn(house.openedOn());
        form.setClosedOn(house.closedOn());
        quotaHours = house.quotaHoursMonth();
        quotaFuture = house.quotaFutureBookings();
    }

    /** Saves the fair-use quotas per NGO. */
    public void saveQuotas() {
        try {
            administration.setQuotas(caller.require(), houseId, quotaHours, quotaFuture);
            FacesFeedback.info("quotas.saved");
            refresh();
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "quotas");
        }
    }

    public Integer getQuotaHours() {
        return quotaHours;
    }

    public void setQuotaHours(Integer quotaHours) {
        this.quotaHours = quotaHours;
    }

    public Integer getQuotaFuture() {
        return quotaFuture;
    }

    public void setQuotaFuture(Integer quotaFuture) {
        this.quotaFuture = quotaFuture;
    }

    public void save() {
        try {
            administration.updateHouse(caller.require(), houseId, form);
            FacesFeedback.info("house.saved");
            refresh();
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "details");
        }
    }

    public void retireRoom(long roomId) {
        try {
            administration.retireRoom(caller.require(), roomId);
            FacesFeedback.info("room.retiredDone");
            refresh();
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "rooms");
        }
    }

    public void retireOffice(long officeId) {
        try {
            administration.retireOffice(caller.require(), officeId);
            FacesFeedback.info("office.retired");
            refresh();
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "offices");
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public HouseDetails getHouse() {
        return house;
    }

    /** Whether the caller sets the House's closing date (the national administrator). */
    public boolean isMayClose() {
        return kz.housesofdemocracy.access.control.AccessPolicy.may(
                caller.require(),
                kz.housesofdemocracy.access.control.Action.ADMINISTER_PREMISES,
                kz.housesofdemocracy.access.control.Scope.national());
    }

    public HouseForm getForm() {
        return form;
    }
}
