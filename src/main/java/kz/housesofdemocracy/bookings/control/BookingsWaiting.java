package kz.housesofdemocracy.bookings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.WaitingItem;
import kz.housesofdemocracy.access.control.WaitingQueue;
import kz.housesofdemocracy.access.control.WaitingScope;
import kz.housesofdemocracy.bookings.entity.Booking;
import kz.housesofdemocracy.platform.Clocks;

/**
 * Single bookings waiting for approval (occurrences of a series wait as their series): pending and
 * not yet over, in the Houses the caller manages or the regions they approve in, not of an NGO they
 * represent (as {@code AccessPolicy}'s DECIDE_BOOKING allows). Oldest request first.
 */
@ApplicationScoped
public class BookingsWaiting implements WaitingQueue {

    public static final String KIND = "booking";

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private static final String WHERE =
            " WHERE b.status = kz.housesofdemocracy.bookings.entity.BookingStatus.PENDING"
                    + " AND b.endsAt > :now AND b.series IS NULL"
                    + " AND (h.id IN :houses OR h.region.code IN :regions)"
                    + " AND b.ngo.id NOT IN :own";

    @PersistenceContext private EntityManager em;
    @Inject private Clock clock;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public long count(Caller caller) {
        WaitingScope scope = WaitingScope.of(caller);
        if (!scope.managesAny() && !scope.approvesAny()) {
            return 0;
        }
        return bind(
                        em.createQuery(
                                "SELECT COUNT(b) FROM Booking b JOIN b.room r JOIN r.house h"
                                        + WHERE,
                                Long.class),
                        scope)
                .getSingleResult();
    }

    @Override
    public List<WaitingItem> oldest(Caller caller, int limit) {
        WaitingScope scope = WaitingScope.of(caller);
        if (!scope.managesAny() && !scope.approvesAny()) {
            return List.of();
        }
        return bind(
                        em.createQuery(
                                "SELECT b FROM Booking b JOIN FETCH b.room r JOIN FETCH r.house h"
                                        + " JOIN FETCH b.ngo"
                                        + WHERE
                                        + " ORDER BY b.createdAt, b.id",
                                Booking.class),
                        scope)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(BookingsWaiting::item)
                .toList();
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, WaitingScope scope) {
        return query.setParameter("now", clock.instant())
                .setParameter("houses", scope.houses())
                .setParameter("regions", scope.regions())
                .setParameter("own", scope.ownNgos());
    }

    private static WaitingItem item(Booking b) {
        ZonedDateTime start = b.startsAt().atZone(Clocks.KAZAKHSTAN);
        ZonedDateTime end = b.endsAt().atZone(Clocks.KAZAKHSTAN);
        List<Serializable> args =
                List.of(
                        b.id(),
                        b.room().name(),
                        DAY.format(start),
                        TIME.format(start),
                        TIME.format(end),
                        b.ngo().name());
        return new WaitingItem(
                KIND, b.id(), b.createdAt(), "inbox.title.booking", args, "/staff/bookings.xhtml");
    }
}
