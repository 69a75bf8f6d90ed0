package kz.housesofdemocracy.bookings.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.platform.Money;
import kz.housesofdemocracy.premises.entity.Room;

/**
 * One room for one NGO for one span of time. Its money is fixed when it is made (a later rate
 * change does not touch it): market value, subsidy share, subsidy, and the price charged.
 */
@Entity
@Table(name = "booking")
@NamedQueries({
    @NamedQuery(
            name = Booking.OVERLAPPING,
            query =
                    "SELECT b FROM Booking b WHERE b.room = :room AND b.status IN :holding AND b.startsAt < :end AND b.endsAt > :start"),
    @NamedQuery(
            name = Booking.IN_HOUSE,
            query =
                    "SELECT b FROM Booking b JOIN FETCH b.ngo JOIN FETCH b.room WHERE b.room.house = :house AND b.status IN :holding AND b.startsAt < :end AND b.endsAt > :start ORDER BY b.startsAt")
})
public class Booking {

    public static final String OVERLAPPING = "Booking.overlapping";
    public static final String IN_HOUSE = "Booking.inHouse";

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

    protected Booking() {}

    /** The price of a booking, fixed when it is made. */
    public record Price(Money marketValue, BigDecimal subsidyShare, Money subsidy, Money charged) {}

    public Booking(
            Room room,
            Ngo ngo,
            Account requestedBy,
            Instant startsAt,
            Instant endsAt,
            String purpose,
            int attendees,
            Price price,
            boolean needsApproval,
            Instant now) {
        if (!startsAt.isBefore(endsAt)) {
            throw new IllegalArgumentException("a booking ends after it starts");
        }
        this.room = room;
        this.ngo = ngo;
        this.requestedBy = requestedBy;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.purpose = purpose.strip();
        this.attendees = attendees;
        this.marketValue = price.marketValue();
        this.subsidyShare = price.subsidyShare();
        this.subsidy = price.subsidy();
        this.charged = price.charged();
        this.status = needsApproval ? BookingStatus.PENDING : BookingStatus.CONFIRMED;
        this.createdAt = now;
        this.minutes = (int) java.time.Duration.between(startsAt, endsAt).toMinutes();
    }

    public void confirm(Account by, Instant now) {
        requireStatus(BookingStatus.PENDING);
        status = BookingStatus.CONFIRMED;
        decidedBy = by;
        decidedAt = now;
    }

    public void reject(Account by, String reason, Instant now) {
        requireStatus(BookingStatus.PENDING);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        status = BookingStatus.REJECTED;
        decidedBy = by;
        decidedAt = now;
        decisionReason = reason.strip();
    }

    public void cancel(Account by, String reason, Instant now) {
        if (!BookingStatus.HOLDING.contains(status)) {
            throw new IllegalStateException("only a pending or confirmed booking can be cancelled");
        }
        status = BookingStatus.CANCELLED;
        cancelledBy = by;
        cancelledAt = now;
        cancelReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** Someone arrived: the booking will not become a no-show. */
    public void checkIn(Account by, Instant now) {
        requireStatus(BookingStatus.CONFIRMED);
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

    /** Moves an occurrence of a series to a new time of the same day, with its new price. */
    public void reschedule(
            Instant newStart, Instant newEnd, String newPurpose, int newAttendees, Price price) {
        if (!BookingStatus.HOLDING.contains(status)) {
            throw new IllegalStateException("only a pending or confirmed booking can be moved");
        }
        if (!newStart.isBefore(newEnd)) {
            throw new IllegalArgumentException("a booking ends after it starts");
        }
        startsAt = newStart;
        endsAt = newEnd;
        minutes = (int) java.time.Duration.between(newStart, newEnd).toMinutes();
        purpose = newPurpose.strip();
        attendees = newAttendees;
        marketValue = price.marketValue();
        subsidyShare = price.subsidyShare();
        subsidy = price.subsidy();
        charged = price.charged();
    }

    public void partOf(BookingSeries series) {
        this.series = series;
    }

    public BookingSeries series() {
        return series;
    }

    /** A moved occurrence of a hall goes back to waiting for approval. */
    public void backToPending() {
        requireStatus(BookingStatus.CONFIRMED);
        status = BookingStatus.PENDING;
        decidedBy = null;
        decidedAt = null;
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
