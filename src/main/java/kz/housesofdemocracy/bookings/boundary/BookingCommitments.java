package kz.housesofdemocracy.bookings.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import kz.housesofdemocracy.bookings.entity.BookingStatus;
import kz.housesofdemocracy.premises.control.FutureCommitments;

/**
 * Bookings a room's opening or closing date may not leave outside its life (#21): those pending,
 * confirmed or recorded as a no-show. They do not stand in the way of retiring a room today (that
 * is listed by {@link #onRoom}, which stays empty, as before).
 */
@ApplicationScoped
public class BookingCommitments implements FutureCommitments {

    /** The statuses that keep a booking in the room's history or hold it. */
    private static final EnumSet<BookingStatus> KEPT =
            EnumSet.of(BookingStatus.PENDING, BookingStatus.CONFIRMED, BookingStatus.NO_SHOW);

    private static final Instant NEVER = Instant.parse("9999-01-01T00:00:00Z");
    private static final Instant ALWAYS = Instant.parse("1900-01-01T00:00:00Z");

    @PersistenceContext private EntityManager em;

    @Override
    public List<Commitment> onRoom(long roomId, Instant now) {
        return List.of();
    }

    @Override
    public List<Commitment> onOffice(long officeId, Instant now) {
        return List.of();
    }

    @Override
    public long countOnRoomOutside(long roomId, Instant opens, Instant closes) {
        if (opens == null && closes == null) {
            return 0;
        }
        return em.createQuery(
                        "SELECT COUNT(b) FROM Booking b WHERE b.room.id = :room AND b.status IN"
                                + " :kept AND (b.startsAt < :opens OR b.endsAt > :closes)",
                        Long.class)
                .setParameter("room", roomId)
                .setParameter("kept", KEPT)
                .setParameter("opens", opens == null ? ALWAYS : opens)
                .setParameter("closes", closes == null ? NEVER : closes)
                .getSingleResult();
    }
}
