package kz.housesofdemocracy.bookings.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PostLoad;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Money;
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.premises.entity.Room;

/**
 * One room for one NGO for one span of time. Its money is fixed when it is made (a later rate
 * change does not touch it): market value, subsidy share, subsidy, and the price charged.
 */
@Entity
@Table(name = "booking")
@EntityListeners(BookingFiguresListener.class)
@NamedQueries({
    @NamedQuery(
            name = Booking.OVERLAPPING,
            query =
                    "SELECT b FROM Booking b WHERE b.room = :room AND b.status IN :holding AND b.startsAt >= :earliest AND b.startsAt < :end AND b.endsAt > :start")
})
public class Booking {

    public static final String OVERLAPPING = "Booking.overlapping";

    /**
     * No booking is longer than this: a booking lies within one day's opening hours, and a room's
     * rules cap the longest at a day. It bounds every overlap query from below (the start lies in
     * [from − LONGEST, to)), so finding what holds a room costs the same whatever the history.
     */
    public static final Duration LONGEST = Duration.ofHours(24);

    /** How early before the start one may check in. */
    public static final Duration CHECK_IN_EARLY = Duration.ofMinutes(30);

    /** How long after the start a booking waits for its check-in. */
    public static final Duration CHECK_IN_GRACE = Duration.ofMinutes(15);

    /** The longest reason a decision or a cancellation keeps. */
    public static final int REASON_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "booking_seq", sequenceName = "booking_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "room_id", nullable = false)
    private Room room;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ngo_id", nullable = false)
    private Ngo ngo;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "requested_by", nullable = false)
    private Account requestedBy;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "purpose", nullable = false, length = 500)
    private String purpose;

    @Column(name = "attendees", nullable = false)
    private int attendees;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private BookingStatus status;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "market_value", nullable = false))
    private Money marketValue;

    @Column(name = "subsidy_share", nullable = false, precision = 5, scale = 4)
    private BigDecimal subsidyShare;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "subsidy", nullable = false))
    private Money subsidy;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "charged", nullable = false))
    private Money charged;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by")
    private Account decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 500)
    private String decisionReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cancelled_by")
    private Account cancelledBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id")
    private BookingSeries series;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "checked_in_by")
    private Account checkedInBy;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    /** The length in minutes, kept so the quotas are summed by the database. */
    @Column(name = "minutes", nullable = false)
    private int minutes;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /**
     * The room's and the NGO's ids, read only (a booking never changes either): the kept figures'
     * keys, read without loading the lazy room and NGO (null on a new booking: then from those).
     */
    @Column(name = "room_id", insertable = false, updatable = false)
    private Long roomId;

    @Column(name = "ngo_id", insertable = false, updatable = false)
    private Long ngoId;

    /**
     * What the kept figures count for this booking as the database has it: taken when it is loaded
     * or refreshed, moved when a change is written (null: counts nothing, or new).
     */
    @Transient private BookingFigures counted;

    protected Booking() {}

    /** The price of a booking, fixed when it is made. */
    public record Price(Money marketValue, BigDecimal subsidyShare, Money subsidy, Money charged) {}

    public Booking(
            Room room,
            Ngo ngo,
            Account requestedBy,
            Period period,
            String purpose,
            int attendees,
            Price price,
            boolean needsApproval,
            Instant now) {
        this.room = room;
        this.ngo = ngo;
        this.requestedBy = requestedBy;
        this.status = needsApproval ? BookingStatus.PENDING : BookingStatus.CONFIRMED;
        this.createdAt = now;
        fill(period, purpose, attendees, price);
    }

    private void fill(Period period, String purpose, int attendees, Price price) {
        this.startsAt = period.start();
        this.endsAt = period.end();
        this.minutes = (int) period.minutes();
        this.purpose = purpose.strip();
        this.attendees = attendees;
        this.marketValue = price.marketValue();
        this.subsidyShare = price.subsidyShare();
        this.subsidy = price.subsidy();
        this.charged = price.charged();
    }

    /** The span the booking holds: from its start (included) to its end (excluded). */
    public Period period() {
        return Period.of(startsAt, endsAt);
    }

    /** Confirms a pending booking; only for an NGO that is still eligible. */
    public void confirm(Account by, boolean ngoEligible, Instant now) {
        requirePending();
        if (!ngoEligible) {
            throw new Refusal(422, "booking-rule", "booking.rule.eligibility", List.of());
        }
        status = BookingStatus.CONFIRMED;
        decidedBy = by;
        decidedAt = now;
    }

    /** Rejects a pending booking, with a reason its NGO reads. */
    public void reject(Account by, String reason, Instant now) {
        requirePending();
        InputCheck.start().text("reason", reason, REASON_LENGTH).orRefuse();
        status = BookingStatus.REJECTED;
        decidedBy = by;
        decidedAt = now;
        decisionReason = reason.strip();
    }

    /** Only a pending booking is decided, and only once. */
    public void requirePending() {
        if (status != BookingStatus.PENDING) {
            throw Refusal.conflict("decided", "refusal.booking.decided");
        }
    }

    /** Its NGO's representative cancels until the booking starts; a reason is optional. */
    public void cancelByRepresentative(Account by, String reason, Instant now) {
        requireHolding();
        if (!now.isBefore(startsAt)) {
            throw Refusal.conflict("started", "refusal.booking.started");
        }
        InputCheck.start().optionalText("reason", reason, REASON_LENGTH).orRefuse();
        cancelled(by, reason, now);
    }

    /** The House's staff cancel at any time, with a reason. */
    public void cancelByStaff(Account by, String reason, Instant now) {
        requireHolding();
        InputCheck.start().text("reason", reason, REASON_LENGTH).orRefuse();
        cancelled(by, reason, now);
    }

    /** An event takes the room: the system cancels, the reason cut to what the booking keeps. */
    public void displace(String reason, Instant now) {
        requireHolding();
        cancelled(
                null,
                reason.length() > REASON_LENGTH
                        ? reason.substring(0, REASON_LENGTH - 1) + "…"
                        : reason,
                now);
    }

    private void requireHolding() {
        if (!holdsRoom()) {
            throw Refusal.conflict("not-cancellable", "refusal.booking.notCancellable");
        }
    }

    private void cancelled(Account by, String reason, Instant now) {
        status = BookingStatus.CANCELLED;
        cancelledBy = by;
        cancelledAt = now;
        cancelReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /**
     * Someone arrived: the booking will not become a no-show. From 30 minutes before its start;
     * until its end for the House's managers, until the no-show deadline for its NGO.
     */
    public void checkIn(Account by, boolean byRepresentative, Instant now) {
        if (status != BookingStatus.CONFIRMED) {
            throw Refusal.conflict("not-confirmed", "checkin.notConfirmed");
        }
        Instant closes = byRepresentative ? startsAt.plus(CHECK_IN_GRACE) : endsAt;
        if (now.isBefore(startsAt.minus(CHECK_IN_EARLY)) || !now.isBefore(closes)) {
            throw Refusal.conflict("outside-window", "checkin.window");
        }
        if (checkedInAt == null) {
            checkedInAt = now;
            checkedInBy = by;
        }
    }

    /** Nobody checked in in time: the booking no longer holds the room. */
    public void noShow(Instant now) {
        requireStatus(BookingStatus.CONFIRMED);
        if (checkedInAt != null) {
            throw new IllegalStateException("booking " + id + " was checked in");
        }
        status = BookingStatus.NO_SHOW;
        cancelledAt = now;
    }

    public void reminded(Instant now) {
        remindedAt = now;
    }

    /**
     * Moves an occurrence of a series to a new time of the same day, with its new price; a moved
     * occurrence of a room that needs approval goes back to waiting for it.
     */
    public void reschedule(Period period, String newPurpose, int newAttendees, Price price) {
        if (!holdsRoom()) {
            throw new IllegalStateException("only a pending or confirmed booking can be moved");
        }
        boolean moved = !period.equals(period());
        fill(period, newPurpose, newAttendees, price);
        if (moved && room.needsApproval() && status == BookingStatus.CONFIRMED) {
            status = BookingStatus.PENDING;
            decidedBy = null;
            decidedAt = null;
        }
    }

    /**
     * What this booking adds to the kept figures now: null unless it is confirmed or a no-show
     * (exactly what the report counts), else its month (the first day, in Kazakhstan, of the month
     * it starts in), minutes, used minutes (checked in), one booking, a no-show, its money.
     */
    public BookingFigures figures() {
        if (status != BookingStatus.CONFIRMED && status != BookingStatus.NO_SHOW) {
            return null;
        }
        return new BookingFigures(
                LocalDate.ofInstant(startsAt, Clocks.KAZAKHSTAN).withDayOfMonth(1),
                minutes,
                checkedInAt != null ? minutes : 0,
                1,
                status == BookingStatus.NO_SHOW ? 1 : 0,
                marketValue.amount(),
                subsidy.amount(),
                charged.amount());
    }

    @PostLoad
    void loaded() {
        counted = figures();
    }

    /**
     * The differences to the kept figures since the last time they were counted (at load or at the
     * last write), and the new state taken as counted; {@code removed}: it counts nothing now.
     */
    List<BookingFigures> recount(boolean removed) {
        BookingFigures now = removed ? null : figures();
        List<BookingFigures> changes = BookingFigures.changes(counted, now);
        counted = now;
        return changes;
    }

    long roomId() {
        return roomId != null ? roomId : room.id();
    }

    long ngoId() {
        return ngoId != null ? ngoId : ngo.id();
    }

    public void partOf(BookingSeries series) {
        this.series = series;
    }

    public BookingSeries series() {
        return series;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    private void requireStatus(BookingStatus expected) {
        if (status != expected) {
            throw new IllegalStateException(
                    "booking " + id + " is " + status + ", not " + expected);
        }
    }

    public boolean holdsRoom() {
        return BookingStatus.HOLDING.contains(status);
    }

    public Long id() {
        return id;
    }

    public Room room() {
        return room;
    }

    public Ngo ngo() {
        return ngo;
    }

    public Account requestedBy() {
        return requestedBy;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String purpose() {
        return purpose;
    }

    public int attendees() {
        return attendees;
    }

    public BookingStatus status() {
        return status;
    }

    public Money marketValue() {
        return marketValue;
    }

    public BigDecimal subsidyShare() {
        return subsidyShare;
    }

    public Money subsidy() {
        return subsidy;
    }

    public Money charged() {
        return charged;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public long version() {
        return version;
    }
}
