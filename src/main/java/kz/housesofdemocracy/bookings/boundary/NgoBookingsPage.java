package kz.housesofdemocracy.bookings.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.bookings.control.BookingFilter;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.web.FacesFeedback;

/**
 * "My bookings" (ngo/bookings): a representative's bookings (upcoming, past, or cancelled and
 * rejected), waitlist, alternatives and feed.
 */
@Named
@ViewScoped
public class NgoBookingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Bookings bookings;
    @Inject private Waitlist waitlist;
    @Inject private Feeds feeds;
    @Inject private Displacements displacements;
    @Inject private CurrentCaller caller;

    private BookingFilter shown = BookingFilter.UPCOMING;
    private List<BookingView> mine;
    private List<Waitlist.EntryView> waiting;
    private List<Displacements.AlternativeView> alternatives;
    private String feedUrl;

    public List<BookingView> getMine() {
        if (mine == null) {
            mine = bookings.mine(caller.require(), shown);
        }
        return mine;
    }

    /** Which bookings are shown: {@code ?show=upcoming|past|cancelled}, upcoming by default. */
    public String getShow() {
        return shown.tag();
    }

    public void setShow(String show) {
        shown = BookingFilter.fromTag(show);
        mine = null;
    }

    public BookingFilter[] getFilters() {
        return BookingFilter.values();
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

    public void cancel(long id) {
        act(() -> bookings.cancel(caller.require(), id, null), "booking.cancelledDone", "lists");
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

    private void act(Runnable action, String doneKey, String form) {
        try {
            action.run();
            FacesFeedback.info(doneKey);
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, form);
        }
        mine = null;
        waiting = null;
        alternatives = null;
    }
}
