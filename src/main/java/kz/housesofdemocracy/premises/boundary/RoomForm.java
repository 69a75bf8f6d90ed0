package kz.housesofdemocracy.premises.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kz.housesofdemocracy.platform.i18n.TextsForm;
import kz.housesofdemocracy.premises.control.PremisesInput;
import kz.housesofdemocracy.premises.entity.BookingRules;

/** What adding or editing a room asks for, booking rules included (defaults filled in). */
public class RoomForm implements Serializable, PremisesInput.RoomFields {

    private static final long serialVersionUID = 1L;

    private String kind;
    private TextsForm name = new TextsForm();
    private Integer capacity;
    private List<String> equipment = new ArrayList<>();
    private boolean stepFree;
    private BigDecimal hourlyRateKzt;
    private boolean needsApproval;
    private Integer minMinutes = BookingRules.DEFAULT.minMinutes();
    private Integer maxMinutes = BookingRules.DEFAULT.maxMinutes();
    private Integer horizonDays = BookingRules.DEFAULT.horizonDays();
    private Integer noticeMinutes = BookingRules.DEFAULT.noticeMinutes();

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public TextsForm getName() {
        return name;
    }

    public void setName(TextsForm name) {
        this.name = name;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
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

    public BigDecimal getHourlyRateKzt() {
        return hourlyRateKzt;
    }

    public void setHourlyRateKzt(BigDecimal hourlyRateKzt) {
        this.hourlyRateKzt = hourlyRateKzt;
    }

    public boolean isNeedsApproval() {
        return needsApproval;
    }

    public void setNeedsApproval(boolean needsApproval) {
        this.needsApproval = needsApproval;
    }

    public Integer getMinMinutes() {
        return minMinutes;
    }

    public void setMinMinutes(Integer minMinutes) {
        this.minMinutes = minMinutes;
    }

    public Integer getMaxMinutes() {
        return maxMinutes;
    }

    public void setMaxMinutes(Integer maxMinutes) {
        this.maxMinutes = maxMinutes;
    }

    public Integer getHorizonDays() {
        return horizonDays;
    }

    public void setHorizonDays(Integer horizonDays) {
        this.horizonDays = horizonDays;
    }

    public Integer getNoticeMinutes() {
        return noticeMinutes;
    }

    public void setNoticeMinutes(Integer noticeMinutes) {
        this.noticeMinutes = noticeMinutes;
    }
}
