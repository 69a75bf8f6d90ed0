package kz.housesofdemocracy.premises.entity;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** A House's week: at most one span of hours per weekday; a day without one is a closing day. */
public final class OpeningHours {

    private final Map<DayOfWeek, DailyHours> byDay = new EnumMap<>(DayOfWeek.class);

    public OpeningHours(Collection<DailyHours> days) {
        for (DailyHours hours : days) {
            if (byDay.put(hours.day(), hours) != null) {
                throw new IllegalArgumentException("two spans of hours on " + hours.day());
            }
        }
    }

    public Optional<DailyHours> on(DayOfWeek day) {
        return Optional.ofNullable(byDay.get(day));
    }

    public boolean isOpen(DayOfWeek day) {
        return byDay.containsKey(day);
    }

    /** Whether [start, end) on that weekday lies inside the opening hours. */
    public boolean covers(DayOfWeek day, LocalTime start, LocalTime end) {
        return on(day).map(hours -> hours.covers(start, end)).orElse(false);
    }

    /** Opening hours in a whole week, before holidays and blackouts are taken off. */
    public Duration perWeek() {
        return byDay.values().stream()
                .map(hours -> Duration.between(hours.opens(), hours.closes()))
                .reduce(Duration.ZERO, Duration::plus);
    }
}
