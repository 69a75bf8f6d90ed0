package kz.housesofdemocracy.reports.control;

import static kz.housesofdemocracy.reports.control.NativeRows.date;
import static kz.housesofdemocracy.reports.control.NativeRows.decimal;
import static kz.housesofdemocracy.reports.control.NativeRows.instant;
import static kz.housesofdemocracy.reports.control.NativeRows.number;
import static kz.housesofdemocracy.reports.control.NativeRows.text;
import static kz.housesofdemocracy.reports.control.NativeRows.utc;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The report's SQL, one statement per method, three in all. Nothing here reads bookings row by row
 * or sums them: the rooms' figures and the money by NGO are kept as they happen ({@code
 * room_month_figures}, {@code ngo_month_figures}, and the open time {@code room_month_open}), lease
 * payments are one row per lease and month. What is read is a few rows per place, NGO and month,
 * whatever the bookings.
 */
@Dependent
public class ReportQueries {

    @PersistenceContext private EntityManager em;

    /** The places of a report with each room's twelve months, read from the kept tables. */
    public record KeptRooms(
            ReportPlaces places, Map<Long, Figures[]> months, Set<Long> housesNotKept) {}

    /**
     * Statement 1: regions, their Houses and the rooms not retired before the year, each room with
     * its kept months: open time ({@code room_month_open}) and booking figures ({@code
     * room_month_figures}), one row per room and month. Houses whose rooms lack some month of the
     * year come back in {@code housesNotKept}: the year was never kept for them.
     */
    public KeptRooms rooms(ReportScope scope) {
        ReportPlaces places =
                new ReportPlaces(new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>());
        Map<Long, ReportPlaces.Room> rooms = new LinkedHashMap<>();
        Map<Long, Figures[]> months = new HashMap<>();
        Map<Long, Integer> kept = new HashMap<>();
        for (Object[] row :
                rows(
                        "SELECT g.code, g.name_kk, g.name_ru, g.name_en, h.id, h.name_kk, h.name_ru, h.name_en, h.time_zone, h.opened_on, h.closed_at,"
                                + " r.id, r.name_kk, r.name_ru, r.name_en, r.retired_at,"
                                + " o.month_start, o.open_minutes, o.closed_minutes, o.held_minutes,"
                                + " f.booked_minutes, f.used_minutes, f.held_bookings, f.no_shows, f.market_value, f.subsidy, f.charged"
                                + " FROM region g LEFT JOIN house h ON h.region_code = g.code"
                                + " LEFT JOIN room r ON r.house_id = h.id AND (r.retired_at IS NULL OR r.retired_at > ?from)"
                                + " LEFT JOIN room_month_open o ON o.room_id = r.id AND o.month_start >= ?first AND o.month_start < ?next"
                                + " LEFT JOIN room_month_figures f ON f.room_id = o.room_id AND f.month_start = o.month_start"
                                + " WHERE 1 = 1"
                                + (scope.houseId() != null
                                        ? " AND h.id = ?h"
                                        : scope.regionCode() != null ? " AND g.code = ?r" : "")
                                + " ORDER BY g.code, h.id, r.id, o.month_start",
                        scope,
                        "from",
                        utc(scope.period().start()),
                        "first",
                        Date.valueOf(scope.first()),
                        "next",
                        Date.valueOf(scope.next()))) {
            String region = (String) row[0];
            places.regions().putIfAbsent(region, text(row[1], row[2], row[3]));
            if (row[4] == null) {
                continue;
            }
            long house = number(row[4]);
            places.houses()
                    .computeIfAbsent(
                            house,
                            k ->
                                    new ReportPlaces.House(
                                            house,
                                            region,
                                            text(row[5], row[6], row[7]),
                                            ZoneId.of((String) row[8]),
                                            row[9] == null ? null : date(row[9]),
                                            instant(row[10])));
            if (row[11] == null) {
                continue;
            }
            long room = number(row[11]);
            rooms.computeIfAbsent(
                    room,
                    k ->
                            new ReportPlaces.Room(
                                    room,
                                    house,
                                    region,
                                    text(row[12], row[13], row[14]),
                                    instant(row[15])));
            Figures[] twelve = months.computeIfAbsent(room, k -> Months.zeros());
            if (row[16] == null) {
                kept.putIfAbsent(room, 0);
                continue;
            }
            kept.merge(room, 1, Integer::sum);
            int m = date(row[16]).getMonthValue() - 1;
            twelve[m] =
                    RoomFigures.month(
                            number(row[17]),
                            number(row[18]),
                            number(row[19]),
                            number(row[20]),
                            number(row[21]),
                            number(row[22]),
                            number(row[23]),
                            decimal(row[24]),
                            decimal(row[25]),
                            decimal(row[26]));
        }
        places.rooms().addAll(rooms.values());
        Set<Long> notKept = new TreeSet<>();
        for (ReportPlaces.Room room : rooms.values()) {
            if (kept.getOrDefault(room.id(), 0) < 12) {
                notKept.add(room.house());
            }
        }
        return new KeptRooms(places, months, notKept);
    }

    /**
     * Statement 2: the offices of the scope, each with its lease payments in the year summed by
     * month: one row per office and month paid for, or one row with no month for an office with no
     * payments.
     */
    public List<OfficeFigures.Row> offices(ReportScope scope) {
        List<OfficeFigures.Row> offices = new ArrayList<>();
        for (Object[] row :
                rows(
                        "SELECT o.id, o.house_id, o.area_m2, o.available_from, o.retired_at, p.due_month, p.market_kzt, p.payment_kzt, p.subsidy_kzt"
                                + " FROM office o JOIN house h ON h.id = o.house_id"
                                + " LEFT JOIN (SELECT l.office_id, q.due_month, SUM(q.market_kzt) AS market_kzt, SUM(q.payment_kzt) AS payment_kzt, SUM(q.subsidy_kzt) AS subsidy_kzt"
                                + "   FROM lease_payment q JOIN lease l ON l.id = q.lease_id WHERE q.due_month >= ?first AND q.due_month < ?next GROUP BY l.office_id, q.due_month) p"
                                + " ON p.office_id = o.id WHERE 1 = 1"
                                + scope.houseFilter()
                                + " ORDER BY o.id",
                        scope,
                        "first",
                        Date.valueOf(scope.first()),
                        "next",
                        Date.valueOf(scope.next()))) {
            offices.add(
                    new OfficeFigures.Row(
                            number(row[0]),
                            number(row[1]),
                            decimal(row[2]),
                            date(row[3]),
                            instant(row[4]),
                            row[5] == null ? null : date(row[5]),
                            decimal(row[6]),
                            decimal(row[7]),
                            decimal(row[8])));
        }
        return offices;
    }

    /** What the report says of NGOs: money by NGO, their attributes, counts by region. */
    public record NgoFigures(
            Map<Long, NgoMoney> money, NgoAttributes attributes, Map<String, long[]> counts) {}

    /**
     * Statement 3, in one UNION ALL: money by NGO (kept booking figures, {@code ngo_month_figures},
     * and lease payments of the year, each grouped by NGO on its own and added here: H2 copies a
     * derived table of both into a temporary result before grouping it, the largest single cost of
     * a national report on a country's data; the House table is joined only to narrow the scope),
     * the NGOs with their areas (with the areas' names), languages and funding, and per region the
     * NGOs registered, verified and active (used the space in the last 12 months, by booking or by
     * lease: an index probe per NGO on {@code booking_ngo}).
     */
    public NgoFigures ngos(ReportScope scope, Instant now, LocalDate today) {
        NgoFigures figures =
                new NgoFigures(
                        new LinkedHashMap<>(),
                        new NgoAttributes(
                                new HashMap<>(),
                                new HashMap<>(),
                                new HashMap<>(),
                                new HashMap<>(),
                                new HashMap<>()),
                        new HashMap<>());
        NgoAttributes attributes = figures.attributes();
        for (Object[] row :
                rows(
                        "SELECT 'M', f.ngo_id, NULL, NULL, NULL, NULL, NULL, SUM(f.booked_minutes), SUM(f.market_value), SUM(f.charged), SUM(f.subsidy)"
                                + " FROM ngo_month_figures f"
                                + (scope.national() ? "" : " JOIN house h ON h.id = f.house_id")
                                + " WHERE f.month_start >= ?first AND f.month_start < ?next"
                                + scope.houseFilter()
                                + " GROUP BY f.ngo_id"
                                + " UNION ALL SELECT 'P', l.ngo_id, NULL, NULL, NULL, NULL, NULL, 0, SUM(q.market_kzt), SUM(q.payment_kzt), SUM(q.subsidy_kzt)"
                                + " FROM lease_payment q JOIN lease l ON l.id = q.lease_id"
                                + (scope.national() ? "" : " JOIN house h ON h.id = l.house_id")
                                + " WHERE q.due_month >= ?first AND q.due_month < ?next"
                                + scope.houseFilter()
                                + " GROUP BY l.ngo_id"
                                + " UNION ALL SELECT 'N', n.id, n.region_code, n.name_kk, n.name_ru, n.name_en, CASE WHEN n.youth_led THEN 'Y' ELSE 'N' END, NULL, NULL, NULL, NULL FROM ngo n"
                                + " UNION ALL SELECT 'A', a.ngo_id, a.area_code, x.name_kk, x.name_ru, x.name_en, NULL, NULL, NULL, NULL, NULL FROM ngo_area a JOIN activity_area x ON x.code = a.area_code"
                                + " UNION ALL SELECT 'L', ngo_id, language, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM ngo_language"
                                + " UNION ALL SELECT 'F', ngo_id, source, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM ngo_funding"
                                + " UNION ALL SELECT 'C', NULL, n.region_code, NULL, NULL, NULL, NULL,"
                                + " SUM(CASE WHEN n.operating <> 'LIQUIDATED' THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN n.operating <> 'LIQUIDATED' AND n.identity = 'VERIFIED' THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN n.operating <> 'LIQUIDATED' AND (EXISTS (SELECT 1 FROM booking b WHERE b.ngo_id = n.id AND b.status = 'CONFIRMED' AND b.starts_at >= ?since AND b.starts_at < ?now)"
                                + " OR EXISTS (SELECT 1 FROM lease l WHERE l.ngo_id = n.id AND l.status IN ('ACTIVE', 'ENDED', 'TERMINATED') AND l.starts_on <= ?today"
                                + " AND CASE WHEN l.terminated_on IS NOT NULL AND l.terminated_on < l.ends_on THEN l.terminated_on ELSE l.ends_on END >= ?yearAgo"
                                + " AND (l.terminated_on IS NULL OR l.terminated_on >= l.starts_on))"
                                + ") THEN 1 ELSE 0 END), NULL"
                                + " FROM ngo n GROUP BY n.region_code",
                        scope,
                        "first",
                        Date.valueOf(scope.first()),
                        "next",
                        Date.valueOf(scope.next()),
                        "since",
                        utc(now.minus(Duration.ofDays(365))),
                        "now",
                        utc(now),
                        "today",
                        Date.valueOf(today),
                        "yearAgo",
                        Date.valueOf(today.minusYears(1)))) {
            String code = (String) row[2];
            switch (String.valueOf(row[0]).strip()) {
                case "M", "P" ->
                        figures.money()
                                .merge(
                                        number(row[1]),
                                        new NgoMoney(
                                                number(row[7]),
                                                decimal(row[8]),
                                                decimal(row[9]),
                                                decimal(row[10])),
                                        NgoMoney::plus);
                case "N" ->
                        attributes
                                .ngos()
                                .put(
                                        number(row[1]),
                                        new NgoAttributes.Ngo(
                                                text(row[3], row[4], row[5]),
                                                code,
                                                "Y".equals(String.valueOf(row[6]).strip())));
                case "A" -> {
                    attributes
                            .areasOf()
                            .computeIfAbsent(number(row[1]), k -> new ArrayList<>())
                            .add(code);
                    attributes.areaNames().putIfAbsent(code, text(row[3], row[4], row[5]));
                }
                case "L" ->
                        attributes
                                .languagesOf()
                                .computeIfAbsent(number(row[1]), k -> new ArrayList<>())
                                .add(code);
                case "F" ->
                        attributes
                                .fundingOf()
                                .computeIfAbsent(number(row[1]), k -> new ArrayList<>())
                                .add(code);
                default ->
                        figures.counts()
                                .put(
                                        code,
                                        new long[] {
                                            number(row[7]), number(row[8]), number(row[9])
                                        });
            }
        }
        return figures;
    }

    private List<Object[]> rows(String sql, ReportScope scope, Object... named) {
        return NativeRows.rows(em, sql, scope.regionCode(), scope.houseId(), named);
    }
}
