package kz.housesofdemocracy.bookings.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.premises.entity.Room;

/**
 * The row locks a booking takes, always in this order: the NGO's row, then the room's.
 *
 * <p>The room's lock is the arbiter of overlaps (every request for a room waits for the one
 * before). The NGO's lock makes the quotas race-free: two requests of one NGO in two rooms at once
 * would otherwise both read the same use, both pass, and together break the House's limit; with it
 * the second reads the first's booking. One NGO lock guards both quotas (hours in a month, bookings
 * ahead in any month) at every House, and costs no statement: it is the read of the NGO the request
 * makes anyway.
 *
 * <p>Why no deadlock: every path that takes both takes the NGO first ({@code Bookings.desk} is the
 * only place that locks either for a booking); the paths that lock a room without a desk (a House's
 * blackout displacing bookings) lock no NGO. On PostgreSQL the NGO's lock is {@code FOR NO KEY
 * UPDATE}, which does not conflict with the key-share lock a foreign key check takes (a concurrent
 * approval inserting its first kept figures row for the NGO), so that check never waits on a
 * booking that waits on a room; H2 takes no lock for a foreign key check.
 */
@ApplicationScoped
public class BookingLocks {

    @PersistenceContext private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/HodDS")
    private DataSource dataSource;

    private volatile String ngoLock;

    /** The NGO, its row locked for the transaction; null when there is none. */
    public Ngo ngo(long ngoId) {
        List<?> found = em.createNamedQuery(ngoLock()).setParameter(1, ngoId).getResultList();
        return found.isEmpty() ? null : (Ngo) found.get(0);
    }

    /**
     * The room, its row locked for the transaction; null when there is none. A native read, like
     * the NGO's: {@code find} with a lock also read the room's equipment, which no rule needs. (Its
     * House and the opening hours are read when the rules first ask, one statement each: fetching
     * the hours with the House in one join breaks EclipseLink 4.0.9's next flush of the House.)
     */
    public Room room(long roomId) {
        List<?> found = em.createNamedQuery(Room.LOCKED).setParameter(1, roomId).getResultList();
        return found.isEmpty() ? null : (Room) found.get(0);
    }

    private String ngoLock() {
        String found = ngoLock;
        if (found == null) {
            found = postgres() ? Ngo.LOCKED_NO_KEY : Ngo.LOCKED;
            ngoLock = found;
        }
        return found;
    }

    private boolean postgres() {
        try (Connection connection = dataSource.getConnection()) {
            return connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("the database could not be named", e);
        }
    }
}
