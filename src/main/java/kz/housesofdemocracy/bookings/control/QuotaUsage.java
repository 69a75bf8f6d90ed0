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
 * An NGO's use of a House, for the quotas: minutes per month (summed by the database, one query per
 * month asked about) and bookings ahead (counted once), plus what this transaction adds. The cost
 * does not grow with the NGO's history.
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
        return minutes.computeIfAbsent(month, this::summed);
    }

    private long summed(YearMonth month) {
        Long sum =
                em.createQuery(
                                "SELECT SUM(b.minutes) FROM Booking b WHERE b.ngo = :ngo AND b.room.house = :house AND b.status IN :holding AND b.startsAt >= :from AND b.startsAt < :to",
                                Long.class)
                        .setParameter("ngo", ngo)
                        .setParameter("house", house)
                        .setParameter("holding", BookingStatus.HOLDING)
                        .setParameter("from", month.atDay(1).atStartOfDay(zone).toInstant())
                        .setParameter(
                                "to", month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant())
                        .getSingleResult();
        return sum == null ? 0L : sum;
    }

    /**
     * The NGO's holding bookings ahead at this House, counted up to one past the limit: more than
     * that changes no answer, so the cost stays bounded by the quota, not the history.
     */
    public int future() {
        if (future < 0) {
            future =
                    em.createQuery(
                                    "SELECT b.id FROM Booking b WHERE b.ngo = :ngo AND b.room.house = :house AND b.status IN :holding AND b.startsAt > :now",
                                    Long.class)
                            .setParameter("ngo", ngo)
                            .setParameter("house", house)
                            .setParameter("holding", BookingStatus.HOLDING)
                            .setParameter("now", now)
                            .setMaxResults(house.quotaFutureBookings() + 2)
                            .getResultList()
                            .size();
        }
        return future;
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
