package kz.housesofdemocracy.events.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.platform.i18n.TextsForm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new event: its scope (NATIONAL, REGIONAL with a region, HOUSE with a House), title and
 * description in up to three languages, when (local time of its House, or Astana's), whether it is
 * public, an optional registration capacity and deadline, and the rooms it holds.
 */
@Schema(
        description =
                "A new event. Times are local to its House (or Astana's for national and regional"
                        + " events) and must lie ahead.")
public class EventForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(
            description = "Who it is for; default HOUSE.",
            enumeration = {"NATIONAL", "REGIONAL", "HOUSE"},
            defaultValue = "HOUSE")
    private String scope = "HOUSE";

    @Schema(description = "The region's ISO 3166-2 code, for REGIONAL events.", examples = "KZ-71")
    private String regionCode;

    @Schema(description = "The House's id, for HOUSE events.")
    private Long houseId;

    @Schema(description = "The title in Kazakh, Russian and English (at least one).")
    private TextsForm title = new TextsForm();

    @Schema(description = "The description in Kazakh, Russian and English.")
    private TextsForm description = new TextsForm();

    @Schema(description = "The (first) day, an ISO date.", examples = "2027-01-15")
    private LocalDate date;

    @Schema(description = "The local start time, HH:mm.", examples = "10:00")
    private String start;

    @Schema(description = "The last day, an ISO date; default the first day.")
    private LocalDate endDate;

    @Schema(description = "The local end time on the last day, HH:mm.", examples = "18:00")
    private String end;

    @Schema(description = "Public (listed for all, takes registrations) or internal; default true.")
    private Boolean publicEvent = Boolean.TRUE;

    @Schema(description = "The seats registrations may take; absent: no registration.")
    private Integer capacity;

    @Schema(description = "The last day to register (ISO date); default the event's start.")
    private LocalDate registrationDeadline;

    @Schema(description = "The rooms it holds (room ids); bookings in their way are displaced.")
    private List<Long> roomIds = new ArrayList<>();

    /**
     * Fills it in for NGO Day: its name in three languages, the day's hours and, when known, its
     * next date; the rest of the form stays as it was.
     */
    public void prefillNgoDay(String scope, LocalDate nextDate) {
        title = TextsForm.of(LocalizedText.of(locale -> Messages.get(locale, "ngoDay.name")));
        this.scope = scope;
        start = "10:00";
        end = "18:00";
        if (nextDate != null) {
            date = nextDate;
        }
    }

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

    public TextsForm getTitle() {
        return title;
    }

    public void setTitle(TextsForm title) {
        this.title = title;
    }

    public TextsForm getDescription() {
        return description;
    }

    public void setDescription(TextsForm description) {
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

    public List<Long> getRoomIds() {
        return roomIds;
    }

    public void setRoomIds(List<Long> roomIds) {
        this.roomIds = roomIds;
    }
}
