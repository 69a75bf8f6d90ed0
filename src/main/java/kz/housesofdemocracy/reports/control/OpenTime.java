package kz.housesofdemocracy.reports.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.housesofdemocracy.platform.Period;

/**
 * A room's open time in a year, month by month: the House's weekly hours, less its days off, and
 * the part of any given periods (blackouts, event holds) that falls inside that open time. Pure
 * arithmetic over a year's days: the reference data is small, the bookings are summed in SQL.
 */
public final class OpenTime {

    /** One day's hours. */
    public record Hours(LocalTime opens, LocalTime closes) {}

    private final int year;
    private final ZoneId zone;
    private final Map<DayOfWeek, Hours> week;
    private final Set<LocalDate> daysOff;

    public OpenTime(int year, ZoneId zone, Map<DayOfWeek, Hours> week, Set<LocalDate> daysOff) {
        this.year = year;
        this.zone = zone;
        this.week = week;
        this.daysOff = daysOff;
    }

    /** Minutes open in each month (index 0 = January). */
    public long[] open() {
        return covered(List.of(Period.of(Instant.MIN, Instant.MAX)));
    }

    /** Minutes of open time inside the periods (overlapping ones counted once), per month. */
    public long[] covered(List<Period> periods) {
        List<Period> merged = merge(periods);
        long[] months = new long[12];
        if (merged.isEmpty()) {
            return months;
        }
        for (LocalDate day = LocalDate.of(year, 1, 1);
                day.getYear() == year;
                day = day.plusDays(1)) {
            Hours hours = week.get(day.getDayOfWeek());
            if (hours == null || daysOff.contains(day)) {
                continue;
            }
            Instant from = day.atTime(hours.opens()).atZone(zone).toInstant();
            Instant to = day.atTime(hours.closes()).atZone(zone).toInstant();
            long minutes = 0;
            for (Period s : merged) {
                Instant a = s.start().isAfter(from) ? s.start() : from;
                Instant b = s.end().isBefore(to) ? s.end() : to;
                if (a.isBefore(b)) {
                    minutes += java.time.Duration.between(a, b).toMinutes();
                }
            }
            months[day.getMonthValue() - 1] += minutes;
        }
        return months;
    }

    private static List<Period> merge(List<Period> periods) {
        List<Period> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(Period::start));
        List<Period> merged = new ArrayList<>();
        for (Period s : sorted) {
            if (!merged.isEmpty() && !s.start().isAfter(merged.get(merged.size() - 1).end())) {
                Period last = merged.remove(merged.size() - 1);
                merged.add(
                        Period.of(
                                last.start(), s.end().isAfter(last.end()) ? s.end() : last.end()));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }
}
