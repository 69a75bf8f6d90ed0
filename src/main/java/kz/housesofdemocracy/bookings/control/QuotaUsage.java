package kz.housesofdemocracy.bookings.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
     * reads both (one round trip where there were two), unless the request's {@link Clearance}
     * carried it. Native, with its values bound: EclipseLink writes the values of a JPQL {@code
     * CASE} in the select list into the SQL as literals, so each request's SQL was new to the
     * statement cache and to the database's parser.
     */
    private void both(YearMonth month) {
        Query query = em.createNativeQuery(BOTH);
        bind(query, 1, month);
        Object[] row = (Object[]) query.getSingleResult();
        answer(month, row[0], row[1]);
    }

    /**
     * The first question's select list, FROM and WHERE (after a {@code SELECT}, or after another
     * select list and a comma), its eight positional parameters numbered from {@code first}; bind
     * them with {@link #values} and hand the two sums to {@link #answer}.
     */
    static String sums(int first) {
        Matcher parameter = Pattern.compile("\\?(\\d+)").matcher(SUMS);
        StringBuilder sql = new StringBuilder();
        while (parameter.find()) {
            parameter.appendReplacement(
                    sql, "?" + (Integer.parseInt(parameter.group(1)) + first - 1));
        }
        return parameter.appendTail(sql).toString();
    }

    private static final String SUMS =
            "SUM(CASE WHEN b.starts_at >= ?1 AND b.starts_at < ?2 THEN b.minutes ELSE 0 END),"
                    + " SUM(CASE WHEN b.starts_at > ?3 THEN 1 ELSE 0 END)"
                    + " FROM booking b JOIN room r ON r.id = b.room_id"
                    + " WHERE b.ngo_id = ?4 AND r.house_id = ?5 AND b.status IN ("
                    + BookingSql.HOLDING
                    + ") AND ((b.starts_at >= ?6 AND b.starts_at < ?7) OR b.starts_at > ?8)";

    private static final String BOTH = "SELECT " + sums(1);

    /** Binds the first question's values for a month from parameter {@code first} on. */
    void bind(Query query, int first, YearMonth month) {
        List<Object> values = values(month);
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(first + i, values.get(i));
        }
    }

    /** Whether the first question is still to be asked (nothing has been read yet). */
    boolean asks() {
        return future < 0;
    }

    /** The first question's values, in the order of its parameters, for a month. */
    List<Object> values(YearMonth month) {
        OffsetDateTime from = BookingSql.utc(start(month));
        OffsetDateTime to = BookingSql.utc(start(month.plusMonths(1)));
        OffsetDateTime after = BookingSql.utc(now);
        return List.of(from, to, after, ngo.id(), house.id(), from, to, after);
    }

    /** The first question's answer: the month's minutes and the bookings ahead (SQL sums). */
    void answer(YearMonth month, Object monthMinutes, Object ahead) {
        minutes.put(month, monthMinutes == null ? 0L : ((Number) monthMinutes).longValue());
        future = ahead == null ? 0 : ((Number) ahead).intValue();
    }

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

    /** The month of a moment in the House's zone. */
    YearMonth monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(zone));
    }
}
