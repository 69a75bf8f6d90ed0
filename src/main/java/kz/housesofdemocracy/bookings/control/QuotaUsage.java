package kz.housesofdemocracy.bookings.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import kz.housesofdemocracy.bookings.entity.Booking;
import kz.housesofdemocracy.bookings.entity.BookingStatus;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.premises.entity.House;

/**
 * An NGO's use of a House, for the quotas: minutes per month and bookings ahead, summed by the
 * database (the first month asked about and the bookings ahead in one query, any other month in one
 * more), plus what this transaction adds. The cost does not grow with the NGO's history.
 *
 * <p>Why not the kept monthly figures ({@code ngo_month_figures}, #21): they count what a report
 * counts, confirmed bookings and no-shows, while the quota counts what holds a room, pending and
 * confirmed; reading them would change who may book. The request holds the NGO's row lock ({@link
 * BookingLocks}) while it reads and adds, so two requests never count the same use.
 */
public final class QuotaUsage {

    private final EntityManager em;
    private final Ngo ngo;
    private final House house;
    private final ZoneId zone;
    private final Instant now;
    private final Map<YearMonth, Long> minutes = new HashMap<>();
    private int future = -1;

    public QuotaUsage(EntityManager em, Ngo ngo, House house, Instant now) {
        this.em = em;
        this.ngo = ngo;
        this.house = house;
        this.zone = house.timeZone();
        this.now = now;
    }

    /** The minutes the NGO's holding bookings at the House take in a month of the House's zone. */
    public long minutesIn(YearMonth month) {
        if (!minutes.containsKey(month)) {
            if (future < 0) {
                both(month);
            } else {
                minutes.put(month, summed(month));
            }
        }
        return minutes.get(month);
    }

    /**
     * The NGO's holding bookings ahead at this House. Bookings ahead are at most the quota (and a
     * month's minutes at most the quota's hours), so the rows read stay bounded by the quotas, not
     * the history.
     */
    public int future() {
        if (future < 0) {
            both(monthOf(now));
        }
        return future;
    }

    /**
     * A month's minutes and the bookings ahead in one statement: the first question a request asks
     * reads both (one round trip where there were two). Native, with its values bound: EclipseLink
     * writes the values of a JPQL {@code CASE} in the select list into the SQL as literals, so each
     * request's SQL was new to the statement cache and to the database's parser.
     */
    private void both(YearMonth month) {
        Object[] row =
                (Object[])
                        em.createNativeQuery(BOTH)
                                .setParameter(1, BookingSql.utc(start(month)))
                                .setParameter(2, BookingSql.utc(start(month.plusMonths(1))))
                                .setParameter(3, BookingSql.utc(now))
                                .setParameter(4, ngo.id())
                                .setParameter(5, house.id())
                                .setParameter(6, BookingSql.utc(start(month)))
                                .setParameter(7, BookingSql.utc(start(month.plusMonths(1))))
                                .setParameter(8, BookingSql.utc(now))
                                .getSingleResult();
        minutes.put(month, row[0] == null ? 0L : ((Number) row[0]).longValue());
        future = row[1] == null ? 0 : ((Number) row[1]).intValue();
    }

    private static final String BOTH =
            "SELECT SUM(CASE WHEN b.starts_at >= ?1 AND b.starts_at < ?2 THEN b.minutes ELSE 0 END),"
                    + " SUM(CASE WHEN b.starts_at > ?3 THEN 1 ELSE 0 END)"
                    + " FROM booking b JOIN room r ON r.id = b.room_id"
                    + " WHERE b.ngo_id = ?4 AND r.house_id = ?5 AND b.status IN ("
                    + BookingSql.HOLDING
                    + ") AND ((b.starts_at >= ?6 AND b.starts_at < ?7) OR b.starts_at > ?8)";

    private long summed(YearMonth month) {
        Long sum =
                em.createQuery(
                                "SELECT SUM(b.minutes) FROM Booking b WHERE b.ngo = :ngo AND b.room.house = :house AND b.status IN :holding AND b.startsAt >= :from AND b.startsAt < :to",
                                Long.class)
                        .setParameter("ngo", ngo)
                        .setParameter("house", house)
                        .setParameter("holding", BookingStatus.HOLDING)
                        .setParameter("from", start(month))
                        .setParameter("to", start(month.plusMonths(1)))
                        .getSingleResult();
        return sum == null ? 0L : sum;
    }

    private Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    /** Counts a booking made (or planned) in this transaction. */
    public void add(Period period) {
        YearMonth month = monthOf(period.start());
        minutes.put(month, minutesIn(month) + period.minutes());
        if (period.start().isAfter(now)) {
            future = future() + 1;
        }
    }

    /**
     * Whether one more booking over the period keeps the NGO within its quotas; {@code moving} is a
     * booking being moved, which no longer counts where it was.
     */
    public Optional<BookingRulesCheck.Broken> check(Period period, Booking moving) {
        YearMonth month = monthOf(period.start());
        long used = minutesIn(month);
        int ahead = future();
        if (moving != null && moving.holdsRoom()) {
            if (monthOf(moving.startsAt()).equals(month)) {
                used -= moving.period().minutes();
            }
            if (moving.startsAt().isAfter(now)) {
                ahead--;
            }
        }
        if (used + period.minutes() > house.quotaHoursMonth() * 60L) {
            return Optional.of(
                    new BookingRulesCheck.Broken(
                            "booking.rule.quotaHours", used / 60.0, house.quotaHoursMonth()));
        }
        if (period.start().isAfter(now) && ahead + 1 > house.quotaFutureBookings()) {
            return Optional.of(
                    new BookingRulesCheck.Broken(
                            "booking.rule.quotaFuture", house.quotaFutureBookings()));
        }
        return Optional.empty();
    }

    private YearMonth monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(zone));
    }
}
