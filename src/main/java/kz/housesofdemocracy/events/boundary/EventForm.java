package kz.housesofdemocracy.events.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A new event: its scope (NATIONAL, REGIONAL with a region, HOUSE with a House), title and
 * description in up to three languages, when (local time of its House, or Astana's), whether it is
 * public, an optional registration capacity and deadline, and the rooms it holds.
 */
public class EventForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private String scope = "HOUSE";
    private String regionCode;
    private Long houseId;
    private kz.housesofdemocracy.platform.i18n.TextsForm title =
            new kz.housesofdemocracy.platform.i18n.TextsForm();
    private kz.housesofdemocracy.platform.i18n.TextsForm description =
            new kz.housesofdemocracy.platform.i18n.TextsForm();
    private LocalDate date;
    private String start;
    private LocalDate endDate;
    private String end;
    private Boolean publicEvent = Boolean.TRUE;
    private Integer capacity;
    private LocalDate registrationDeadline;
    private java.util.List<Long> roomIds = new java.util.ArrayList<>();

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public Long getHouseId() {
        return houseId;
    }

    public void setHouseId(Long houseId) {
        this.houseId = houseId;
    }

    public kz.housesofdemocracy.platform.i18n.TextsForm getTitle() {
        return title;
    }

    public void setTitle(kz.housesofdemocracy.platform.i18n.TextsForm title) {
        this.title = title;
    }

    public kz.housesofdemocracy.platform.i18n.TextsForm getDescription() {
        return description;
    }

    public void setDescription(kz.housesofdemocracy.platform.i18n.TextsForm description) {
        this.description = description;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public Boolean getPublicEvent() {
        return publicEvent;
    }

    public void setPublicEvent(Boolean publicEvent) {
        this.publicEvent = publicEvent;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public LocalDate getRegistrationDeadline() {
        return registrationDeadline;
    }

    public void setRegistrationDeadline(LocalDate registrationDeadline) {
        this.registrationDeadline = registrationDeadline;
    }

    public java.util.List<Long> getRoomIds() {
        return roomIds;
    }

    public void setRoomIds(java.util.List<Long> roomIds) {
        this.roomIds = roomIds;
    }
}
