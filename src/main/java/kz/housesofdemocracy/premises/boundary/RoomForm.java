package kz.housesofdemocracy.premises.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kz.housesofdemocracy.platform.i18n.TextsForm;
import kz.housesofdemocracy.premises.control.PremisesInput;
import kz.housesofdemocracy.premises.entity.BookingRules;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What adding or editing a room asks for, booking rules included (defaults filled in). */
@Schema(
        description =
                "A room's facts as adding or changing it takes them; the booking rules default"
                        + " to 30–480 minutes, 90 days ahead, 120 minutes' notice.")
public class RoomForm implements Serializable, PremisesInput.RoomFields {

    private static final long serialVersionUID = 1L;

    @Schema(
            description = "What the room is for.",
            required = true,
            enumeration = {"HALL", "MEETING_ROOM", "TRAINING_ROOM", "COWORKING"},
            example = "MEETING_ROOM")
    private String kind;

    @Schema(description = "The room's name, up to 200 characters a language.")
    private TextsForm name = new TextsForm();

    @Schema(
            description = "How many people it seats.",
            required = true,
            minimum = "1",
            maximum = "5000",
            example = "20")
    private Integer capacity;

    @Schema(description = "Equipment codes from listEquipment.", example = "[\"projector\"]")
    private List<String> equipment = new ArrayList<>();

    @Schema(description = "Reachable without steps (wheelchair access).")
    private boolean stepFree;

    @Schema(
            description =
                    "The market rate of an hour in tenge: 0 to 10,000,000, two decimals at most.",
            required = true,
            example = "5000")
    private BigDecimal hourlyRateKzt;

    @Schema(description = "Bookings wait for staff approval instead of being confirmed.")
    private boolean needsApproval;

    @Schema(
            description = "Shortest booking in minutes, whole half-hours.",
            defaultValue = "30",
            example = "30")
    private Integer minMinutes = BookingRules.DEFAULT.minMinutes();

    @Schema(
            description =
                    "Longest booking in minutes, whole half-hours, at least the shortest, at most"
                            + " 1440.",
            defaultValue = "480",
            example = "480")
    private Integer maxMinutes = BookingRules.DEFAULT.maxMinutes();

    @Schema(
            description = "How many days ahead it may be booked, 1 to 730.",
            defaultValue = "90",
            example = "90")
    private Integer horizonDays = BookingRules.DEFAULT.horizonDays();

    @Schema(
            description = "Notice a booking needs in minutes, 0 to 43,200 (30 days).",
            defaultValue = "120",
            example = "120")
    private Integer noticeMinutes = BookingRules.DEFAULT.noticeMinutes();

    @Schema(
            description =
                    "The first day it counts (ISO 8601, in the House's zone): no bookings before"
                            + " it, nor before its House's. Today when left out on creation; unchanged when left out on a"
                            + " change.",
            example = "2027-01-01")
    private java.time.LocalDate openedOn;

    @Schema(
            description =
                    "The day it stops counting (ISO 8601): it closes at the start of that day in"
                            + " the House's zone; after the opening day. Null or left out: no"
                            + " closing date (clearing a closing date still ahead reopens it).",
            example = "2030-01-01")
    private java.time.LocalDate closedOn;

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

    public java.time.LocalDate getOpenedOn() {
        return openedOn;
    }

    public void setOpenedOn(java.time.LocalDate openedOn) {
        this.openedOn = openedOn;
    }

    public java.time.LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(java.time.LocalDate closedOn) {
        this.closedOn = closedOn;
    }
}
