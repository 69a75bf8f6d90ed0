package kz.housesofdemocracy.bookings.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.web.FacesFeedback;
import kz.housesofdemocracy.platform.web.FacesRefusals;

/**
 * One booking, to move or cancel: for an occurrence of a series, this one, this and the following
 * ones, or all of them.
 */
@Named
@ViewScoped
public class OccurrencePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Bookings bookings;
    @Inject private Series series;
    @Inject private CurrentCaller caller;

    private String id;
    private BookingView booking;
    private String scope = "ONE";
    private String start;
    private String end;
    private String purpose;
    private Integer attendees;
    private String reason;

    public void load() {
        if (booking != null) {
            return;
        }
        try {
            long bookingId =
                    EntityId.parse(id)
                            .orElseThrow(() -> Refusal.notFound("refusal.booking.notFound", id));
            booking = bookings.details(caller.require(), bookingId);
            start = booking.start().toString();
            end = booking.end().toString();
            purpose = booking.purpose();
            attendees = booking.attendees();
        } catch (Refusal refusal) {
            FacesRefusals.sendError(refusal);
        }
    }

    public void change() throws IOException {
        try {
            List<BookingView> moved =
                    series.change(
                            caller.require(),
                            booking.id(),
                            BookingsResource.scope(scope),
                            start,
                            end,
                            purpose,
                            attendees);
            done("series.changedDone", moved.size());
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "change");
        }
    }

    public void cancel() throws IOException {
        try {
            List<BookingView> cancelled =
                    series.cancel(
                            caller.require(), booking.id(), BookingsResource.scope(scope), reason);
            done("series.cancelledDone", cancelled.size());
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "cancel");
        }
    }

    private void done(String key, int count) throws IOException {
        FacesFeedback.infoAfterRedirect(key, count);
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/ngo/bookings.xhtml");
    }

    public List<String> getTimes() {
        return new BookingPage().getTimes();
    }

    public BookingView getBooking() {
        return booking;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
