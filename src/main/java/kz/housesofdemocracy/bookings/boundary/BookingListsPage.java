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

/** "My bookings" for representatives, and the staff's queue and upcoming bookings. */
@Named
@ViewScoped
public class BookingListsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Bookings bookings;
    @Inject private Series series;
    @Inject private Waitlist waitlist;
    @Inject private Feeds feeds;
    @Inject private Displacements displacements;
    @Inject private CurrentCaller caller;

    private List<Waitlist.EntryView> waiting;
    private List<Displacements.AlternativeView> alternatives;
    private String feedUrl;

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

    public List<Waitlist.EntryView> getWaiting() {
        if (waiting == null) {
            waiting = waitlist.mine(caller.require());
        }
        return waiting;
    }

    /** What an event's hold offered instead of the bookings it displaced. */
    public List<Displacements.AlternativeView> getAlternatives() {
        if (alternatives == null) {
            alternatives = displacements.mine(caller.require());
        }
        return alternatives;
    }

    /** Takes an alternative with one click: an ordinary booking, every rule checked again. */
    public void takeAlternative(long alternativeId) {
        act(
                () -> displacements.take(caller.require(), alternativeId),
                "alternative.takenDone",
                "alternatives");
    }

    /** Takes a slot offered from the waitlist. */
    public void take(long entryId) {
        act(() -> waitlist.accept(caller.require(), entryId), "waitlist.taken", "waitlist");
    }

    public void leave(long entryId) {
        act(() -> waitlist.withdraw(caller.require(), entryId), "waitlist.left", "waitlist");
    }

    /** A new address for the caller's calendar feed, shown once. */
    public void renewFeed() {
        feedUrl = feeds.renew(caller.require());
        FacesFeedback.info("feed.renewed");
    }

    public void revokeFeed() {
        feeds.revoke(caller.require());
        feedUrl = null;
        FacesFeedback.info("feed.revoked");
    }

    public boolean isHasFeed() {
        return feeds.has(caller.require());
    }

    public String getFeedUrl() {
        return feedUrl;
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
        mine = null;
        queue = null;
        upcoming = null;
        waiting = null;
        alternatives = null;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
