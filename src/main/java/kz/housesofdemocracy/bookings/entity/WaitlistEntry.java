package kz.housesofdemocracy.bookings.entity;

import jakarta.persistence.Column;
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
import java.time.Duration;
import java.time.Instant;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.premises.entity.Room;

/**
 * A place in the queue for a taken slot. When the slot frees, the first waiting entry is offered it
 * for two hours; while the offer stands, the slot is kept for that NGO.
 */
@Entity
@Table(name = "waitlist_entry")
@NamedQueries({
    @NamedQuery(
            name = WaitlistEntry.OFFERED_IN_ROOM,
            query =
                    "SELECT w FROM WaitlistEntry w JOIN FETCH w.ngo WHERE w.room = :room AND w.status = kz.housesofdemocracy.bookings.entity.WaitlistEntry.Status.OFFERED AND w.offerEndsAt > :now AND w.startsAt < :end AND w.endsAt > :start"),
    @NamedQuery(
            name = WaitlistEntry.WAITING_IN_ROOM,
            query =
                    "SELECT w FROM WaitlistEntry w WHERE w.room = :room AND w.status = kz.housesofdemocracy.bookings.entity.WaitlistEntry.Status.WAITING AND w.startsAt < :end AND w.endsAt > :start AND w.startsAt > :now ORDER BY w.createdAt, w.id"),
    @NamedQuery(
            name = WaitlistEntry.EXPIRED_OFFERS,
            query =
                    "SELECT w FROM WaitlistEntry w WHERE w.status = kz.housesofdemocracy.bookings.entity.WaitlistEntry.Status.OFFERED AND w.offerEndsAt <= :now")
})
public class WaitlistEntry {

    public static final String OFFERED_IN_ROOM = "WaitlistEntry.offeredInRoom";
    public static final String WAITING_IN_ROOM = "WaitlistEntry.waitingInRoom";
    public static final String EXPIRED_OFFERS = "WaitlistEntry.expiredOffers";

    /** How long an offer stands before the next in line is asked. */
    public static final Duration OFFER = Duration.ofHours(2);

    /** Where an entry is in its life. */
    public enum Status {
        WAITING,
        OFFERED,
        BOOKED,
        EXPIRED,
        WITHDRAWN
    }

    @Id
    @SequenceGenerator(
            name = "waitlist_entry_seq",
            sequenceName = "waitlist_entry_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waitlist_entry_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "room_id", nullable = false)
    private Room room;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ngo_id", nullable = false)
    private Ngo ngo;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

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
    private Status status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "offered_at")
    private Instant offeredAt;

    @Column(name = "offer_ends_at")
    private Instant offerEndsAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "booking_id")
    private Booking booking;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected WaitlistEntry() {}

    public WaitlistEntry(
            Room room,
            Ngo ngo,
            Account account,
            Period period,
            String purpose,
            int attendees,
            Instant now) {
        this.room = room;
        this.ngo = ngo;
        this.account = account;
        this.startsAt = period.start();
        this.endsAt = period.end();
        this.purpose = purpose.strip();
        this.attendees = attendees;
        this.status = Status.WAITING;
        // The database keeps microseconds: the queue's order must compare what it keeps.
        this.createdAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    public void offer(Instant now) {
        if (status != Status.WAITING) {
            throw new IllegalStateException("entry " + id + " is " + status);
        }
        status = Status.OFFERED;
        offeredAt = now;
        offerEndsAt = now.plus(OFFER);
    }

    public void expire() {
        if (status != Status.OFFERED) {
            throw new IllegalStateException("entry " + id + " is " + status);
        }
        status = Status.EXPIRED;
    }

    /** Only an offer still running is taken. */
    public void requireLiveOffer(Instant now) {
        if (status != Status.OFFERED || !offerEndsAt.isAfter(now)) {
            throw Refusal.conflict("not-offered", "waitlist.notOffered");
        }
    }

    /** The offer was taken: the booking made of it. */
    public void booked(Booking made, Instant now) {
        requireLiveOffer(now);
        status = Status.BOOKED;
        booking = made;
    }

    /** Leaves the line; true when it gave up an offer, which then passes on. */
    public boolean withdraw() {
        if (status != Status.OFFERED && status != Status.WAITING) {
            throw Refusal.conflict("not-waiting", "waitlist.notWaiting");
        }
        boolean gaveUpOffer = status == Status.OFFERED;
        status = Status.WITHDRAWN;
        return gaveUpOffer;
    }

    /** The span waited for. */
    public Period period() {
        return Period.of(startsAt, endsAt);
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

    public Account account() {
        return account;
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

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant offerEndsAt() {
        return offerEndsAt;
    }

    public Booking booking() {
        return booking;
    }
}
