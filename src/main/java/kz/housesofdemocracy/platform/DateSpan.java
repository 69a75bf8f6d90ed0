package kz.housesofdemocracy.platform;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Calendar days from a first to a last, both included: a lease's term, a window for applications, a
 * report's year, the days a page shows.
 */
public record DateSpan(LocalDate first, LocalDate last) implements Serializable {

    public DateSpan {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException(
                    "A span ends on or after its first day: " + first + " " + last);
        }
    }

    public static DateSpan of(LocalDate first, LocalDate last) {
        return new DateSpan(first, last);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /** True when the two spans share at least one day. */
    public boolean overlaps(DateSpan other) {
        return overlaps(other.first, other.last);
    }

    /** True when this span shares at least one day with [otherFirst, otherLast]. */
    public boolean overlaps(LocalDate otherFirst, LocalDate otherLast) {
        return !first.isAfter(otherLast) && !otherFirst.isAfter(last);
    }

    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    public Stream<LocalDate> stream() {
        return first.datesUntil(last.plusDays(1));
    }
}
