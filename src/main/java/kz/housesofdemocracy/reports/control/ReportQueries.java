package kz.housesofdemocracy.reports.control;

import static kz.housesofdemocracy.reports.control.NativeRows.date;
import static kz.housesofdemocracy.reports.control.NativeRows.decimal;
import static kz.housesofdemocracy.reports.control.NativeRows.instant;
import static kz.housesofdemocracy.reports.control.NativeRows.number;
import static kz.housesofdemocracy.reports.control.NativeRows.text;
import static kz.housesofdemocracy.reports.control.NativeRows.time;
import static kz.housesofdemocracy.reports.control.NativeRows.utc;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.housesofdemocracy.platform.Period;

/**
 * The report's SQL, one statement per method. Bookings and lease payments are summed by the
 * database (GROUP BY room and month, GROUP BY NGO); what is read row by row is reference data
 * (places, opening hours, blackouts, offices, NGOs' attributes), a few thousand rows at most
 * whatever the bookings.
 */
@Dependent
public class ReportQueries {

    @PersistenceContext private EntityManager em;

    /**
     * Regions, their Houses and the rooms not retired before the year, with the Houses' weekly
     * hours (one row per room and open weekday).
     */
    public ReportPlaces places(ReportScope scope) {
        Instant from = scope.period().start();
        ReportPlaces places =
                new ReportPlaces(
                        new LinkedHashMap<>(),
                        new LinkedHashMap<>(),
                        new ArrayList<>(),
                        new HashMap<>());
        Map<Long, ReportPlaces.Room> rooms = new LinkedHashMap<>();
        for (Object[] row :
                rows(
                        "SELECT g.code, g.name_kk, g.name_ru, g.name_en, h.id, h.name_kk, h.name_ru, h.name_en, h.time_zone,"
                                + " r.id, r.name_kk, r.name_ru, r.name_en, r.status, r.retired_at,"
                                + " o.day_of_week, o.opens, o.closes, h.closed_at"
                                + " FROM region g LEFT JOIN house h ON h.region_code = g.code"
                                + " LEFT JOIN room r ON r.house_id = h.id"
                                + " LEFT JOIN house_opening_hours o ON o.house_id = h.id"
                                + " WHERE 1 = 1"
                                + (scope.houseId() != null
                                        ? " AND h.id = ?h"
                                        : scope.regionCode() != null ? " AND g.code = ?r" : "")
                                + " ORDER BY g.code, h.id, r.id",
                        scope)) {
            read(row, places, rooms, from);
        }
        places.rooms().addAll(rooms.values());
        return places;
    }

    /** One row of {@link #places}: a region, maybe a House, maybe a weekday's hours and a room. */
    private static void read(
            Object[] row, ReportPlaces places, Map<Long, ReportPlaces.Room> rooms, Instant from) {
        String region = (String) row[0];
        places.regions().putIfAbsent(region, text(row[1], row[2], row[3]));
        if (row[4] == null) {
            return;
        }
        long house = number(row[4]);
        places.houses()
                .putIfAbsent(
                        house,
                        new ReportPlaces.House(
                                house,
                                region,
                                text(row[5], row[6], row[7]),
                                ZoneId.of((String) row[8]),
                                instant(row[18])));
        if (row[15] != null) {
            places.weeks()
                    .computeIfAbsent(house, k -> new EnumMap<>(DayOfWeek.class))
                    .put(
                            DayOfWeek.valueOf((String) row[15]),
                            new OpenTime.Hours(time(row[16]), time(row[17])));
        }
        if (row[9] != null && !rooms.containsKey(number(row[9]))) {
            Instant retired = instant(row[14]);
            if (retired == null || retired.isAfter(from)) {
                rooms.put(
                        number(row[9]),
                        new ReportPlaces.Room(
                                number(row[9]),
                                house,
                                region,
                                text(row[10], row[11], row[12]),
                                retired));
            }
        }
    }

    /** Blackouts and event holds that touch the year. */
    public List<Blackout> blackouts(ReportScope scope) {
        Period year = scope.period();
        List<Blackout> blackouts = new ArrayList<>();
        for (Object[] row :
                rows(
                        "SELECT b.room_id, b.house_id, b.starts_at, b.ends_at, b.event_id FROM blackout b JOIN house h ON h.id = b.house_id"
                                + " WHERE b.starts_at < ?to AND b.ends_at > ?from"
                                + scope.houseFilter(),
                        scope,
                        "from",
                        utc(year.start()),
                        "to",
                        utc(year.end()))) {
            blackouts.add(
                    new Blackout(
                            row[0] == null ? null : number(row[0]),
                            number(row[1]),
                            Period.of(instant(row[2]), instant(row[3])),
                            row[4] != null));
        }
        return blackouts;
    }

    /** Bookings that held a room, summed by room and month: twelve months for each room. */
    public Map<Long, Figures[]> bookingsByRoomAndMonth(ReportScope scope) {
        StringBuilder month = new StringBuilder("CASE");
        for (int m = 1; m < 12; m++) {
            month.append(" WHEN b.starts_at < ?m").append(m + 1).append(" THEN ").append(m);
        }
        month.append(" ELSE 12 END");
        List<Object> parameters = new ArrayList<>();
        for (int m = 2; m <= 12; m++) {
            parameters.add("m" + m);
            parameters.add(utc(scope.monthStart(m)));
        }
        Period year = scope.period();
        parameters.addAll(List.of("from", utc(year.start()), "to", utc(year.end())));
        Map<Long, Figures[]> byRoom = new HashMap<>();
        for (Object[] row :
                rows(
                        "SELECT t.room_id, t.m, SUM(t.minutes), SUM(t.used), COUNT(*), SUM(t.no_show), SUM(t.market_value), SUM(t.subsidy), SUM(t.charged)"
                                + " FROM (SELECT b.room_id, "
                                + month
                                + " AS m, b.minutes,"
                                + " CASE WHEN b.checked_in_at IS NOT NULL THEN b.minutes ELSE 0 END AS used,"
                                + " CASE WHEN b.status = 'NO_SHOW' THEN 1 ELSE 0 END AS no_show,"
                                + " b.market_value, b.subsidy, b.charged"
                                + " FROM booking b JOIN room r ON r.id = b.room_id JOIN house h ON h.id = r.house_id"
                                + " WHERE b.status IN ('CONFIRMED', 'NO_SHOW') AND b.starts_at >= ?from AND b.starts_at < ?to"
                                + scope.houseFilter()
                                + ") t GROUP BY t.room_id, t.m",
                        scope,
                        parameters.toArray())) {
            Figures[] months = byRoom.computeIfAbsent(number(row[0]), k -> Months.zeros());
            int m = (int) number(row[1]) - 1;
            months[m] =
                    months[m].plus(
                            Figures.rooms(
                                    0,
                                    number(row[2]),
                                    number(row[3]),
                                    number(row[4]),
                                    number(row[5]),
                                    decimal(row[6]),
                                    decimal(row[7]),
                                    decimal(row[8])));
        }
        return byRoom;
    }

    /**
     * The offices of the scope, each with its lease payments in the year summed by month: one row
     * per office and month paid for, or one row with no month for an office with no payments.
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

    /** Money by NGO: bookings and lease payments of the year in one statement. */
    public Map<Long, NgoMoney> moneyByNgo(ReportScope scope) {
        Period year = scope.period();
        Map<Long, NgoMoney> byNgo = new LinkedHashMap<>();
        for (Object[] row :
                rows(
                        "SELECT t.ngo_id, SUM(t.minutes), SUM(t.market), SUM(t.payments), SUM(t.subsidy) FROM ("
                                + " SELECT b.ngo_id, b.minutes AS minutes, b.market_value AS market, b.charged AS payments, b.subsidy AS subsidy"
                                + " FROM booking b JOIN room r ON r.id = b.room_id JOIN house h ON h.id = r.house_id"
                                + " WHERE b.status IN ('CONFIRMED', 'NO_SHOW') AND b.starts_at >= ?from AND b.starts_at < ?to"
                                + scope.houseFilter()
                                + " UNION ALL"
                                + " SELECT l.ngo_id, 0, q.market_kzt, q.payment_kzt, q.subsidy_kzt"
                                + " FROM lease_payment q JOIN lease l ON l.id = q.lease_id JOIN house h ON h.id = l.house_id"
                                + " WHERE q.due_month >= ?first AND q.due_month < ?next"
                                + scope.houseFilter()
                                + ") t GROUP BY t.ngo_id",
                        scope,
                        "from",
                        utc(year.start()),
                        "to",
                        utc(year.end()),
                        "first",
                        Date.valueOf(scope.first()),
                        "next",
                        Date.valueOf(scope.next()))) {
            byNgo.put(
                    number(row[0]),
                    new NgoMoney(
                            number(row[1]), decimal(row[2]), decimal(row[3]), decimal(row[4])));
        }
        return byNgo;
    }

    /** The NGOs and their areas (with the areas' names), languages and funding, at once. */
    public NgoAttributes ngoAttributes() {
        NgoAttributes attributes =
                new NgoAttributes(
                        new HashMap<>(),
                        new HashMap<>(),
                        new HashMap<>(),
                        new HashMap<>(),
                        new HashMap<>());
        for (Object[] row :
                NativeRows.rows(
                        em,
                        "SELECT n.id, 'N', n.region_code, n.name_kk, n.name_ru, n.name_en, CASE WHEN n.youth_led THEN 'Y' ELSE 'N' END FROM ngo n"
                                + " UNION ALL SELECT a.ngo_id, 'A', a.area_code, x.name_kk, x.name_ru, x.name_en, NULL FROM ngo_area a JOIN activity_area x ON x.code = a.area_code"
                                + " UNION ALL SELECT ngo_id, 'L', language, NULL, NULL, NULL, NULL FROM ngo_language"
                                + " UNION ALL SELECT ngo_id, 'F', source, NULL, NULL, NULL, NULL FROM ngo_funding",
                        null,
                        null)) {
            long ngo = number(row[0]);
            String code = (String) row[2];
            switch (String.valueOf(row[1]).strip()) {
                case "N" ->
                        attributes
                                .ngos()
                                .put(
                                        ngo,
                                        new NgoAttributes.Ngo(
                                                text(row[3], row[4], row[5]),
                                                code,
                                                "Y".equals(String.valueOf(row[6]).strip())));
                case "A" -> {
                    attributes.areasOf().computeIfAbsent(ngo, k -> new ArrayList<>()).add(code);
                    attributes.areaNames().putIfAbsent(code, text(row[3], row[4], row[5]));
                }
                case "L" ->
                        attributes
                                .languagesOf()
                                .computeIfAbsent(ngo, k -> new ArrayList<>())
                                .add(code);
                default ->
                        attributes
                                .fundingOf()
                                .computeIfAbsent(ngo, k -> new ArrayList<>())
                                .add(code);
            }
        }
        return attributes;
    }

    /**
     * NGO counts per region in one statement: registered, verified and active (used the space in
     * the last 12 months, by booking or by lease), as {@code [registered, verified, active]}.
     */
    public Map<String, long[]> ngoCountsByRegion(Instant now, LocalDate today) {
        Map<String, long[]> counts = new HashMap<>();
        for (Object[] row :
                NativeRows.rows(
                        em,
                        "SELECT n.region_code,"
                                + " SUM(CASE WHEN n.operating <> 'LIQUIDATED' THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN n.operating <> 'LIQUIDATED' AND n.identity = 'VERIFIED' THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN n.operating <> 'LIQUIDATED' AND (EXISTS (SELECT 1 FROM booking b WHERE b.ngo_id = n.id AND b.status = 'CONFIRMED' AND b.starts_at >= ?since AND b.starts_at < ?now)"
                                + " OR EXISTS (SELECT 1 FROM lease l WHERE l.ngo_id = n.id AND l.status IN ('ACTIVE', 'ENDED', 'TERMINATED') AND l.starts_on <= ?today"
                                + " AND CASE WHEN l.terminated_on IS NOT NULL AND l.terminated_on < l.ends_on THEN l.terminated_on ELSE l.ends_on END >= ?yearAgo"
                                + " AND (l.terminated_on IS NULL OR l.terminated_on >= l.starts_on))"
                                + ") THEN 1 ELSE 0 END)"
                                + " FROM ngo n GROUP BY n.region_code",
                        null,
                        null,
                        "since",
                        utc(now.minus(Duration.ofDays(365))),
                        "now",
                        utc(now),
                        "today",
                        Date.valueOf(today),
                        "yearAgo",
                        Date.valueOf(today.minusYears(1)))) {
            counts.put(
                    (String) row[0], new long[] {number(row[1]), number(row[2]), number(row[3])});
        }
        return counts;
    }

    private List<Object[]> rows(String sql, ReportScope scope, Object... named) {
        return NativeRows.rows(em, sql, scope.regionCode(), scope.houseId(), named);
    }
}
