package kz.housesofdemocracy.bookings.entity;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.List;

/**
 * Keeps the booking figures as bookings change: after EclipseLink writes a booking (insert, update,
 * delete), what it counted before and what it counts now are compared and the difference goes to
 * the {@link BookingFigures.Ledger} (bookings/control/BookingLedger), which writes it by JDBC on
 * the same JTA connection, so it commits or rolls back with the booking. The JPA callbacks may not
 * use the EntityManager; the ledger is found through CDI, since an entity may not know a control
 * class.
 */
public class BookingFiguresListener {

    private static volatile BookingFigures.Ledger ledger;

    @PostPersist
    @PostUpdate
    void written(Booking booking) {
        apply(booking, booking.recount(false));
    }

    @PostRemove
    void removed(Booking booking) {
        apply(booking, booking.recount(true));
    }

    private static void apply(Booking booking, List<BookingFigures> changes) {
        if (!changes.isEmpty()) {
            ledger().apply(booking.roomId(), booking.ngoId(), changes);
        }
    }

    private static BookingFigures.Ledger ledger() {
        BookingFigures.Ledger found = ledger;
        if (found == null) {
            found = CDI.current().select(BookingFigures.Ledger.class).get();
            ledger = found;
        }
        return found;
    }
}
