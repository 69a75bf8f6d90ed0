package kz.housesofdemocracy.platform;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of time from a start (included) to an end (excluded): a booking, a blackout, an event,
 * a day in a House's zone. Two periods overlap when each starts before the other ends, so a booking
 * ending at 11:00 and one starting at 11:00 do not. The database queries say the same in JPQL
 * ({@code x.startsAt < :end AND x.endsAt > :start}).
 */
public record Period(Instant start, Instant end) implements Serializable {

    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException(
                    "A period ends after it starts: " + start + " " + end);
        }
    }

    public static Period of(Instant start, Instant end) {
        return new Period(start, end);
    }

    /** True when the two periods share at least one instant. */
    public boolean overlaps(Period other) {
        return overlaps(other.start, other.end);
    }

    /** True when this period shares at least one instant with [start, end). */
    public boolean overlaps(Instant otherStart, Instant otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }

    /** True when the instant lies in this period (its start included, its end not). */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** True when the other period lies wholly inside this one. */
    public boolean encloses(Period other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public long minutes() {
        return length().toMinutes();
    }
}
