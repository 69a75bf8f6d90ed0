package kz.housesofdemocracy.reports.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kz.housesofdemocracy.closures.boundary.Holidays;
import kz.housesofdemocracy.ngos.boundary.Ngos;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.reports.boundary.OccupancyReport.Money;
import kz.housesofdemocracy.reports.boundary.OccupancyReport.NgoCount;
import kz.housesofdemocracy.reports.boundary.OccupancyReport.Place;
import kz.housesofdemocracy.reports.control.Figures;
import kz.housesofdemocracy.reports.control.OpenTime;

/**
 * Computes a report. Bookings and lease payments are summed by the database (GROUP BY room and
 * month, GROUP BY NGO); what is read row by row is reference data (places, opening hours, days off,
 * blackouts, offices, NGOs' attributes), a few thousand rows at most whatever the bookings.
 */
@Stateless
public class ReportComputation {

    @PersistenceContext private EntityManager em;
    @Inject private Holidays holidays;
    @Inject private Ngos ngos;
    @Inject private Clock clock;

    private record RoomRow(
            long id, long house, String region, LocalizedText name, Instant retiredAt) {}

    private record HouseRow(
            long id, String region, LocalizedText name, ZoneId zone, Instant closedAt) {}

    private record Blackout(Long room, long house, Instant start, Instant end, boolean event) {}

    public OccupancyReport compute(int year, String regionCode, Long houseId) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate next = first.plusYears(1);
        Instant from = first.atStartOfDay(Clocks.KAZAKHSTAN).toInstant();
        Instant to = next.atStartOfDay(Clocks.KAZAKHSTAN).toInstant();
        String scope =
                houseId != null
                        ? " AND h.id = ?h"
                        : regionCode != null ? " AND h.region_code = ?r" : "";

        // 1. Places: regions, their Houses and rooms, with the Houses' weekly hours (one row per
        // room and open weekday).
        Map<String, LocalizedText> regions = new LinkedHashMap<>();
        Map<Long, HouseRow> houses = new LinkedHashMap<>();
        Map<Long, RoomRow> roomsById = new LinkedHashMap<>();
        Map<Long, Map<DayOfWeek, OpenTime.Hours>> weeks = new HashMap<>();
        for (Object[] row :
                rows(
                        "SELECT g.code, g.name_kk, g.name_ru, g.name_en, h.id, h.name_kk, h.name_ru, h.name_en, h.time_zone,"
                                + " r.id, r.name_kk, r.name_ru, r.name_en, r.status, r.retired_at,"
                                + " o.day_of_week, o.opens, o.closes, h.closed_at"
                                + " FROM region g LEFT JOIN house h ON h.region_code = g.code"
                                + " LEFT JOIN room r ON r.house_id = h.id"
                                + " LEFT JOIN house_opening_hours o ON o.house_id = h.id"
                                + " WHERE 1 = 1"
                                + (houseId != null
                                        ? " AND h.id = ?h"
                                        : regionCode != null ? " AND g.code = ?r" : "")
                                + " ORDER BY g.code, h.id, r.id",
                        regionCode,
                        houseId)) {
            String region = (String) row[0];
            regions.putIfAbsent(region, text(row[1], row[2], row[3]));
            if (row[4] == null) {
                continue;
            }
            long house = number(row[4]);
            houses.putIfAbsent(
                    house,
                    new HouseRow(
                            house,
                            region,
                            text(row[5], row[6], row[7]),
                            ZoneId.of((String) row[8]),
                            instant(row[18])));
            if (row[15] != null) {
                weeks.computeIfAbsent(house, k -> new EnumMap<>(DayOfWeek.class))
                        .put(
                                DayOfWeek.valueOf((String) row[15]),
                                new OpenTime.Hours(time(row[16]), time(row[17])));
            }
            if (row[9] != null && !roomsById.containsKey(number(row[9]))) {
                Instant retired = instant(row[14]);
                if (retired == null || retired.isAfter(from)) {
                    roomsById.put(
                            number(row[9]),
                            new RoomRow(
                                    number(row[9]),
                                    house,
                                    region,
                                    text(row[10], row[11], row[12]),
                                    retired));
                }
            }
        }
        List<RoomRow> rooms = new ArrayList<>(roomsById.values());

        // 3. Days off (public holidays and their transfers).
        Set<LocalDate> daysOff = holidays.daysOff(first, next.minusDays(1)).keySet();

        // 4. Blackouts and event holds that touch the year.
        List<Blackout> blackouts = new ArrayList<>();
        for (Object[] row :
                rows(
                        "SELECT b.room_id, b.house_id, b.starts_at, b.ends_at, b.event_id FROM blackout b JOIN house h ON h.id = b.house_id"
                                + " WHERE b.starts_at < ?to AND b.ends_at > ?from"
                                + scope,
                        regionCode,
                        houseId,
                        "from",
                        utc(from),
                        "to",
                        utc(to))) {
            blackouts.add(
                    new Blackout(
                            row[0] == null ? null : number(row[0]),
                            number(row[1]),
                            instant(row[2]),
                            instant(row[3]),
                            row[4] != null));
        }

        // 5. Bookings, summed by room and month in the database.
        Map<Long, Figures[]> byRoom = new HashMap<>();
        StringBuilder month = new StringBuilder("CASE");
        for (int m = 1; m < 12; m++) {
            month.append(" WHEN b.starts_at < ?m").append(m + 1).append(" THEN ").append(m);
        }
        month.append(" ELSE 12 END");
        List<Object> monthParameters = new ArrayList<>();
        for (int m = 2; m <= 12; m++) {
            monthParameters.add("m" + m);
            monthParameters.add(
                    utc(first.withMonth(m).atStartOfDay(Clocks.KAZAKHSTAN).toInstant()));
        }
        monthParameters.addAll(List.of("from", utc(from), "to", utc(to)));
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
                                + scope
                                + ") t GROUP BY t.room_id, t.m",
                        regionCode,
                        houseId,
                        monthParameters.toArray())) {
            Figures[] months = byRoom.computeIfAbsent(number(row[0]), k -> zeros());
            int m = (int) number(row[1]) - 1;
            months[m] =
                    months[m].plus(
                            new Figures(
                                    0,
                                    number(row[2]),
                                    number(row[3]),
                                    number(row[4]),
                                    number(row[5]),
                                    decimal(row[6]),
                                    decimal(row[7]),
                                    decimal(row[8]),
                                    BigDecimal.ZERO,
                                    BigDecimal.ZERO,
                                    BigDecimal.ZERO,
                                    BigDecimal.ZERO,
                                    BigDecimal.ZERO));
        }

        // 6. Offices, with their lease payments in the year summed by office and month.
        Map<Long, Figures[]> officesByHouse = new HashMap<>();
        Map<Long, Object[]> offices = new LinkedHashMap<>();
        for (Object[] row :
                rows(
                        "SELECT o.id, o.house_id, o.area_m2, o.available_from, o.retired_at, p.due_month, p.market_kzt, p.payment_kzt, p.subsidy_kzt"
                                + " FROM office o JOIN house h ON h.id = o.house_id"
                                + " LEFT JOIN (SELECT l.office_id, q.due_month, SUM(q.market_kzt) AS market_kzt, SUM(q.payment_kzt) AS payment_kzt, SUM(q.subsidy_kzt) AS subsidy_kzt"
                                + "   FROM lease_payment q JOIN lease l ON l.id = q.lease_id WHERE q.due_month >= ?first AND q.due_month < ?next GROUP BY l.office_id, q.due_month) p"
                                + " ON p.office_id = o.id WHERE 1 = 1"
                                + scope
                                + " ORDER BY o.id",
                        regionCode,
                        houseId,
                        "first",
                        Date.valueOf(first),
                        "next",
                        Date.valueOf(next))) {
            long office = number(row[0]);
            long house = number(row[1]);
            BigDecimal area = decimal(row[2]);
            Figures[] months = officesByHouse.computeIfAbsent(house, k -> zeros());
            if (offices.put(office, row) == null) {
                LocalDate availableFrom = date(row[3]);
                Instant retired = instant(row[4]);
                HouseRow owner = houses.get(house);
                if (owner != null
                        && owner.closedAt() != null
                        && (retired == null || owner.closedAt().isBefore(retired))) {
                    retired = owner.closedAt(); // a closed House's offices are no longer offered
                }
                for (int m = 0; m < 12; m++) {
                    LocalDate monthStart = first.withMonth(m + 1);
                    boolean available =
                            !availableFrom.isAfter(monthStart.plusMonths(1).minusDays(1))
                                    && (retired == null
                                            || retired.isAfter(
                                                    monthStart
                                                            .atStartOfDay(Clocks.KAZAKHSTAN)
                                                            .toInstant()));
                    if (available) {
                        months[m] =
                                months[m].plus(
                                        office(
                                                area,
                                                BigDecimal.ZERO,
                                                BigDecimal.ZERO,
                                                BigDecimal.ZERO,
                                                BigDecimal.ZERO));
                    }
                }
            }
            if (row[5] != null) {
                int m = date(row[5]).getMonthValue() - 1;
                months[m] =
                        months[m].plus(
                                office(
                                        BigDecimal.ZERO,
                                        area,
                                        decimal(row[6]),
                                        decimal(row[7]),
                                        decimal(row[8])));
            }
        }

        // Rooms: open time less blackouts (not event holds, which are use), used time with holds.
        List<Place> roomPlaces = new ArrayList<>();
        Map<Long, Figures[]> houseMonths = new LinkedHashMap<>();
        for (RoomRow room : rooms) {
            HouseRow house = houses.get(room.house());
            OpenTime open =
                    new OpenTime(
                            year,
                            house.zone(),
                            weeks.getOrDefault(room.house(), Map.of()),
                            daysOff);
            List<OpenTime.Span> closed = new ArrayList<>();
            List<OpenTime.Span> held = new ArrayList<>();
            for (Blackout b : blackouts) {
                if (b.house() == room.house() && (b.room() == null || b.room() == room.id())) {
                    (b.event() ? held : closed).add(new OpenTime.Span(b.start(), b.end()));
                }
            }
            if (room.retiredAt() != null) {
                closed.add(new OpenTime.Span(room.retiredAt(), Instant.MAX));
            }
            if (house.closedAt() != null) {
                closed.add(new OpenTime.Span(house.closedAt(), Instant.MAX));
            }
            long[] openMinutes = open.open();
            long[] closedMinutes = open.covered(closed);
            long[] heldMinutes = open.covered(held);
            Figures[] booked = byRoom.getOrDefault(room.id(), zeros());
            Figures[] months = new Figures[12];
            for (int m = 0; m < 12; m++) {
                months[m] =
                        booked[m].plus(
                                new Figures(
                                        openMinutes[m] - closedMinutes[m],
                                        0,
                                        heldMinutes[m],
                                        0,
                                        0,
                                        BigDecimal.ZERO,
                                        BigDecimal.ZERO,
                                        BigDecimal.ZERO,
                                        BigDecimal.ZERO,
                                        BigDecimal.ZERO,
                                        BigDecimal.ZERO,
                                        BigDecimal.ZERO,
                                        BigDecimal.ZERO));
            }
            roomPlaces.add(
                    place(
                            "ROOM",
                            "room-" + room.id(),
                            "house-" + room.house(),
                            room.name(),
                            months));
            Figures[] h = houseMonths.computeIfAbsent(room.house(), k -> zeros());
            add(h, months);
        }

        // Roll up: Houses (with their offices), regions, the nation.
        List<Place> housePlaces = new ArrayList<>();
        Map<String, Figures[]> regionMonths = new LinkedHashMap<>();
        for (HouseRow house : houses.values()) {
            Figures[] months = houseMonths.getOrDefault(house.id(), zeros());
            add(months, officesByHouse.getOrDefault(house.id(), zeros()));
            housePlaces.add(
                    place(
                            "HOUSE",
                            "house-" + house.id(),
                            "region-" + house.region(),
                            house.name(),
                            months));
            add(regionMonths.computeIfAbsent(house.region(), k -> zeros()), months);
        }
        List<Place> regionPlaces = new ArrayList<>();
        Figures[] nation = zeros();
        for (Map.Entry<String, LocalizedText> region : regions.entrySet()) {
            Figures[] months = regionMonths.getOrDefault(region.getKey(), zeros());
            regionPlaces.add(
                    place(
                            "REGION",
                            "region-" + region.getKey(),
                            "nation",
                            region.getValue(),
                            months));
            add(nation, months);
        }
        List<Place> places = new ArrayList<>();
        if (houseId == null && regionCode == null) {
            places.add(place("NATION", "nation", null, labels("report.nation"), nation));
        }
        if (houseId == null) {
            places.addAll(regionPlaces);
        }
        places.addAll(housePlaces);
        places.addAll(roomPlaces);

        // 7–9. Money by NGO (bookings and leases in one statement), the NGOs and their attributes.
        Map<Long, long[]> minutesByNgo = new HashMap<>();
        Map<Long, BigDecimal[]> moneyByNgo = new LinkedHashMap<>();
        for (Object[] row :
                rows(
                        "SELECT t.ngo_id, SUM(t.minutes), SUM(t.market), SUM(t.payments), SUM(t.subsidy) FROM ("
                                + " SELECT b.ngo_id, b.minutes AS minutes, b.market_value AS market, b.charged AS payments, b.subsidy AS subsidy"
                                + " FROM booking b JOIN room r ON r.id = b.room_id JOIN house h ON h.id = r.house_id"
                                + " WHERE b.status IN ('CONFIRMED', 'NO_SHOW') AND b.starts_at >= ?from AND b.starts_at < ?to"
                                + scope
                                + " UNION ALL"
                                + " SELECT l.ngo_id, 0, q.market_kzt, q.payment_kzt, q.subsidy_kzt"
                                + " FROM lease_payment q JOIN lease l ON l.id = q.lease_id JOIN house h ON h.id = l.house_id"
                                + " WHERE q.due_month >= ?first AND q.due_month < ?next"
                                + scope
                                + ") t GROUP BY t.ngo_id",
                        regionCode,
                        houseId,
                        "from",
                        utc(from),
                        "to",
                        utc(to),
                        "first",
                        Date.valueOf(first),
                        "next",
                        Date.valueOf(next))) {
            long ngo = number(row[0]);
            minutesByNgo.put(ngo, new long[] {number(row[1])});
            moneyByNgo.put(
                    ngo, new BigDecimal[] {decimal(row[2]), decimal(row[3]), decimal(row[4])});
        }
        // 8. The NGOs and their areas (with the areas' names), languages and funding, at once.
        Map<Long, Object[]> ngoRows = new HashMap<>();
        Map<Long, List<String>> areasOf = new HashMap<>();
        Map<Long, List<String>> languagesOf = new HashMap<>();
        Map<Long, List<String>> fundingOf = new HashMap<>();
        Map<String, LocalizedText> areaNames = new HashMap<>();
        for (Object[] row :
                rows(
                        "SELECT n.id, 'N', n.region_code, n.name_kk, n.name_ru, n.name_en, CASE WHEN n.youth_led THEN 'Y' ELSE 'N' END FROM ngo n"
                                + " UNION ALL SELECT a.ngo_id, 'A', a.area_code, x.name_kk, x.name_ru, x.name_en, NULL FROM ngo_area a JOIN activity_area x ON x.code = a.area_code"
                                + " UNION ALL SELECT ngo_id, 'L', language, NULL, NULL, NULL, NULL FROM ngo_language"
                                + " UNION ALL SELECT ngo_id, 'F', source, NULL, NULL, NULL, NULL FROM ngo_funding",
                        null,
                        null)) {
            long ngo = number(row[0]);
            String code = (String) row[2];
            switch (String.valueOf(row[1]).strip()) {
                case "N" -> ngoRows.put(ngo, row);
                case "A" -> {
                    areasOf.computeIfAbsent(ngo, k -> new ArrayList<>()).add(code);
                    areaNames.putIfAbsent(code, text(row[3], row[4], row[5]));
                }
                case "L" -> languagesOf.computeIfAbsent(ngo, k -> new ArrayList<>()).add(code);
                default -> fundingOf.computeIfAbsent(ngo, k -> new ArrayList<>()).add(code);
            }
        }

        List<Money> byNgo = new ArrayList<>();
        Map<String, Group> byArea = new TreeMap<>();
        Map<String, Group> byNgoRegion = new TreeMap<>();
        Map<String, Group> byLanguage = new TreeMap<>();
        Map<String, Group> byYouth = new TreeMap<>();
        Map<String, Group> byFunding = new TreeMap<>();
        for (Map.Entry<Long, BigDecimal[]> entry : moneyByNgo.entrySet()) {
            long ngo = entry.getKey();
            Object[] attributes = ngoRows.get(ngo);
            long minutes = minutesByNgo.get(ngo)[0];
            BigDecimal[] money = entry.getValue();
            LocalizedText name = text(attributes[3], attributes[4], attributes[5]);
            byNgo.add(new Money("ngo-" + ngo, name, 1, minutes, money[0], money[1], money[2]));
            String region = (String) attributes[2];
            group(
                    byNgoRegion,
                    region,
                    regions.getOrDefault(region, new LocalizedText(region, region, region)),
                    minutes,
                    money);
            boolean youth = "Y".equals(String.valueOf(attributes[6]).strip());
            group(
                    byYouth,
                    youth ? "youth-led" : "not-youth-led",
                    labels(youth ? "report.youthLed" : "report.notYouthLed"),
                    minutes,
                    money);
            for (String area : areasOf.getOrDefault(ngo, List.of())) {
                group(
                        byArea,
                        area,
                        areaNames.getOrDefault(area, new LocalizedText(area, area, area)),
                        minutes,
                        money);
            }
            for (String language : languagesOf.getOrDefault(ngo, List.of())) {
                group(byLanguage, language, labels("ngo.language." + language), minutes, money);
            }
            for (String source : fundingOf.getOrDefault(ngo, List.of())) {
                group(byFunding, source, labels("ngo.funding." + source), minutes, money);
            }
        }
        byNgo.sort((a, b) -> b.subsidy().compareTo(a.subsidy()));

        // 9–10. NGO counts per region: registered, verified and active (used the space in the
        // last 12 months) in one statement, eligible by the registry's own SQL.
        Instant now = clock.instant();
        LocalDate today = Clocks.today(clock);
        Map<String, long[]> countsByRegion = new HashMap<>();
        for (Object[] row :
                rows(
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
            countsByRegion.put(
                    (String) row[0], new long[] {number(row[1]), number(row[2]), number(row[3])});
        }
        Map<String, Long> eligible = ngos.eligibleByRegion();
        List<NgoCount> counts = new ArrayList<>();
        long[] total = new long[4];
        for (Map.Entry<String, LocalizedText> region : regions.entrySet()) {
            long[] c = countsByRegion.getOrDefault(region.getKey(), new long[3]);
            long e = eligible.getOrDefault(region.getKey(), 0L);
            counts.add(new NgoCount(region.getKey(), region.getValue(), c[0], c[1], e, c[2]));
            total[0] += c[0];
            total[1] += c[1];
            total[2] += e;
            total[3] += c[2];
        }
        if (regionCode == null && houseId == null) {
            counts.add(
                    new NgoCount(
                            null, labels("report.nation"), total[0], total[1], total[2], total[3]));
        }

        return new OccupancyReport(
                year,
                regionCode,
                houseId,
                now,
                places,
                byNgo,
                money(byArea),
                money(byNgoRegion),
                money(byLanguage),
                money(byYouth),
                money(byFunding),
                counts);
    }

    // --- helpers

    private static final class Group {
        final LocalizedText label;
        long ngos;
        long minutes;
        BigDecimal market = BigDecimal.ZERO;
        BigDecimal payments = BigDecimal.ZERO;
        BigDecimal subsidy = BigDecimal.ZERO;

        Group(LocalizedText label) {
            this.label = label;
        }
    }

    private static void group(
            Map<String, Group> groups,
            String key,
            LocalizedText label,
            long minutes,
            BigDecimal[] money) {
        Group g = groups.computeIfAbsent(key, k -> new Group(label));
        g.ngos++;
        g.minutes += minutes;
        g.market = g.market.add(money[0]);
        g.payments = g.payments.add(money[1]);
        g.subsidy = g.subsidy.add(money[2]);
    }

    private static List<Money> money(Map<String, Group> groups) {
        List<Money> list = new ArrayList<>();
        groups.forEach(
                (k, g) ->
                        list.add(
                                new Money(
                                        k,
                                        g.label,
                                        g.ngos,
                                        g.minutes,
                                        g.market,
                                        g.payments,
                                        g.subsidy)));
        return list;
    }

    private static Place place(
            String level, String id, String parent, LocalizedText name, Figures[] months) {
        Figures year = Figures.ZERO;
        for (Figures m : months) {
            year = year.plus(m);
        }
        return new Place(level, id, parent, name, year, List.of(months));
    }

    private static void add(Figures[] into, Figures[] from) {
        for (int m = 0; m < 12; m++) {
            into[m] = into[m].plus(from[m]);
        }
    }

    private static Figures[] zeros() {
        Figures[] months = new Figures[12];
        java.util.Arrays.fill(months, Figures.ZERO);
        return months;
    }

    private static Figures office(
            BigDecimal available,
            BigDecimal leased,
            BigDecimal market,
            BigDecimal payments,
            BigDecimal subsidy) {
        return new Figures(
                0,
                0,
                0,
                0,
                0,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                available,
                leased,
                market,
                payments,
                subsidy);
    }

    private static LocalizedText labels(String key) {
        return LocalizedText.of(locale -> Messages.get(locale, key));
    }

    /**
     * Runs a native query. {@code ?r} and {@code ?h} are the region and House of the scope; other
     * named parameters come as name–value pairs.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String regionCode, Long houseId, Object... named) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("r", regionCode);
        values.put("h", houseId);
        for (int i = 0; i < named.length; i += 2) {
            values.put((String) named[i], named[i + 1]);
        }
        // Named parameters in native SQL are positional for EclipseLink: ?name becomes ?n.
        StringBuilder positional = new StringBuilder();
        List<Object> ordered = new ArrayList<>();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\\?([A-Za-z][A-Za-z0-9]*)").matcher(sql);
        while (m.find()) {
            String name = m.group(1);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("no value for ?" + name);
            }
            ordered.add(values.get(name));
            m.appendReplacement(positional, "?" + ordered.size());
        }
        m.appendTail(positional);
        Query query = em.createNativeQuery(positional.toString());
        for (int i = 0; i < ordered.size(); i++) {
            query.setParameter(i + 1, ordered.get(i));
        }
        List<?> result = query.getResultList();
        List<Object[]> rows = new ArrayList<>(result.size());
        for (Object r : result) {
            rows.add(r instanceof Object[] a ? a : new Object[] {r});
        }
        return rows;
    }

    private static LocalizedText text(Object kk, Object ru, Object en) {
        return new LocalizedText((String) kk, (String) ru, (String) en);
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static BigDecimal decimal(Object o) {
        return o == null
                ? BigDecimal.ZERO
                : o instanceof BigDecimal d ? d : new BigDecimal(o.toString());
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        throw new IllegalArgumentException("not a moment: " + o.getClass());
    }

    private static LocalDate date(Object o) {
        if (o instanceof Date d) {
            return d.toLocalDate();
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        throw new IllegalArgumentException("not a date: " + o.getClass());
    }

    private static java.time.LocalTime time(Object o) {
        if (o instanceof Time t) {
            return t.toLocalTime();
        }
        if (o instanceof java.time.LocalTime t) {
            return t;
        }
        throw new IllegalArgumentException("not a time: " + o.getClass());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }
}
