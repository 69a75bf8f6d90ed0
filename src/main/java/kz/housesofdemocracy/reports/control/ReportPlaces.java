package kz.housesofdemocracy.reports.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import kz.housesofdemocracy.platform.i18n.LocalizedText;

/**
 * The places of a report: its regions, their Houses (with their weekly hours) and the rooms not
 * retired before the year began, each in the order of the report.
 */
public record ReportPlaces(
        Map<String, LocalizedText> regions,
        Map<Long, House> houses,
        List<Room> rooms,
        Map<Long, Map<DayOfWeek, OpenTime.Hours>> weeks) {

    public record House(
            long id, String region, LocalizedText name, ZoneId zone, Instant closedAt) {}

    public record Room(long id, long house, String region, LocalizedText name, Instant retiredAt) {}

    /** A House's opening hours by weekday; none when it has none. */
    public Map<DayOfWeek, OpenTime.Hours> week(long house) {
        return weeks.getOrDefault(house, Map.of());
    }
}
