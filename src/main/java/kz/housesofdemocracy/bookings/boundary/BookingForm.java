package kz.housesofdemocracy.bookings.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a booking request asks for: times are the House's local time on the half-hour grid
 * ("14:30").
 */
public class BookingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long ngoId;
    private Long roomId;
    private LocalDate date;
    private String start;
    private String end;
    private String purpose;
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
