package kz.housesofdemocracy.premises.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** A House's opening hours on one weekday, in its local time; the House is closed outside them. */
@Embeddable
public class DailyHours implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 9)
    private DayOfWeek day;

    @Column(name = "opens", nullable = false)
    private LocalTime opens;

    @Column(name = "closes", nullable = false)
    private LocalTime closes;

    protected DailyHours() {}

    public DailyHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
        if (day == null || opens == null || closes == null) {
            throw new IllegalArgumentException("day, opening and closing time are required");
        }
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException(
                    "a House must open before it closes: " + opens + "–" + closes);
        }
        this.day = day;
        this.opens = opens;
        this.closes = closes;
    }

    public DayOfWeek day() {
        return day;
    }

    public LocalTime opens() {
        return opens;
    }

    public LocalTime closes() {
        return closes;
    }

    /** Whether [start, end) on this day lies wholly inside the opening hours. */
    public boolean covers(LocalTime start, LocalTime end) {
        return !start.isBefore(opens) && !end.isAfter(closes) && start.isBefore(end);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DailyHours other
                && day == other.day
                && opens.equals(other.opens)
                && closes.equals(other.closes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, opens, closes);
    }
}
