package kz.housesofdemocracy.reports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.closures.boundary.Blackouts;
import kz.housesofdemocracy.closures.boundary.Holidays;
import kz.housesofdemocracy.platform.OpenTimeChanged;
import kz.housesofdemocracy.reports.control.KeptOpenTimeRows;
import kz.housesofdemocracy.reports.control.OpenTimeKeeper;
import kz.housesofdemocracy.testing.PersistenceProbe;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The kept open time ({@code room_month_open}) stays equal to a fresh computation from reference
 * data through random changes: weekly hours changed, holidays added and removed, blackouts and
 * event holds added and removed, a lease's room hold, the House opened mid-year, a room retired.
 * Holidays and blackouts go through their façades (which fire {@link OpenTimeChanged}); what the
 * premises, events and leases change is written here in SQL and announced as their owners do. Runs
 * on H2 and PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class KeptOpenTimeIT {

    private static final long H = 900_000_101L;
    private static final long EVENT = 900_000_101L;
    private static final long[] ROOMS = {900_000_111L, 900_000_112L, 900_000_113L};
    private static final int[] YEARS = {2034, 2035};
    private static final String[] DAYS = {
        "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"
    };

    @Inject private PersistenceProbe probe;
    @Inject private Reports reports;
    @Inject private Holidays holidays;
    @Inject private Blackouts blackouts;
    @Inject private OpenTimeKeeping keeping;
    @Inject private OpenTimeKeeper keeper;
    @Inject private KeptOpenTimeRows kept;

    private long nextId = 900_000_101L;

    @Test
    void keptOpenTimeEqualsAFreshComputationThroughRandomChanges() {
        long seed = Long.getLong("keptOpenTime.seed", System.nanoTime());
        System.out.println("KeptOpenTimeIT seed " + seed);
        Random random = new Random(seed);
        Caller admin = probe.demoAdministrator();
        population();
        for (int year : YEARS) {
            // The years are kept from their first report on.
            Reports.Computed computed = reports.occupancy(admin, year, null, H);
            assertTrue(computed.statements() <= 5, "statements: " + computed.statements());
        }
        assertKeptEqualsFresh("first demand", seed);

        List<Long> holidayIds = new ArrayList<>();
        List<Long> blackoutIds = new ArrayList<>();
        List<Long> holdIds = new ArrayList<>();
        for (int step = 0; step < 24; step++) {
            int year = YEARS[random.nextInt(YEARS.length)];
            LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
            String what;
            switch (random.nextInt(9)) {
                case 0 -> {
                    what = "hours";
                    String weekday = DAYS[random.nextInt(DAYS.length)];
                    int opens = 7 + random.nextInt(4);
                    probe.run(
                            "DELETE FROM house_opening_hours WHERE house_id = "
                                    + H
                                    + " AND day_of_week = '"
                                    + weekday
                                    + "'");
                    if (random.nextInt(4) > 0) {
                        probe.run(
                                String.format(
                                        "INSERT INTO house_opening_hours (house_id, day_of_week, opens, closes)"
                                                + " VALUES (%d, '%s', TIME '%02d:30:00', TIME '%02d:00:00')",
                                        H, weekday, opens, 15 + random.nextInt(5)));
                    }
                    keeping.changed(OpenTimeChanged.ofHouse(H, null, null));
                }
                case 1 -> {
                    what = "holiday added " + day;
                    if (probe.number(
                                    "SELECT COUNT(*) FROM holiday WHERE holiday_date = DATE '"
                                            + day
                                            + "'")
                            == 0) {
                        holidayIds.add(
                                holidays.add(
                                        admin,
                                        day,
                                        "Сынақ",
                                        "Тест",
                                        "Test " + day,
                                        random.nextBoolean()));
                    }
                }
                case 2 -> {
                    what = "holiday removed";
                    if (!holidayIds.isEmpty()) {
                        holidays.remove(
                                admin, holidayIds.remove(random.nextInt(holidayIds.size())));
                    }
                }
                case 3 -> {
                    what = "blackout added " + day;
                    Long room = random.nextInt(3) == 0 ? null : ROOMS[random.nextInt(ROOMS.length)];
                    LocalDateTime from = day.atTime(8 + random.nextInt(8), 0);
                    blackoutIds.add(
                            blackouts.add(
                                    admin,
                                    H,
                                    room,
                                    from,
                                    from.plusHours(1 + random.nextInt(72)),
                                    "Random blackout"));
                }
                case 4 -> {
                    what = "blackout removed";
                    if (!blackoutIds.isEmpty()) {
                        blackouts.remove(
                                admin, blackoutIds.remove(random.nextInt(blackoutIds.size())));
                    }
                }
                case 5 -> {
                    what = "event hold added " + day;
                    long id = nextId++;
                    int hours = 2 + random.nextInt(30);
                    probe.run(
                            "INSERT INTO blackout (id, house_id, room_id, starts_at, ends_at, reason, created_at, event_id) VALUES ("
                                    + id
                                    + ", "
                                    + H
                                    + ", "
                                    + ROOMS[random.nextInt(ROOMS.length)]
                                    + ", TIMESTAMP WITH TIME ZONE '"
                                    + day
                                    + " 10:00:00+05', TIMESTAMP WITH TIME ZONE '"
                                    + day.atTime(10, 0)
                                            .plusHours(hours)
                                            .toString()
                                            .replace('T', ' ')
                                    + ":00+05"
                                    + "', 'event', CURRENT_TIMESTAMP, "
                                    + EVENT
                                    + ")");
                    holdIds.add(id);
                    keeping.changed(OpenTimeChanged.ofHouse(H, day.minusDays(1), day.plusDays(3)));
                }
                case 6 -> {
                    what = "event hold removed";
                    if (!holdIds.isEmpty()) {
                        long id = holdIds.remove(random.nextInt(holdIds.size()));
                        probe.run("DELETE FROM blackout WHERE id = " + id);
                        keeping.changed(OpenTimeChanged.ofHouse(H, null, null));
                    }
                }
                case 7 -> {
                    what = "House opened on " + day;
                    probe.run("UPDATE house SET opened_on = DATE '" + day + "' WHERE id = " + H);
                    keeping.changed(OpenTimeChanged.ofHouse(H, null, null));
                }
                default -> {
                    long room = ROOMS[random.nextInt(ROOMS.length)];
                    boolean reopen = random.nextInt(3) == 0;
                    what =
                            reopen
                                    ? "room " + room + " reopened"
                                    : "room " + room + " retired " + day;
                    probe.run(
                            "UPDATE room SET retired_at = "
                                    + (reopen
                                            ? "NULL"
                                            : "TIMESTAMP WITH TIME ZONE '" + day + " 13:00:00+05'")
                                    + " WHERE id = "
                                    + room);
                    keeping.changed(OpenTimeChanged.ofHouse(H, null, null));
                }
            }
            assertKeptEqualsFresh("step " + step + " (" + what + ")", seed);
        }

        // A lease's room hold: a closing blackout of a whole term, then shrunk.
        long lease = nextId++;
        probe.run(
                "INSERT INTO blackout (id, house_id, room_id, starts_at, ends_at, reason, created_at) VALUES ("
                        + lease
                        + ", "
                        + H
                        + ", "
                        + ROOMS[0]
                        + ", TIMESTAMP WITH TIME ZONE '2034-05-01 00:00:00+05', TIMESTAMP WITH TIME ZONE '2035-05-01 00:00:00+05', 'lease', CURRENT_TIMESTAMP)");
        keeping.changed(
                OpenTimeChanged.ofHouse(H, LocalDate.of(2034, 5, 1), LocalDate.of(2035, 4, 30)));
        assertKeptEqualsFresh("lease hold", seed);
        probe.run(
                "UPDATE blackout SET ends_at = TIMESTAMP WITH TIME ZONE '2034-09-01 00:00:00+05' WHERE id = "
                        + lease);
        keeping.changed(OpenTimeChanged.ofHouse(H, LocalDate.of(2034, 5, 1), null));
        assertKeptEqualsFresh("lease hold shrunk", seed);

        for (long id : holidayIds) {
            holidays.remove(admin, id);
        }
        assertKeptEqualsFresh("holidays removed", seed);
        for (int year : YEARS) {
            Reports.Computed national = reports.occupancy(admin, year, null, null);
            assertTrue(national.statements() <= 5, "national statements: " + national.statements());
        }
    }

    /** Every room of the House, every month of the kept years: kept == computed afresh. */
    private void assertKeptEqualsFresh(String when, long seed) {
        Map<String, String> expected = new TreeMap<>();
        for (int year : YEARS) {
            Map<Long, OpenTimeKeeper.Months> fresh = keeper.compute(year, List.of(H));
            assertEquals(ROOMS.length, fresh.size(), when);
            for (Map.Entry<Long, OpenTimeKeeper.Months> room : fresh.entrySet()) {
                OpenTimeKeeper.Months months = room.getValue();
                for (int m = 0; m < 12; m++) {
                    expected.put(
                            KeptOpenTimeRows.key(room.getKey(), LocalDate.of(year, m + 1, 1)),
                            months.open()[m] + "/" + months.closed()[m] + "/" + months.held()[m]);
                }
            }
        }
        assertEquals(
                expected,
                kept.of(H, YEARS[0], YEARS[YEARS.length - 1]),
                "after " + when + ", seed " + seed);
    }

    /** A House opened in 2034 with three rooms, open Monday to Saturday; an event for holds. */
    private void population() {
        if (probe.number("SELECT COUNT(*) FROM house WHERE id = " + H) > 0) {
            return;
        }
        probe.run(
                "INSERT INTO house (id, region_code, name_kk, name_ru, name_en, address_en, time_zone, opened_on) VALUES ("
                        + H
                        + ", 'KZ-10', 'Кездейсоқ үй', 'Случайный дом', 'Random House', '3 Test Street', 'Asia/Almaty', DATE '2034-01-01')");
        for (int d = 0; d < 6; d++) {
            probe.run(
                    "INSERT INTO house_opening_hours (house_id, day_of_week, opens, closes) VALUES ("
                            + H
                            + ", '"
                            + DAYS[d]
                            + "', TIME '09:00:00', TIME '18:00:00')");
        }
        for (long room : ROOMS) {
            probe.run(
                    "INSERT INTO room (id, house_id, kind, name_en, capacity, step_free, hourly_rate_kzt, needs_approval, opened_on) VALUES ("
                            + room
                            + ", "
                            + H
                            + ", 'MEETING_ROOM', 'Random room "
                            + room
                            + "', 10, TRUE, 10000, FALSE, DATE '2034-0"
                            + (1 + (int) (room % 3) * 3)
                            + "-01')");
        }
        probe.run(
                "INSERT INTO event (id, scope, region_code, house_id, title_en, starts_at, ends_at, public_event, created_at) VALUES ("
                        + EVENT
                        + ", 'HOUSE', 'KZ-10', "
                        + H
                        + ", 'Random forum', TIMESTAMP WITH TIME ZONE '2034-01-01 09:00:00+05', TIMESTAMP WITH TIME ZONE '2034-01-01 18:00:00+05', FALSE, CURRENT_TIMESTAMP)");
    }
}
