package kz.housesofdemocracy.closures.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import kz.housesofdemocracy.platform.i18n.LocalizedText;

/**
 * Days off from the holiday records: every holiday, plus, for a transferable holiday that falls on
 * a Saturday or Sunday, the next working day that is not already off (Labour Code art. 85).
 * Religious holidays are not transferred.
 */
public final class HolidayCalendar {

    private HolidayCalendar() {}

    /** A holiday as the calendar needs it. */
    public record Entry(LocalDate date, LocalizedText name, boolean transferable) {}

    /** Each day off with the name of the holiday that gives it, in date order. */
    public static Map<LocalDate, LocalizedText> daysOff(Collection<Entry> holidays) {
        Map<LocalDate, LocalizedText> off = new TreeMap<>();
        holidays.forEach(h -> off.put(h.date(), h.name()));
        holidays.stream()
                .filter(Entry::transferable)
                .filter(h -> isWeekend(h.date()))
                .sorted(java.util.Comparator.comparing(Entry::date))
                .forEach(
                        h -> {
                            LocalDate next = h.date().plusDays(1);
                            while (isWeekend(next) || off.containsKey(next)) {
                                next = next.plusDays(1);
                            }
                            off.put(next, h.name());
                        });
        return off;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
