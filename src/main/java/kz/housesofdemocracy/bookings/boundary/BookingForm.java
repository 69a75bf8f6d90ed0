package kz.housesofdemocracy.bookings.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a booking request asks for: times are the House's local time on the half-hour grid
 * ("14:30").
 */
@Schema(
        description =
                "A booking request (also a waitlist request): the room, the NGO, one day and two"
                        + " half-hour times in the House's local time.")
public class BookingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(
            description = "The NGO the booking is for; the caller must represent it.",
            required = true,
            example = "7")
    private Long ngoId;

    @Schema(description = "The room wanted.", required = true, example = "14")
    private Long roomId;

    @Schema(
            description = "The day, ISO 8601 (YYYY-MM-DD).",
            required = true,
            example = "2026-12-08")
    private LocalDate date;

    @Schema(
            description = "Start, HH:mm in the House's local time, on the half-hour grid.",
            required = true,
            example = "14:00")
    private String start;

    @Schema(
            description =
                    "End, HH:mm in the House's local time, on the half-hour grid, after the start.",
            required = true,
            example = "16:00")
    private String end;

    @Schema(
            description = "What the room is used for, up to 500 characters.",
            required = true,
            example = "Youth debate club")
    private String purpose;

    @Schema(
            description = "How many people come; at most the room's capacity.",
            required = true,
            example = "25")
    private Integer attendees;

    public Long getNgoId() {
        return ngoId;
    }

    public void setNgoId(Long ngoId) {
        this.ngoId = ngoId;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
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

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public Integer getAttendees() {
        return attendees;
    }

    public void setAttendees(Integer attendees) {
        this.attendees = attendees;
    }
}
