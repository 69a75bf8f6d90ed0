package kz.housesofdemocracy.bookings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.WaitingItem;
import kz.housesofdemocracy.access.control.WaitingQueue;
import kz.housesofdemocracy.access.control.WaitingScope;
import kz.housesofdemocracy.bookings.entity.BookingSeries;
import kz.housesofdemocracy.platform.Clocks;

/**
 * Recurring series with occurrences waiting for approval, decided as a whole (Series.decide): in
 * the caller's Houses or regions, not of an NGO they represent. A series waits since its oldest
 * pending occurrence was asked for.
 */
@ApplicationScoped
public class SeriesWaiting implements WaitingQueue {

    public static final String KIND = "series";

    private static final String FROM =
            " FROM Booking b JOIN b.room r JOIN r.house h"
                    + " WHERE b.status = kz.housesofdemocracy.bookings.entity.BookingStatus.PENDING"
                    + " AND b.endsAt > :now AND b.series IS NOT NULL"
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
        return bind(em.createQuery("SELECT COUNT(DISTINCT b.series.id)" + FROM, Long.class), scope)
                .getSingleResult();
    }

    @Override
    public List<WaitingItem> oldest(Caller caller, int limit) {
        WaitingScope scope = WaitingScope.of(caller);
        if (!scope.managesAny() && !scope.approvesAny()) {
            return List.of();
        }
        List<Object[]> rows =
                bind(
                                em.createQuery(
                                        "SELECT b.series.id, MIN(b.createdAt) AS firstAsked, MIN(b.startsAt),"
                                                + " COUNT(b)"
                                                + FROM
                                                + " GROUP BY b.series.id"
                                                + " ORDER BY firstAsked, b.series.id",
                                        Object[].class),
                                scope)
                        .setMaxResults(limit)
                        .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, BookingSeries> series =
                em
                        .createQuery(
                                "SELECT s FROM BookingSeries s JOIN FETCH s.room r JOIN FETCH"
                                        + " r.house JOIN FETCH s.ngo WHERE s.id IN :ids",
                                BookingSeries.class)
                        .setParameter("ids", rows.stream().map(row -> (Long) row[0]).toList())
                        .getResultList()
                        .stream()
                        .collect(Collectors.toMap(BookingSeries::id, Function.identity()));
        return rows.stream()
                .map(
                        row ->
                                item(
                                        series.get((Long) row[0]),
                                        instant(row[1]),
                                        instant(row[2]),
                                        ((Number) row[3]).longValue()))
                .toList();
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, WaitingScope scope) {
        return query.setParameter("now", clock.instant())
                .setParameter("houses", scope.houses())
                .setParameter("regions", scope.regions())
                .setParameter("own", scope.ownNgos());
    }

    /** An aggregate of an Instant column, whichever type the provider hands back. */
    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.toInstant(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("not a time: " + value);
    }

    private static WaitingItem item(BookingSeries s, Instant since, Instant first, long pending) {
        List<Serializable> args =
                List.of(
                        s.id(),
                        s.room().name(),
                        BookingsWaiting.DAY.format(first.atZone(Clocks.KAZAKHSTAN)),
                        pending,
                        s.ngo().name());
        return new WaitingItem(
                KIND, s.id(), since, "inbox.title.series", args, "/staff/bookings.xhtml");
    }
}
