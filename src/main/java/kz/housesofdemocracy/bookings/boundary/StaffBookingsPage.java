package kz.housesofdemocracy.bookings.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.bookings.control.BookingSearch;
import kz.housesofdemocracy.bookings.entity.BookingStatus;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
import kz.housesofdemocracy.platform.web.FacesFeedback;
import kz.housesofdemocracy.platform.web.FacesRefusals;
import kz.housesofdemocracy.platform.web.PagedRows;
import kz.housesofdemocracy.premises.boundary.HouseSummary;
import kz.housesofdemocracy.premises.boundary.Premises;
import org.primefaces.PrimeFaces;

/**
 * The staff's bookings (staff/bookings): the queue to decide and the list of bookings in their
 * scope, both a page at a time from the database. A rejection or cancellation asks for its reason
 * in a dialog of its own, which names the booking, so a reason cannot go to another row.
 */
@Named
@ViewScoped
public class StaffBookingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a reason is asked for: rejecting one booking, its whole series, or cancelling it. */
    public enum Kind {
        REJECT,
        REJECT_SERIES,
        CANCEL
    }

    @Inject private Bookings bookings;
    @Inject private Series series;
    @Inject private Premises premises;
    @Inject private CurrentCaller caller;
    @Inject private CurrentLanguage language;
    @Inject private Clock clock;

    private Long houseId;
    private String status = "";
    private LocalDate from;
    private LocalDate to;
    private String ngoText;
    private String order = "when";
    private boolean descending;

    private BookingView target;
    private Kind kind;
    private String reason;

    private final PagedRows<BookingView> queue = rows(true);
    private final PagedRows<BookingView> list = rows(false);

    /** A staff list of bookings, read a page at a time; by the chosen order unless a column is. */
    private PagedRows<BookingView> rows(boolean pendingOnly) {
        return new PagedRows<>(
                () -> bookings.staffCount(caller.require(), criteria(pendingOnly)),
                (first, size, field, ascending) ->
                        bookings.staffPage(
                                caller.require(),
                                criteria(pendingOnly),
                                first,
                                size,
                                field == null ? order : field,
                                field == null ? !descending : ascending,
                                language.get()),
                BookingView::id,
                null,
                true);
    }

    /**
     * House managers and approvers may open it (the authorisation matrix keeps administrators out;
     * the lists themselves would show them everything).
     */
    public void load() {
        var me = caller.require();
        if (!me.holds(Role.HOUSE_MANAGER)
                && !me.holds(Role.AKIMAT_APPROVER)
                && !me.holds(Role.NATIONAL_ADMIN)) {
            FacesRefusals.sendError(Refusal.forbidden());
        }
        if (from == null) {
            from = Clocks.today(clock);
        }
    }

    private BookingSearch.Criteria criteria(boolean pendingOnly) {
        return new BookingSearch.Criteria(
                pendingOnly,
                houseId,
                status == null || status.isBlank() ? null : BookingStatus.valueOf(status),
                pendingOnly ? null : from,
                to,
                ngoText);
    }

    /** Whether the caller decides bookings (managers and approvers), not only reads them. */
    public boolean isDecider() {
        Caller me = caller.require();
        return me.holds(Role.HOUSE_MANAGER) || me.holds(Role.AKIMAT_APPROVER);
    }

    /** The Houses the House filter offers: those in the caller's scope, by name. */
    public List<HouseSummary> getHouses() {
        Caller me = caller.require();
        return language.sorted(
                premises.houses().stream()
                        .filter(
                                h ->
                                        me.holds(Role.NATIONAL_ADMIN)
                                                || me.managesHouse(h.id())
                                                || me.approvesIn(h.regionCode()))
                        .toList(),
                HouseSummary::name);
    }

    public BookingStatus[] getStatuses() {
        return BookingStatus.values();
    }

    /** The file name of an export: the list's name and today's date. */
    public String exportName(String list) {
        return list + "-" + Clocks.today(clock);
    }

    /** Approves every pending occurrence of a hall's series at once. */
    public void approveSeries(long seriesId) {
        act(() -> series.decide(caller.require(), seriesId, true, null), "series.approvedDone");
    }

    public void approve(long id) {
        act(() -> bookings.approve(caller.require(), id), "booking.approvedDone");
    }

    /** Opens the reason dialog for one row's rejection, its series' or its cancellation. */
    public void ask(String what, BookingView row) {
        kind = Kind.valueOf(what);
        target = row;
        reason = null;
    }

    /** Carries out what the reason dialog was opened for, with the reason typed in it. */
    public void decide() {
        if (target == null || kind == null) {
            return;
        }
        Caller me = caller.require();
        long id = target.id();
        boolean done =
                switch (kind) {
                    case REJECT ->
                            act(() -> bookings.reject(me, id, reason), "booking.rejectedDone");
                    case REJECT_SERIES ->
                            act(
                                    () -> series.decide(me, target.seriesId(), false, reason),
                                    "series.rejectedDone");
                    case CANCEL ->
                            act(() -> bookings.cancel(me, id, reason), "booking.cancelledDone");
                };
        if (done) {
            target = null;
            kind = null;
            reason = null;
            PrimeFaces.current().ajax().addCallbackParam("decided", true);
        }
    }

    private boolean act(Runnable action, String doneKey) {
        try {
            action.run();
            FacesFeedback.info(doneKey);
            return true;
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "reasonForm");
            return false;
        }
    }

    public BookingView getTarget() {
        return target;
    }

    public Kind getKind() {
        return kind;
    }

    public PagedRows<BookingView> getQueue() {
        return queue;
    }

    public PagedRows<BookingView> getList() {
        return list;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getHouseId() {
        return houseId;
    }

    public void setHouseId(Long houseId) {
        this.houseId = houseId;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    public boolean isDescending() {
        return descending;
    }

    public void setDescending(boolean descending) {
        this.descending = descending;
    }

    public String getNgoText() {
        return ngoText;
    }

    public void setNgoText(String ngoText) {
        this.ngoText = ngoText;
    }
}
