package kz.housesofdemocracy.reports.control;

import static kz.housesofdemocracy.reports.control.NativeRows.date;
import static kz.housesofdemocracy.reports.control.NativeRows.instant;
import static kz.housesofdemocracy.reports.control.NativeRows.number;
import static kz.housesofdemocracy.reports.control.NativeRows.time;
import static kz.housesofdemocracy.reports.control.NativeRows.utc;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kz.housesofdemocracy.closures.control.HolidayCalendar;
import kz.housesofdemocracy.platform.Period;

/**
 * Keeps {@code room_month_open}: each room's open, closed (blackouts) and held (event holds)
 * minutes per month, inside the room's life. Recomputed from reference data (the House's weekly
 * hours, the days off, blackouts and holds, the opening and closing dates) for the Houses and
 * months a change concerns, under the Houses' rows locked in id order, so that two changes of one
 * House serialise and the second sees the first. A year is kept for a House from the first time a
 * report asks for it; changes recompute only the years already kept.
 */
@Dependent
public class OpenTimeKeeper {

    /** Rows inserted per statement. */
    private static final int CHUNK = 500;

    /** A transferable holiday up to a week before a day may give that day off. */
    private static final int TRANSFER_DAYS = 7;

    @PersistenceContext private EntityManager em;

    /** One room's months: open, closed and held minutes (index 0 = January). */
    public record Months(long[] open, long[] closed, long[] held) {}

    /**
     * Recomputes the kept months of a House (null: every House) that the days from {@code first} to
     * {@code last} touch (nulls: every kept day).
     */
    public void changed(Long houseId, LocalDate first, LocalDate last) {
        List<Long> houses = lock(houseId == null ? null : List.of(houseId));
        if (houses.isEmpty()) {
            return;
        }
        LocalDate to = last == null ? null : last.plusDays(TRANSFER_DAYS);
        Map<Integer, TreeSet<Integer>> kept = keptMonths(houseId, first, to);
        for (Map.Entry<Integer, TreeSet<Integer>> year : kept.entrySet()) {
            int fromMonth =
                    first != null && first.getYear() == year.getKey() ? first.getMonthValue() : 1;
            int toMonth = to != null && to.getYear() == year.getKey() ? to.getMonthValue() : 12;
            if (fromMonth <= toMonth) {
                keep(year.getKey(), houseId == null ? null : houses, fromMonth, toMonth);
            }
        }
    }

    /**
     * Keeps a year for those of the Houses whose rooms lack it, under their rows locked; Houses
     * kept meanwhile by someone else are left as they are. Meant for its own transaction.
     */
    public void keepYear(int year, Collection<Long> houseIds) {
        List<Long> houses = lock(houseIds);
        if (houses.isEmpty()) {
            return;
        }
        List<Long> missing = new ArrayList<>();
        for (Object[] row :
                NativeRows.rows(
                        em,
                        "SELECT r.house_id, COUNT(o.room_id) FROM room r LEFT JOIN room_month_open o ON o.room_id = r.id"
                                + " AND o.month_start >= ?first AND o.month_start < ?next"
                                + " WHERE r.house_id IN ("
                                + ids(houses)
                                + ") GROUP BY r.house_id, r.id",
                        null,
                        null,
                        "first",
                        Date.valueOf(LocalDate.of(year, 1, 1)),
                        "next",
                        Date.valueOf(LocalDate.of(year + 1, 1, 1)))) {
            long house = number(row[0]);
            if (number(row[1]) < 12 && !missing.contains(house)) {
                missing.add(house);
            }
        }
        if (!missing.isEmpty()) {
            keep(year, missing, 1, 12);
        }
    }

    /**
     * A year's months of every room of the Houses (null: all), computed afresh from reference data;
     * nothing is written.
     */
    public Map<Long, Months> compute(int year, Collection<Long> houseIds) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate next = first.plusYears(1);
        String houseFilter = houseIds == null ? "" : " AND h.id IN (" + ids(houseIds) + ")";
        Map<Long, HouseLife> houses = new LinkedHashMap<>();
        List<RoomLife> rooms = new ArrayList<>();
        for (Object[] row :
                NativeRows.rows(
                        em,
                        "SELECT h.id, h.time_zone, h.opened_on, h.closed_at, r.id, r.opened_on, r.retired_at, NULL, NULL, NULL"
                                + " FROM house h JOIN room r ON r.house_id = h.id WHERE 1 = 1"
                                + houseFilter
                                + " UNION ALL SELECT o.house_id, NULL, NULL, NULL, NULL, NULL, NULL, o.day_of_week, o.opens, o.closes"
                                + " FROM house_opening_hours o JOIN house h ON h.id = o.house_id WHERE 1 = 1"
                                + houseFilter,
                        null,
                        null)) {
            long house = number(row[0]);
            HouseLife h =
                    houses.computeIfAbsent(
                            house, k -> new HouseLife(new EnumMap<>(DayOfWeek.class)));
            if (row[7] != null) {
                h.week.put(
                        DayOfWeek.valueOf(String.valueOf(row[7]).strip()),
                        new OpenTime.Hours(time(row[8]), time(row[9])));
            } else {
                h.zone = ZoneId.of((String) row[1]);
                h.openedOn = row[2] == null ? null : date(row[2]);
                h.closedAt = instant(row[3]);
                rooms.add(
                        new RoomLife(
                                number(row[4]),
                                house,
                                row[5] == null ? null : date(row[5]),
                                instant(row[6])));
            }
        }
        Map<Long, Months> result = new LinkedHashMap<>();
        if (rooms.isEmpty()) {
            return result;
        }
        Set<LocalDate> daysOff = daysOff(first, next);
        Map<Long, List<Blackout>> blackouts = blackouts(first, next, houseFilter);
        rooms.sort((a, b) -> Long.compare(a.id, b.id));
        for (RoomLife room : rooms) {
            HouseLife house = houses.get(room.house);
            List<Period> closed = new ArrayList<>();
            List<Period> held = new ArrayList<>();
            for (Blackout b : blackouts.getOrDefault(room.house, List.of())) {
                if (b.room() == null || b.room() == room.id) {
                    (b.event() ? held : closed).add(b.period());
                }
            }
            result.put(
                    room.id,
                    months(
                            new OpenTime(year, house.zone, house.week, daysOff),
                            life(house, room),
                            closed,
                            held));
        }
        return result;
    }

    /**
     * The pure arithmetic: a room's open time in each month inside its life, and how much of that
     * blackouts and event holds cover.
     */
    public static Months months(
            OpenTime open, Period life, List<Period> closed, List<Period> held) {
        if (life == null) {
            return new Months(new long[12], new long[12], new long[12]);
        }
        return new Months(
                open.covered(List.of(life)),
                open.covered(clip(closed, life)),
                open.covered(clip(held, life)));
    }

    /**
     * A room's life: from the start of the later of its own and its House's opening day (in the
     * House's zone) until the earlier of its retirement and the House's closing; null when empty.
     */
    static Period life(
            ZoneId zone,
            LocalDate houseOpened,
            Instant houseClosed,
            LocalDate roomOpened,
            Instant roomRetired) {
        LocalDate opened =
                houseOpened == null
                        ? roomOpened
                        : roomOpened == null || houseOpened.isAfter(roomOpened)
                                ? houseOpened
                                : roomOpened;
        Instant start = opened == null ? Instant.MIN : opened.atStartOfDay(zone).toInstant();
        Instant end = Instant.MAX;
        if (houseClosed != null) {
            end = houseClosed;
        }
        if (roomRetired != null && roomRetired.isBefore(end)) {
            end = roomRetired;
        }
        return start.isBefore(end) ? Period.of(start, end) : null;
    }

    private static Period life(HouseLife house, RoomLife room) {
        return life(house.zone, house.openedOn, house.closedAt, room.openedOn, room.retiredAt);
    }

    private static List<Period> clip(List<Period> periods, Period life) {
        List<Period> clipped = new ArrayList<>();
        for (Period p : periods) {
            Instant a = p.start().isAfter(life.start()) ? p.start() : life.start();
            Instant b = p.end().isBefore(life.end()) ? p.end() : life.end();
            if (a.isBefore(b)) {
                clipped.add(Period.of(a, b));
            }
        }
        return clipped;
    }

    /** Recomputes months {@code fromMonth}..{@code toMonth} of a year: DELETE, then INSERT. */
    private void keep(int year, List<Long> houses, int fromMonth, int toMonth) {
        Map<Long, Months> months = compute(year, houses);
        LocalDate from = LocalDate.of(year, fromMonth, 1);
        LocalDate to = LocalDate.of(year, toMonth, 1);
        NativeRows.update(
                em,
                "DELETE FROM room_month_open WHERE month_start >= ?from AND month_start <= ?to"
                        + (houses == null
                                ? ""
                                : " AND room_id IN (SELECT id FROM room WHERE house_id IN ("
                                        + ids(houses)
                                        + "))"),
                "from",
                Date.valueOf(from),
                "to",
                Date.valueOf(to));
        List<String> values = new ArrayList<>();
        for (Map.Entry<Long, Months> room : months.entrySet()) {
            Months m = room.getValue();
            for (int month = fromMonth; month <= toMonth; month++) {
                int i = month - 1;
                values.add(
                        "("
                                + room.getKey()
                                + ", DATE '"
                                + LocalDate.of(year, month, 1)
                                + "', "
                                + m.open()[i]
                                + ", "
                                + m.closed()[i]
                                + ", "
                                + m.held()[i]
                                + ")");
            }
        }
        for (int i = 0; i < values.size(); i += CHUNK) {
            NativeRows.update(
                    em,
                    "INSERT INTO room_month_open (room_id, month_start, open_minutes, closed_minutes, held_minutes) VALUES "
                            + String.join(
                                    ", ", values.subList(i, Math.min(values.size(), i + CHUNK))));
        }
    }

    /** Locks the Houses' rows (null: all) in id order; answers the ids locked. */
    private List<Long> lock(Collection<Long> houseIds) {
        if (houseIds != null && houseIds.isEmpty()) {
            return List.of();
        }
        List<Long> locked = new ArrayList<>();
        for (Object[] row :
                NativeRows.rows(
                        em,
                        "SELECT id FROM house"
                                + (houseIds == null ? "" : " WHERE id IN (" + ids(houseIds) + ")")
                                + " ORDER BY id FOR UPDATE",
                        null,
                        null)) {
            locked.add(number(row[0]));
        }
        return locked;
    }

    /** The months already kept (by year) of a House (null: all) between two days. */
    private Map<Integer, TreeSet<Integer>> keptMonths(Long houseId, LocalDate from, LocalDate to) {
        Map<Integer, TreeSet<Integer>> kept = new java.util.TreeMap<>();
        for (Object[] row :
                NativeRows.rows(
                        em,
                        "SELECT DISTINCT o.month_start FROM room_month_open o"
                                + (houseId == null
                                        ? " WHERE 1 = 1"
                                        : " JOIN room r ON r.id = o.room_id WHERE r.house_id = ?h")
                                + (from == null ? "" : " AND o.month_start >= ?from")
                                + (to == null ? "" : " AND o.month_start <= ?to"),
                        null,
                        houseId,
                        "from",
                        from == null ? null : Date.valueOf(from.withDayOfMonth(1)),
                        "to",
                        to == null ? null : Date.valueOf(to))) {
            LocalDate month = date(row[0]);
            kept.computeIfAbsent(month.getYear(), k -> new TreeSet<>()).add(month.getMonthValue());
        }
        return kept;
    }

    private Set<LocalDate> daysOff(LocalDate first, LocalDate next) {
        List<HolidayCalendar.Entry> entries = new ArrayList<>();
        for (Object[] row :
                NativeRows.rows(
                        em,
                        "SELECT holiday_date, transferable FROM holiday WHERE holiday_date >= ?from AND holiday_date < ?next",
                        null,
                        null,
                        "from",
                        Date.valueOf(first.minusDays(TRANSFER_DAYS)),
                        "next",
                        Date.valueOf(next))) {
            entries.add(
                    new HolidayCalendar.Entry(
                            date(row[0]), null, Boolean.TRUE.equals(bool(row[1]))));
        }
        Set<LocalDate> off = new TreeSet<>(HolidayCalendar.daysOff(entries).keySet());
        off.removeIf(d -> d.isBefore(first) || !d.isBefore(next));
        return off;
    }

    private Map<Long, List<Blackout>> blackouts(LocalDate first, LocalDate next, String filter) {
        Map<Long, List<Blackout>> byHouse = new HashMap<>();
        for (Object[] row :
                NativeRows.rows(
                        em,
                        "SELECT b.room_id, b.house_id, b.starts_at, b.ends_at, b.event_id FROM blackout b JOIN house h ON h.id = b.house_id"
                                + " WHERE b.starts_at < ?to AND b.ends_at > ?from"
                                + filter,
                        null,
                        null,
                        // A House's day may start up to 14 hours from UTC: a margin of two days.
                        "from",
                        utc(first.minusDays(2).atStartOfDay(ZoneId.of("UTC")).toInstant()),
                        "to",
                        utc(next.plusDays(2).atStartOfDay(ZoneId.of("UTC")).toInstant()))) {
            Blackout b =
                    new Blackout(
                            row[0] == null ? null : number(row[0]),
                            number(row[1]),
                            Period.of(instant(row[2]), instant(row[3])),
                            row[4] != null);
            byHouse.computeIfAbsent(b.house(), k -> new ArrayList<>()).add(b);
        }
        return byHouse;
    }

    private static Boolean bool(Object o) {
        return o instanceof Boolean b ? b : o != null && ((Number) o).intValue() != 0;
    }

    private static String ids(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** A House's zone, hours and life, as read. */
    private static final class HouseLife {
        final Map<DayOfWeek, OpenTime.Hours> week;
        ZoneId zone;
        LocalDate openedOn;
        Instant closedAt;

        HouseLife(Map<DayOfWeek, OpenTime.Hours> week) {
            this.week = week;
        }
    }

    private record RoomLife(long id, long house, LocalDate openedOn, Instant retiredAt) {}
}
