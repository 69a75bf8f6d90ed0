package kz.housesofdemocracy.reports.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import kz.housesofdemocracy.platform.i18n.LocalizedText;

/**
 * The places of a report: its regions, their Houses and the rooms not retired before the year
 * began, each in the order of the report.
 */
public record ReportPlaces(
        Map<String, LocalizedText> regions, Map<Long, House> houses, List<Room> rooms) {

    public record House(
            long id,
            String region,
            LocalizedText name,
            ZoneId zone,
            LocalDate openedOn,
            Instant closedAt) {}

    public record Room(long id, long house, String region, LocalizedText name, Instant retiredAt) {}
}
