package kz.housesofdemocracy.bookings.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.housesofdemocracy.accounts.boundary.CurrentCaller;
import kz.housesofdemocracy.accounts.entity.Role;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.web.FacesFeedback;
import kz.housesofdemocracy.platform.web.FacesRefusals;

/** "My bookings" for representatives, and the staff's queue and upcoming bookings. */
@Named
@ViewScoped
public class BookingListsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Bookings bookings;
    @Inject private CurrentCaller caller;

    private List<BookingView> mine;
    private List<BookingView> queue;
    private List<BookingView> upcoming;
    private String reason;

    public void loadStaff() {
        var me = caller.require();
        if (!me.holds(Role.HOUSE_MANAGER) && !me.holds(Role.AKIMAT_APPROVER)) {
            FacesRefusals.sendError(Refusal.forbidden());
        }
    }

    public List<BookingView> getMine() {
        if (mine == null) {
            mine = bookings.mine(caller.require());
        }
        return mine;
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
        mine = null;
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
