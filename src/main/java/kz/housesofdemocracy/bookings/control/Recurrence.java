package kz.housesofdemocracy.bookings.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a recurring series meets: weekly on chosen weekdays, monthly on a day of the month (months
 * without that day are skipped, as in RFC 5545), or monthly on the n-th (or last) weekday; from a
 * first day, until a date or for a count, never beyond a year.
 */
public record Recurrence(
        Kind kind,
        Set<DayOfWeek> weekdays,
        int dayOfMonth,
        int weekOfMonth,
        DayOfWeek weekday,
        LocalDate first,
        LocalDate until,
        int count) {

    /** The longest a series may run: occurrences fall before first + 1 year. */
    public static final int MAX_YEARS = 1;

    /** How a series repeats. */
    public enum Kind {
        WEEKLY,
        MONTHLY_DAY,
        MONTHLY_WEEKDAY
    }

    public static Recurrence weekly(
            Set<DayOfWeek> weekdays, LocalDate first, LocalDate until, int count) {
        return new Recurrence(
                Kind.WEEKLY,
                weekdays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekdays),
                0,
                0,
                null,
                first,
                until,
                count);
    }

    public static Recurrence monthlyOnDay(
            int dayOfMonth, LocalDate first, LocalDate until, int count) {
        return new Recurrence(
                Kind.MONTHLY_DAY,
                EnumSet.noneOf(DayOfWeek.class),
                dayOfMonth,
                0,
                null,
                first,
                until,
                count);
    }

    /** The n-th weekday of each month (1–4), or the last one with -1. */
    public static Recurrence monthlyOnWeekday(
            int weekOfMonth, DayOfWeek weekday, LocalDate first, LocalDate until, int count) {
        return new Recurrence(
                Kind.MONTHLY_WEEKDAY,
                EnumSet.noneOf(DayOfWeek.class),
                0,
                weekOfMonth,
                weekday,
                first,
                until,
                count);
    }

    /** The bundle key of what is wrong with the rule, if anything. */
    public Optional<String> problem() {
        if (first == null) {
            return Optional.of("series.problem.first");
        }
        if ((until == null) == (count <= 0)) {
            return Optional.of("series.problem.untilOrCount");
        }
        if (until != null && (until.isBefore(first) || !until.isBefore(last().plusDays(1)))) {
            return Optional.of("series.problem.year");
        }
        if (count > 370) {
            return Optional.of("series.problem.year");
        }
        return switch (kind) {
            case WEEKLY ->
                    weekdays.isEmpty() ? Optional.of("series.problem.weekdays") : Optional.empty();
            case MONTHLY_DAY ->
                    dayOfMonth < 1 || dayOfMonth > 31
                            ? Optional.of("series.problem.dayOfMonth")
                            : Optional.empty();
            case MONTHLY_WEEKDAY ->
                    weekday == null
                                    || !(weekOfMonth == -1
                                            || (weekOfMonth >= 1 && weekOfMonth <= 4))
                            ? Optional.of("series.problem.weekOfMonth")
                            : Optional.empty();
        };
    }

    /** The last day a series starting on {@code first} may meet. */
    private LocalDate last() {
        return first.plusYears(MAX_YEARS).minusDays(1);
    }

    /** Every day the series meets, in order; empty when the rule has a problem. */
    public List<LocalDate> dates() {
        if (problem().isPresent()) {
            return List.of();
        }
        LocalDate end = until != null ? until : last();
        List<LocalDate> dates = new ArrayList<>();
        switch (kind) {
            case WEEKLY -> {
                for (LocalDate d = first; !d.isAfter(end) && more(dates); d = d.plusDays(1)) {
                    if (weekdays.contains(d.getDayOfWeek())) {
                        dates.add(d);
                    }
                }
            }
            case MONTHLY_DAY, MONTHLY_WEEKDAY -> {
                for (LocalDate month = first.withDayOfMonth(1);
                        !month.isAfter(end) && more(dates);
                        month = month.plusMonths(1)) {
                    Optional<LocalDate> day = inMonth(month);
                    if (day.isPresent() && !day.get().isBefore(first) && !day.get().isAfter(end)) {
                        dates.add(day.get());
                    }
                }
            }
        }
        return dates;
    }

    private boolean more(List<LocalDate> dates) {
        return count <= 0 || dates.size() < count;
    }

    private Optional<LocalDate> inMonth(LocalDate month) {
        if (kind == Kind.MONTHLY_DAY) {
            return dayOfMonth <= month.lengthOfMonth()
                    ? Optional.of(month.withDayOfMonth(dayOfMonth))
                    : Optional.empty();
        }
        if (weekOfMonth == -1) {
            return Optional.of(month.with(TemporalAdjusters.lastInMonth(weekday)));
        }
        return Optional.of(month.with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, weekday)));
    }

    /** The rule in a short, stable form for the record, e.g. "WEEKLY MO,WE FROM … UNTIL …". */
    public String describe() {
        String how =
                switch (kind) {
                    case WEEKLY ->
                            "WEEKLY "
                                    + weekdays.stream()
                                            .map(d -> d.name().substring(0, 2))
                                            .collect(Collectors.joining(","));
                    case MONTHLY_DAY -> "MONTHLY DAY " + dayOfMonth;
                    case MONTHLY_WEEKDAY ->
                            "MONTHLY " + weekOfMonth + weekday.name().substring(0, 2);
                };
        return how + " FROM " + first + (until != null ? " UNTIL " + until : " COUNT " + count);
    }
}
