package kz.housesofdemocracy.bookings.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import kz.housesofdemocracy.bookings.entity.Booking;
import kz.housesofdemocracy.platform.Period;

/**
 * Whether anything at all could stand in a booking's way, counted in one statement before the
 * detailed reads: blackouts of the House over the span, holding bookings of the room over it,
 * standing waitlist offers over it, and holidays in the week up to the day (a holiday on a weekend
 * moves its day off forward). Each count is a superset of what its detailed read finds, so a zero
 * means that read would find nothing and is skipped; anything else is read as before. On the usual
 * path (a free slot on a working day) three reads and a holiday read become one. When the NGO's
 * quota use has not been read yet in the transaction, the same statement sums it too ({@link
 * QuotaUsage#sums}): its FROM is the NGO's holding bookings at the House, and the counts above are
 * subqueries of constants beside those sums.
 */
public record Clearance(long inTheWay, long holidays) {

    /**
     * How far back a holiday can give a day off (transfers from a weekend; as {@code Holidays}).
     */
    public static final int HOLIDAY_REACH_DAYS = 7;

    private static final String COUNTS =
            "(SELECT COUNT(*) FROM blackout x WHERE x.house_id = ?1 AND x.starts_at < ?2"
                    + " AND x.ends_at > ?3)"
                    + " + (SELECT COUNT(*) FROM booking o WHERE o.room_id = ?4 AND o.status IN ("
                    + BookingSql.HOLDING
                    + ") AND o.starts_at >= ?5 AND o.starts_at < ?6 AND o.ends_at > ?7)"
                    + " + (SELECT COUNT(*) FROM waitlist_entry w WHERE w.room_id = ?8"
                    + " AND w.status = 'OFFERED' AND w.starts_at < ?9 AND w.ends_at > ?10),"
                    + " (SELECT COUNT(*) FROM holiday h WHERE h.holiday_date >= ?11"
                    + " AND h.holiday_date <= ?12)";

    private static final String SQL = "SELECT " + COUNTS;

    private static final String WITH_QUOTA = "SELECT " + COUNTS + ", " + QuotaUsage.sums(13);

    /** What could stand in the way of the room over the period, on a day of the House's zone. */
    public static Clearance read(
            EntityManager em, long houseId, long roomId, Period period, LocalDate day) {
        return read(em, houseId, roomId, period, day, null);
    }

    /**
     * The same, and the quota use's first question when {@code usage} (null for a caller held to no
     * quota) has not asked it yet, answered into it.
     */
    public static Clearance read(
            EntityManager em,
            long houseId,
            long roomId,
            Period period,
            LocalDate day,
            QuotaUsage usage) {
        boolean quota = usage != null && usage.asks();
        OffsetDateTime start = BookingSql.utc(period.start());
        OffsetDateTime end = BookingSql.utc(period.end());
        Query query =
                em.createNativeQuery(quota ? WITH_QUOTA : SQL)
                        .setParameter(1, houseId)
                        .setParameter(2, end)
                        .setParameter(3, start)
                        .setParameter(4, roomId)
                        .setParameter(5, BookingSql.utc(period.start().minus(Booking.LONGEST)))
                        .setParameter(6, end)
                        .setParameter(7, start)
                        .setParameter(8, roomId)
                        .setParameter(9, end)
                        .setParameter(10, start)
                        .setParameter(11, Date.valueOf(day.minusDays(HOLIDAY_REACH_DAYS)))
                        .setParameter(12, Date.valueOf(day));
        YearMonth month = quota ? usage.monthOf(period.start()) : null;
        if (quota) {
            usage.bind(query, 13, month);
        }
        Object[] row = (Object[]) query.getSingleResult();
        if (quota) {
            usage.answer(month, row[2], row[3]);
        }
        return new Clearance(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** Nothing holds, closes or is offered over the span: the detailed reads would find nothing. */
    public boolean clear() {
        return inTheWay == 0;
    }

    /** No holiday can make the day a day off: the holiday read would find nothing. */
    public boolean noHoliday() {
        return holidays == 0;
    }
}
