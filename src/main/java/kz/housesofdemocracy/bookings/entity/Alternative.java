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
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.premises.entity.Room;

/**
 * A free slot offered to a booking that an event displaced: same House, enough seats, as near in
 * time as could be found. Taking it makes an ordinary booking (every rule checked again).
 */
@Entity
@Table(name = "alternative")
public class Alternative {

    @Id
    @SequenceGenerator(
            name = "alternative_seq",
            sequenceName = "alternative_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alternative_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "booking_id", nullable = false)
    private Booking displaced;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "room_id", nullable = false)
    private Room room;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "taken_booking_id")
    private Booking taken;

    protected Alternative() {}

    public Alternative(Booking displaced, Room room, Period period) {
        this.displaced = displaced;
        this.room = room;
        this.startsAt = period.start();
        this.endsAt = period.end();
    }

    /** An alternative is taken once. */
    public void requireOpen() {
        if (taken != null) {
            throw Refusal.conflict("alternative-taken", "alternative.taken");
        }
    }

    public void takenAs(Booking booking) {
        requireOpen();
        taken = booking;
    }

    public Period period() {
        return Period.of(startsAt, endsAt);
    }

    public Long id() {
        return id;
    }

    public Booking displaced() {
        return displaced;
    }

    public Room room() {
        return room;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public Booking taken() {
        return taken;
    }
}
