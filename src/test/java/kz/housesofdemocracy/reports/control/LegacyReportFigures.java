package kz.housesofdemocracy.reports.control;

import static kz.housesofdemocracy.reports.control.NativeRows.decimal;
import static kz.housesofdemocracy.reports.control.NativeRows.instant;
import static kz.housesofdemocracy.reports.control.NativeRows.number;
import static kz.housesofdemocracy.reports.control.NativeRows.time;
import static kz.housesofdemocracy.reports.control.NativeRows.utc;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.housesofdemocracy.closures.control.HolidayCalendar;
import kz.housesofdemocracy.platform.Period;

/**
 * The report's computation as it was before #21, for comparison only: rooms' months recomputed from
 * every booking of the year (GROUP BY room and month) and the open time from hours, holidays and
 * blackouts (no opening dates); money by NGO from every booking.
 */
@Dependent
public class LegacyReportFigures {

    @PersistenceContext private EntityManager em;

    /** Twelve months of each room of the House, the old way. */
    public Map<Long, Figures[]> rooms(int year, long houseId) {
        ReportScope scope = new ReportScope(year, null, houseId);
        Map<Long, ZoneId> zones = new HashMap<>();
        Map<Long, Instant> houseClosed = new HashMap<>();
        Map<DayOfWeek, OpenTime.Hours> week = new EnumMap<>(DayOfWeek.class);
        Map<Long, Instant> retired = new LinkedHashMap<>();
        for (Object[] row :
                NativeRows.rows(
                        em,
                        "SELECT h.time_zone, h.closed_at, r.id, r.retired_at, o.day_of_week, o.opens, o.closes"
                                + " FROM house h JOIN room r ON r.house_id = h.id LEFT JOIN house_opening_hours o ON o.house_id = h.id"
                                + " WHERE h.id = ?h ORDER BY r.id",
                        null,
                        houseId)) {
            zones.put(houseId, ZoneId.of((String) row[0]));
            houseClosed.put(houseId, instant(row[1]));
            Instant r = instant(row[3]);
            if (r == null || r.isAfter(scope.period().start())) {
                retired.put(number(row[2]), r);
            }
            if (row[4] != null) {
                week.put(
                        DayOfWeek.valueOf(String.valueOf(row[4]).strip()),
                        new OpenTime.Hours(time(row[5]), time(row[6])));
            }
        }
        List<HolidayCalendar.Entry> entries = new ArrayList<>();
        for (Object[] row :
                NativeRows.rows(
                        em,
                        "SELECT holiday_date, transferable FROM holiday WHERE holiday_date >= ?a AND holiday_date <= ?b",
                        null,
                        null,
                        "a",
                        Date.valueOf(scope.first().minusDays(7)),
                        "b",
                        Date.valueOf(scope.next().minusDays(1)))) {
            entries.add(
                    new HolidayCalendar.Entry(
                            NativeRows.date(row[0]), null, Boolean.TRUE.equals(row[1])));
        }
        Set<LocalDate> daysOff = new TreeSet<>(HolidayCalendar.daysOff(entries).keySet());
        daysOff.removeIf(d -> d.getYear() != year);
        List<Object[]> blackouts =
                NativeRows.rows(
                        em,
                        "SELECT b.room_id, b.starts_at, b.ends_at, b.event_id FROM blackout b"
                                + " WHERE b.house_id = ?h AND b.starts_at < ?to AND b.ends_at > ?from",
                        null,
                        houseId,
                        "from",
                        utc(scope.period().start()),
                        "to",
                        utc(scope.period().end()));
        Map<Long, Figures[]> result = new LinkedHashMap<>();
        OpenTime open = new OpenTime(year, zones.get(houseId), week, daysOff);
        for (Map.Entry<Long, Instant> room : retired.entrySet()) {
            List<Period> closed = new ArrayList<>();
            List<Period> held = new ArrayList<>();
            for (Object[] b : blackouts) {
                if (b[0] == null || number(b[0]) == room.getKey()) {
                    (b[3] != null ? held : closed).add(Period.of(instant(b[1]), instant(b[2])));
                }
            }
            if (room.getValue() != null) {
                closed.add(Period.of(room.getValue(), Instant.MAX));
            }
            if (houseClosed.get(houseId) != null) {
                closed.add(Period.of(houseClosed.get(houseId), Instant.MAX));
            }
            long[] o = open.open();
            long[] c = open.covered(closed);
            long[] h = open.covered(held);
            Figures[] months = Months.zeros();
            for (int m = 0; m < 12; m++) {
                months[m] =
                        Figures.rooms(
                                o[m] - c[m],
                                0,
                                h[m],
                                0,
                                0,
                                BigDecimal.ZERO,
                                BigDecimal.ZERO,
                                BigDecimal.ZERO);
            }
            result.put(room.getKey(), months);
        }
        for (Object[] row :
                NativeRows.rows(
                        em,
                        "SELECT b.room_id, b.starts_at, b.minutes, CASE WHEN b.checked_in_at IS NOT NULL THEN b.minutes ELSE 0 END,"
                                + " CASE WHEN b.status = 'NO_SHOW' THEN 1 ELSE 0 END, b.market_value, b.subsidy, b.charged"
                                + " FROM booking b JOIN room r ON r.id = b.room_id"
                                + " WHERE r.house_id = ?h AND b.status IN ('CONFIRMED', 'NO_SHOW') AND b.starts_at >= ?from AND b.starts_at < ?to",
                        null,
                        houseId,
                        "from",
                        utc(scope.period().start()),
                        "to",
                        utc(scope.period().end()))) {
            Figures[] months = result.get(number(row[0]));
            if (months == null) {
                continue;
            }
            int m =
                    instant(row[1])
                                    .atZone(kz.housesofdemocracy.platform.Clocks.KAZAKHSTAN)
                                    .getMonthValue()
                            - 1;
            months[m] =
                    months[m].plus(
                            Figures.rooms(
                                    0,
                                    number(row[2]),
                                    number(row[3]),
                                    1,
                                    number(row[4]),
                                    decimal(row[5]),
                                    decimal(row[6]),
                                    decimal(row[7])));
        }
        return result;
    }
}
