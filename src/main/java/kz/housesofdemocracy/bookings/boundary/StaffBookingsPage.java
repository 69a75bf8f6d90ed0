package kz.housesofdemocracy.bookings.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.web.FacesFeedback;
import kz.housesofdemocracy.platform.web.FacesRefusals;

/** The staff's bookings (staff/bookings): the queue to decide and the upcoming bookings. */
@Named
@ViewScoped
public class StaffBookingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Bookings bookings;
    @Inject private Series series;
    @Inject private CurrentCaller caller;

    private List<BookingView> queue;
    private List<BookingView> upcoming;
    private String reason;

    public void load() {
        var me = caller.require();
        if (!me.holds(Role.HOUSE_MANAGER) && !me.holds(Role.AKIMAT_APPROVER)) {
            FacesRefusals.sendError(Refusal.forbidden());
        }
    }

    public List<BookingView> getQueue() {
        if (queue == null) {
            queue = bookings.queue(caller.require());
        }
        return queue;
    }

    public List<BookingView> getUpcoming() {
        if (upcoming == null) {
            upcoming = bookings.upcoming(caller.require());
        }
        return upcoming;
    }

    /** Approves every pending occurrence of a hall's series at once. */
    public void approveSeries(long seriesId) {
        act(
                () -> series.decide(caller.require(), seriesId, true, null),
                "series.approvedDone",
                "queue");
    }

    public void rejectSeries(long seriesId) {
        act(
                () -> series.decide(caller.require(), seriesId, false, reason),
                "series.rejectedDone",
                "queue");
    }

    public void approve(long id) {
        act(() -> bookings.approve(caller.require(), id), "booking.approvedDone", "queue");
    }

    public void reject(long id) {
        act(() -> bookings.reject(caller.require(), id, reason), "booking.rejectedDone", "queue");
    }

    public void cancel(long id) {
        act(() -> bookings.cancel(caller.require(), id, reason), "booking.cancelledDone", "lists");
    }

    private void act(Runnable action, String doneKey, String form) {
        try {
            action.run();
            FacesFeedback.info(doneKey);
            reason = null;
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, form);
        }
        queue = null;
        upcoming = null;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
