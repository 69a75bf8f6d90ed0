package kz.housesofdemocracy.bookings.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import kz.housesofdemocracy.bookings.entity.Alternative;
import kz.housesofdemocracy.bookings.entity.Booking;
import kz.housesofdemocracy.bookings.entity.BookingSeries;
import kz.housesofdemocracy.bookings.entity.BookingStatus;
import kz.housesofdemocracy.closures.entity.Blackout;
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.control.PremisesQueries;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Room;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/** The questions the booking façades ask the database, one method each. */
@Dependent
public class BookingQueries {

    private static final String HOLDING_AHEAD =
            "b.status IN (kz.housesofdemocracy.bookings.entity.BookingStatus.PENDING, kz.housesofdemocracy.bookings.entity.BookingStatus.CONFIRMED) AND b.endsAt > :now";
    private static final String PENDING_AHEAD =
            "b.status = kz.housesofdemocracy.bookings.entity.BookingStatus.PENDING AND b.endsAt > :now";

    @PersistenceContext private EntityManager em;

    @Inject private PremisesQueries premises;

    /** The bookings of some NGOs, newest first, at most 200. */
    public List<Booking> ofNgos(Collection<Long> ngos) {
        return em.createQuery(
                        "SELECT b FROM Booking b JOIN FETCH b.room r JOIN FETCH r.house JOIN FETCH b.ngo WHERE b.ngo.id IN :ngos ORDER BY b.startsAt DESC",
                        Booking.class)
                .setParameter("ngos", ngos)
                .setMaxResults(200)
                .getResultList();
    }

    /**
     * Some NGOs' bookings that a filter of "my bookings" shows: the upcoming soonest first, the
     * others latest first; at most 200.
     */
    public List<Booking> ofNgos(Collection<Long> ngos, BookingFilter filter, Instant now) {
        String time =
                filter.ahead() == null
                        ? ""
                        : filter.ahead() ? " AND b.endsAt > :now" : " AND b.endsAt <= :now";
        var query =
                em.createQuery(
                                "SELECT b FROM Booking b JOIN FETCH b.room r JOIN FETCH r.house JOIN FETCH b.ngo WHERE b.ngo.id IN :ngos AND b.status IN :statuses"
                                        + time
                                        + " ORDER BY b.startsAt "
                                        + (filter == BookingFilter.UPCOMING ? "ASC" : "DESC"),
                                Booking.class)
                        .setParameter("ngos", ngos)
                        .setParameter("statuses", filter.statuses());
        if (filter.ahead() != null) {
            query.setParameter("now", now);
        }
        return query.setMaxResults(200).getResultList();
    }

    /** Pending bookings not yet over at some Houses or in some regions, soonest first. */
    public List<Booking> pending(List<Long> houses, List<String> regions, Instant now) {
        return scoped(PENDING_AHEAD, houses, regions, now);
    }

    /** Pending and confirmed bookings not yet over at some Houses or in some regions. */
    public List<Booking> upcoming(List<Long> houses, List<String> regions, Instant now) {
        return scoped(HOLDING_AHEAD, houses, regions, now);
    }

    private List<Booking> scoped(
            String condition, List<Long> houses, List<String> regions, Instant now) {
        return em.createQuery(
                        "SELECT b FROM Booking b JOIN FETCH b.room r JOIN FETCH r.house h JOIN FETCH b.ngo WHERE "
                                + condition
                                + " AND (h.id IN :houses OR h.region.code IN :regions) ORDER BY b.startsAt ASC",
                        Booking.class)
                .setParameter("now", now)
                .setParameter("houses", houses.isEmpty() ? List.of(-1L) : houses)
                .setParameter("regions", regions.isEmpty() ? List.of("--") : regions)
                .setMaxResults(500)
                .getResultList();
    }

    /** The occurrences of a series, in time order. */
    public List<Booking> ofSeries(BookingSeries series) {
        return seriesQuery(series).getResultList();
    }

    /**
     * The series' bookings read from the database even when this node's cache holds them, in one
     * statement: for a change made under the room's lock, after another node's change committed.
     */
    public List<Booking> ofSeriesFresh(BookingSeries series) {
        return seriesQuery(series).setHint(QueryHints.REFRESH, HintValues.TRUE).getResultList();
    }

    private jakarta.persistence.TypedQuery<Booking> seriesQuery(BookingSeries series) {
        return em.createQuery(
                        "SELECT b FROM Booking b WHERE b.series = :series ORDER BY b.startsAt",
                        Booking.class)
                .setParameter("series", series);
    }

    /** The bookings that hold a room at some moment of a period. */
    public List<Booking> holding(Room room, Period period) {
        return em.createNamedQuery(Booking.OVERLAPPING, Booking.class)
                .setParameter("room", room)
                .setParameter("holding", BookingStatus.HOLDING)
                .setParameter("earliest", period.start().minus(Booking.LONGEST))
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .getResultList();
    }

    /**
     * What the calendar needs of a booking: its room and span, pending or confirmed, and (only for
     * those who may see who) its id and NGO. Not an entity, so reading a day fills no cache.
     */
    public record Hold(
            long roomId,
            Instant start,
            Instant end,
            boolean pending,
            Long bookingId,
            LocalizedText ngoName) {

        public Period period() {
            return Period.of(start, end);
        }

        public boolean overlaps(Period other) {
            return start.isBefore(other.end()) && end.isAfter(other.start());
        }
    }

    /**
     * The pending and confirmed bookings of a House's rooms that overlap a period, found through
     * the index on (room, start) with the start bounded on both sides. The status is read, not
     * filtered on, so the planner has no reason to prefer the status index.
     */
    public List<Hold> holds(House house, Period period, boolean withWho) {
        String select =
                withWho
                        ? "SELECT r.id, b.startsAt, b.endsAt, b.status, b.id, n.name.kk, n.name.ru, n.name.en FROM Room r, Booking b JOIN b.ngo n"
                        : "SELECT r.id, b.startsAt, b.endsAt, b.status FROM Room r, Booking b";
        List<Object[]> rows =
                em.createQuery(
                                select
                                        + " WHERE b.room = r AND r.house.id = :house AND b.startsAt >= :earliest AND b.startsAt < :end AND b.endsAt > :start ORDER BY b.startsAt",
                                Object[].class)
                        .setParameter("house", house.id())
                        .setParameter("earliest", period.start().minus(Booking.LONGEST))
                        .setParameter("start", period.start())
                        .setParameter("end", period.end())
                        .getResultList();
        List<Hold> holds = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            BookingStatus status = (BookingStatus) row[3];
            if (!BookingStatus.HOLDING.contains(status)) {
                continue;
            }
            holds.add(
                    new Hold(
                            ((Number) row[0]).longValue(),
                            (Instant) row[1],
                            (Instant) row[2],
                            status == BookingStatus.PENDING,
                            withWho ? ((Number) row[4]).longValue() : null,
                            withWho
                                    ? new LocalizedText(
                                            (String) row[5], (String) row[6], (String) row[7])
                                    : null));
        }
        return holds;
    }

    /**
     * The blackouts of a House (whole or one room) that touch a period (index on house and end).
     */
    public List<Blackout> blackouts(House house, Period period) {
        return em.createNamedQuery(Blackout.IN_HOUSE, Blackout.class)
                .setParameter("house", house)
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .getResultList();
    }

    /** A House with its region, if there is one. */
    public Optional<House> house(long id) {
        return premises.houseWithRegion(id);
    }

    /** A House's rooms in use, by id. */
    public List<Room> activeRooms(House house) {
        return em.createQuery(
                        "SELECT r FROM Room r WHERE r.house = :house AND r.status = kz.housesofdemocracy.premises.entity.Room.Status.ACTIVE ORDER BY r.id",
                        Room.class)
                .setParameter("house", house)
                .getResultList();
    }

    /** A House's rooms in use with their equipment, by id. */
    public List<Room> activeRoomsEquipped(House house) {
        return em.createQuery(
                        "SELECT DISTINCT r FROM Room r LEFT JOIN FETCH r.equipment WHERE r.house = :house AND r.status = kz.housesofdemocracy.premises.entity.Room.Status.ACTIVE ORDER BY r.id",
                        Room.class)
                .setParameter("house", house)
                .getResultList();
    }

    /** The alternatives offered to some NGOs' displaced bookings that start after now. */
    public List<Alternative> alternativesOf(Collection<Long> ngos, Instant now) {
        return em.createQuery(
                        "SELECT a FROM Alternative a JOIN FETCH a.room r JOIN FETCH r.house JOIN FETCH a.displaced d WHERE d.ngo.id IN :ngos AND a.startsAt > :now ORDER BY d.id, a.startsAt",
                        Alternative.class)
                .setParameter("ngos", ngos)
                .setParameter("now", now)
                .getResultList();
    }

    /** A House's confirmed, pending and no-show bookings starting in a period (a day). */
    public List<Booking> dayList(House house, Period day) {
        return em.createQuery(
                        "SELECT b FROM Booking b JOIN FETCH b.room r JOIN FETCH b.ngo WHERE r.house = :house AND b.status IN :shown AND b.startsAt >= :from AND b.startsAt < :to ORDER BY b.startsAt, r.id",
                        Booking.class)
                .setParameter("house", house)
                .setParameter(
                        "shown",
                        List.of(
                                BookingStatus.CONFIRMED,
                                BookingStatus.PENDING,
                                BookingStatus.NO_SHOW))
                .setParameter("from", day.start())
                .setParameter("to", day.end())
                .getResultList();
    }

    /**
     * The share of an NGO's confirmed bookings of the last year that ended as no-shows, in whole
     * per cent.
     */
    public int noShowPercent(long ngoId, Instant now) {
        List<Object[]> counts =
                em.createQuery(
                                "SELECT b.status, COUNT(b) FROM Booking b WHERE b.ngo.id = :ngo AND b.startsAt < :now AND b.startsAt >= :since AND b.status IN :past GROUP BY b.status",
                                Object[].class)
                        .setParameter("ngo", ngoId)
                        .setParameter("now", now)
                        .setParameter("since", now.minus(Duration.ofDays(365)))
                        .setParameter(
                                "past", List.of(BookingStatus.CONFIRMED, BookingStatus.NO_SHOW))
                        .getResultList();
        long all = 0;
        long missed = 0;
        for (Object[] row : counts) {
            long n = ((Number) row[1]).longValue();
            all += n;
            if (row[0] == BookingStatus.NO_SHOW) {
                missed += n;
            }
        }
        return all == 0 ? 0 : (int) Math.round(100.0 * missed / all);
    }

    /** Some NGOs' confirmed bookings of a room whose check-in window is open now. */
    public List<Booking> checkInOpen(Room room, Collection<Long> ngos, Instant now) {
        return em.createQuery(
                        "SELECT b FROM Booking b WHERE b.room = :room AND b.ngo.id IN :ngos AND b.status = kz.housesofdemocracy.bookings.entity.BookingStatus.CONFIRMED AND b.startsAt <= :early AND b.startsAt > :late ORDER BY b.startsAt",
                        Booking.class)
                .setParameter("room", room)
                .setParameter("ngos", ngos)
                .setParameter("early", now.plus(Booking.CHECK_IN_EARLY))
                .setParameter("late", now.minus(Booking.CHECK_IN_GRACE))
                .getResultList();
    }

    /** Confirmed bookings of the last two days nobody checked in past the grace: no-shows. */
    public List<Booking> missed(Instant now) {
        return em.createQuery(
                        "SELECT b FROM Booking b WHERE b.status = kz.housesofdemocracy.bookings.entity.BookingStatus.CONFIRMED AND b.checkedInAt IS NULL AND b.startsAt <= :deadline AND b.startsAt > :since",
                        Booking.class)
                .setParameter("deadline", now.minus(Booking.CHECK_IN_GRACE))
                .setParameter("since", now.minus(Duration.ofDays(2)))
                .getResultList();
    }

    /** Confirmed bookings not yet reminded that start within a horizon. */
    public List<Booking> dueReminders(Instant now, Duration horizon) {
        return em.createQuery(
                        "SELECT b FROM Booking b JOIN FETCH b.room r JOIN FETCH r.house WHERE b.status = kz.housesofdemocracy.bookings.entity.BookingStatus.CONFIRMED AND b.remindedAt IS NULL AND b.startsAt > :now AND b.startsAt <= :horizon",
                        Booking.class)
                .setParameter("now", now)
                .setParameter("horizon", now.plus(horizon))
                .getResultList();
    }
}
