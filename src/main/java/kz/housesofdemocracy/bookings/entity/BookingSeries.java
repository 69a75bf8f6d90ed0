package kz.housesofdemocracy.bookings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.premises.entity.Room;

/**
 * A recurring series: the rule that made a set of bookings. Each occurrence is an ordinary booking
 * (same rules, same lock), so one can be moved or cancelled without touching the others.
 */
@Entity
@Table(name = "booking_series")
public class BookingSeries {

    @Id
    @SequenceGenerator(
            name = "booking_series_seq",
            sequenceName = "booking_series_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_series_seq")
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

    /** The rule as written by {@code Recurrence.describe}, e.g. "WEEKLY MO,WE UNTIL 2027-03-01". */
    @Column(name = "rule", nullable = false, length = 200)
    private String rule;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected BookingSeries() {}

    public BookingSeries(Room room, Ngo ngo, Account requestedBy, String rule, Instant now) {
        this.room = room;
        this.ngo = ngo;
        this.requestedBy = requestedBy;
        this.rule = rule;
        this.createdAt = now;
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

    public String rule() {
        return rule;
    }
}
