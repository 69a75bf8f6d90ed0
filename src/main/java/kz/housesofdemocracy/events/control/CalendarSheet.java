package kz.housesofdemocracy.events.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.housesofdemocracy.platform.DateSpan;
import kz.housesofdemocracy.platform.i18n.LocalizedText;

/**
 * A sheet of the public event calendar: a month (whole weeks, Monday first), a week, or a list of
 * the days ahead, each day with its holiday and its events.
 *
 * @param view "month", "week" or "list"
 * @param days the days the view is about (a month's days also show its neighbours' in its weeks)
 * @param daysOff the days off in {@code days}, with the holiday that gives each
 */
public record CalendarSheet(
        String view,
        DateSpan days,
        LocalDate today,
        List<EventView> events,
        Map<LocalDate, LocalizedText> daysOff) {

    /** How far the list view looks ahead. */
    public static final int LIST_DAYS = 90;

    /** A day of the calendar with its holiday and events. */
    public record Day(
            LocalDate date,
            boolean inPeriod,
            boolean today,
            LocalizedText holiday,
            List<EventView> events) {}

    /** The view asked for if it is a week or a list, else the month. */
    public static String view(String asked) {
        return "week".equals(asked) || "list".equals(asked) ? asked : "month";
    }

    /** The days a view shows for a day: its week, the list from it on, or its month. */
    public static DateSpan days(String view, LocalDate day) {
        return switch (view) {
            case "week" -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield DateSpan.of(monday, monday.plusDays(6));
            }
            case "list" -> DateSpan.of(day, day.plusDays(LIST_DAYS - 1));
            default ->
                    DateSpan.of(
                            day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
        };
    }

    /** The weeks of the month view, Monday first, with the neighbouring months' days greyed. */
    public List<List<Day>> weeks() {
        LocalDate from = days.first().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate to = days.last().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<List<Day>> weeks = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(7)) {
            weeks.add(DateSpan.of(d, d.plusDays(6)).stream().map(this::day).toList());
        }
        return weeks;
    }

    /** The days of the week view, or the days with something on in the list view. */
    public List<Day> list() {
        return days.stream()
                .map(this::day)
                .filter(
                        one ->
                                "week".equals(view)
                                        || one.holiday() != null
                                        || !one.events().isEmpty())
                .toList();
    }

    /** The first day of the sheet before. */
    public LocalDate previous() {
        return switch (view) {
            case "week" -> days.first().minusWeeks(1);
            case "list" -> days.first().minusDays(LIST_DAYS);
            default -> days.first().minusMonths(1);
        };
    }

    /** The first day of the sheet after. */
    public LocalDate next() {
        return switch (view) {
            case "week" -> days.first().plusWeeks(1);
            case "list" -> days.first().plusDays(LIST_DAYS);
            default -> days.first().plusMonths(1);
        };
    }

    private Day day(LocalDate d) {
        boolean inPeriod = days.contains(d);
        return new Day(
                d,
                inPeriod,
                d.equals(today),
                inPeriod ? daysOff.get(d) : null,
                inPeriod ? events.stream().filter(e -> isOn(e, d)).toList() : List.of());
    }

    /** Whether the event is on the day, from its first local day to its last. */
    private static boolean isOn(EventView e, LocalDate day) {
        return !e.endDate().isBefore(e.date()) && DateSpan.of(e.date(), e.endDate()).contains(day);
    }
}
