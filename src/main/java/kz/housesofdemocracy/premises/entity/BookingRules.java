package kz.housesofdemocracy.premises.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * How a room may be booked: shortest and longest booking, how far ahead, and how much notice.
 * Lengths are whole half-hours, as the booking grid is. Defaults: 30 min, 8 h, 90 days, 2 h.
 */
@Embeddable
public class BookingRules implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int GRID_MINUTES = 30;
    public static final BookingRules DEFAULT = new BookingRules(30, 480, 90, 120);

    @Column(name = "min_minutes", nullable = false)
    private int minMinutes;

    @Column(name = "max_minutes", nullable = false)
    private int maxMinutes;

    @Column(name = "horizon_days", nullable = false)
    private int horizonDays;

    @Column(name = "notice_minutes", nullable = false)
    private int noticeMinutes;

    protected BookingRules() {}

    public BookingRules(int minMinutes, int maxMinutes, int horizonDays, int noticeMinutes) {
        if (minMinutes < GRID_MINUTES || minMinutes % GRID_MINUTES != 0) {
            throw new IllegalArgumentException("the shortest booking is whole half-hours");
        }
        if (maxMinutes < minMinutes || maxMinutes % GRID_MINUTES != 0 || maxMinutes > 24 * 60) {
            throw new IllegalArgumentException(
                    "the longest booking is whole half-hours, at least the shortest, at most a day");
        }
        if (horizonDays < 1 || horizonDays > 730) {
            throw new IllegalArgumentException("the horizon is 1 to 730 days");
        }
        if (noticeMinutes < 0 || noticeMinutes > 60 * 24 * 30) {
            throw new IllegalArgumentException("the notice is 0 to 30 days");
        }
        this.minMinutes = minMinutes;
        this.maxMinutes = maxMinutes;
        this.horizonDays = horizonDays;
        this.noticeMinutes = noticeMinutes;
    }

    public Duration shortest() {
        return Duration.ofMinutes(minMinutes);
    }

    public Duration longest() {
        return Duration.ofMinutes(maxMinutes);
    }

    public Duration horizon() {
        return Duration.ofDays(horizonDays);
    }

    public Duration notice() {
        return Duration.ofMinutes(noticeMinutes);
    }

    public int minMinutes() {
        return minMinutes;
    }

    public int maxMinutes() {
        return maxMinutes;
    }

    public int horizonDays() {
        return horizonDays;
    }

    public int noticeMinutes() {
        return noticeMinutes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BookingRules other
                && minMinutes == other.minMinutes
                && maxMinutes == other.maxMinutes
                && horizonDays == other.horizonDays
                && noticeMinutes == other.noticeMinutes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(minMinutes, maxMinutes, horizonDays, noticeMinutes);
    }

    @Override
    public String toString() {
        return minMinutes
                + "–"
                + maxMinutes
                + " min, "
                + horizonDays
                + " d ahead, "
                + noticeMinutes
                + " min notice";
    }
}
