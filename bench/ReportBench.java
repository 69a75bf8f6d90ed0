import java.math.BigInteger;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The national annual report over 1,000,000 and 10,000,000 bookings, on H2 and on PostgreSQL: the
 * application's report (REST, as the administrator; since #21 it reads the kept tables
 * room_month_figures, ngo_month_figures and room_month_open) against the plain SQL GROUP BY over
 * every booking of the year that the report ran before #21, on the same database, side by side.
 * Run by bench/reports.sh, which starts and stops the server between phases.
 *
 * <p>Modes:
 *
 * <ul>
 *   <li>{@code generate <jdbc-url> <bookings> <scope-file>}: a House in each region without one (18), 40 bench
 *       rooms in each of the 20 Houses, 1,000 NGOs (50 per House's region; 10 % of the bookings by
 *       100 of them that book all over the country), and the bookings over
 *       2016–2025 written set-based (INSERT … SELECT over SYSTEM_RANGE on H2, generate_series on
 *       PostgreSQL) in chunks of 1,000,000 rows: each booking takes a distinct one-hour slot
 *       (09:00–18:00) of a distinct room and day, so PostgreSQL's exclusion constraint holds;
 *   <li>{@code keep <jdbc-url> <V22 migration file>}: the kept booking figures rebuilt from the
 *       bookings with the ledger's own statements (the two INSERTs of V22, which BookingLedger's
 *       REBUILD_SQL repeats), after emptying them;
 *   <li>{@code app <base> <year> <runs> <out> <house> <region>}: the national, a region's and a House's report;
 *   <li>{@code sql <jdbc-url> <year> <runs> <out>}: the old report's two GROUP BY statements.
 * </ul>
 *
 * Times are medians of RUNS after 2 warm-ups, each run for another year (2025, 2024, …) so that
 * no run is served from the database's result of the previous identical query.
 */
public class ReportBench {

    static final int ROOMS_PER_HOUSE = 40;
    static final int NGOS_PER_HOUSE = 50;
    static final int NATIONAL_NGOS = 100;
    static final int FIRST_YEAR = 2016;
    static final int YEARS = 10;
    static final int SLOTS = 9; // one-hour slots 09:00–18:00
    static final int CHUNK = 1_000_000;

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(args[1], Long.parseLong(args[2]), args[3]);
            case "keep" -> keep(args[1], Path.of(args[2]));
            case "app" -> app(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4], args[5], args[6]);
            case "sql" -> sql(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4]);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static boolean postgresql(String url) {
        return url.startsWith("jdbc:postgresql:");
    }

    static Connection connect(String url) throws SQLException {
        return postgresql(url) ? DriverManager.getConnection(url, "hod", "hod") : DriverManager.getConnection(url, "sa", "sa");
    }

    static boolean hasColumn(Connection c, String table, String column) throws SQLException {
        DatabaseMetaData m = c.getMetaData();
        for (String t : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
            for (String col : new String[] {column, column.toUpperCase(Locale.ROOT)}) {
                try (ResultSet r = m.getColumns(null, null, t, col)) {
                    if (r.next()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static long one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static void generate(String url, long bookings, String scope) throws Exception {
        try (Connection c = connect(url)) {
            c.setAutoCommit(false);
            boolean lifeDates = hasColumn(c, "house", "opened_on");
            // The Houses: the demo's, and one for each region without one.
            List<String> regions = new ArrayList<>();
            try (ResultSet r = c.createStatement().executeQuery(
                    "SELECT code FROM region WHERE code NOT IN (SELECT region_code FROM house) ORDER BY code")) {
                while (r.next()) {
                    regions.add(r.getString(1));
                }
            }
            long house = 800_000;
            try (PreparedStatement h = c.prepareStatement(
                            "INSERT INTO house (id, region_code, name_kk, name_ru, name_en, time_zone"
                                    + (lifeDates ? ", opened_on" : "") + ") VALUES (?, ?, ?, ?, ?, 'Asia/Almaty'"
                                    + (lifeDates ? ", DATE '2015-01-01'" : "") + ")");
                    PreparedStatement o = c.prepareStatement(
                            "INSERT INTO house_opening_hours (house_id, day_of_week, opens, closes) VALUES (?, ?, TIME '09:00:00', TIME '18:00:00')")) {
                for (String region : regions) {
                    house++;
                    String name = "Bench House " + region;
                    h.setLong(1, house);
                    h.setString(2, region);
                    h.setString(3, name);
                    h.setString(4, name);
                    h.setString(5, name);
                    h.addBatch();
                    for (String day : new String[] {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) {
                        o.setLong(1, house);
                        o.setString(2, day);
                        o.addBatch();
                    }
                }
                h.executeBatch();
                o.executeBatch();
            }
            if (lifeDates) {
                // The bench's bookings go back to 2016: every place counts from 2015 on.
                c.createStatement().executeUpdate("UPDATE house SET opened_on = DATE '2015-01-01' WHERE opened_on > DATE '2015-01-01'");
            }
            List<Long> houses = new ArrayList<>();
            List<String> houseRegions = new ArrayList<>();
            try (ResultSet r = c.createStatement().executeQuery("SELECT id, region_code FROM house ORDER BY id")) {
                while (r.next()) {
                    houses.add(r.getLong(1));
                    houseRegions.add(r.getString(2));
                }
            }
            // 40 bench rooms in every House (the demo's included), ids 800001… in House order: room
            // number i is 800001 + i in House i / 40. Only they get the bench's bookings.
            long room = 800_000;
            int idx = 0;
            try (PreparedStatement r = c.prepareStatement(
                            "INSERT INTO room (id, house_id, kind, name_en, capacity, step_free, hourly_rate_kzt, needs_approval"
                                    + (lifeDates ? ", opened_on" : "") + ") VALUES (?, ?, 'MEETING_ROOM', ?, 20, TRUE, 10000, FALSE"
                                    + (lifeDates ? ", DATE '2015-01-01'" : "") + ")")) {
                for (int hi = 0; hi < houses.size(); hi++) {
                    for (int i = 0; i < ROOMS_PER_HOUSE; i++) {
                        room++;
                        r.setLong(1, room);
                        r.setLong(2, houses.get(hi));
                        r.setString(3, "Bench room " + room);
                        r.addBatch();
                        idx++;
                    }
                }
                r.executeBatch();
            }
            if (lifeDates) {
                c.createStatement().executeUpdate("UPDATE room SET opened_on = DATE '2015-01-01' WHERE opened_on > DATE '2015-01-01'");
            }
            int rooms = idx;
            long account = one(c, "SELECT MIN(id) FROM account");
            // NGOs: 50 registered in each House's region; most of an NGO's bookings are in its House.
            int ngos = NGOS_PER_HOUSE * houses.size();
            String[] areas = {"education", "children-youth", "social-support", "culture", "environment", "health"};
            try (PreparedStatement n = c.prepareStatement(
                            "INSERT INTO ngo (id, name_kk, name_ru, name_en, legal_form, region_code, address, registered_on, youth_led, contact_email, identity, operating, created_at)"
                                    + " VALUES (?, ?, ?, ?, 'PUBLIC_ASSOCIATION', ?, 'Bench street 1', DATE '2015-01-01', ?, 'bench@example.kz', 'VERIFIED', 'ACTIVE', CURRENT_TIMESTAMP)");
                    PreparedStatement a = c.prepareStatement("INSERT INTO ngo_area (ngo_id, area_code) VALUES (?, ?)");
                    PreparedStatement l = c.prepareStatement("INSERT INTO ngo_language (ngo_id, language) VALUES (?, ?)");
                    PreparedStatement f = c.prepareStatement("INSERT INTO ngo_funding (ngo_id, source) VALUES (?, 'STATE')")) {
                for (int i = 0; i < ngos; i++) {
                    long id = 800_000 + i;
                    n.setLong(1, id);
                    n.setString(2, "Bench NGO " + i);
                    n.setString(3, "Bench NGO " + i);
                    n.setString(4, "Bench NGO " + i);
                    n.setString(5, houseRegions.get(i / NGOS_PER_HOUSE));
                    n.setBoolean(6, i % 3 == 0);
                    n.addBatch();
                    a.setLong(1, id);
                    a.setString(2, areas[i % areas.length]);
                    a.addBatch();
                    l.setLong(1, id);
                    l.setString(2, i % 2 == 0 ? "KK" : "RU");
                    l.addBatch();
                    f.setLong(1, id);
                    f.addBatch();
                }
                n.executeBatch();
                a.executeBatch();
                l.executeBatch();
                f.executeBatch();
            }
            c.commit();

            // The bookings: booking x takes slot q = x·P mod M of the M = rooms × days × 9 one-hour
            // slots (P prime to M: a permutation), so no two overlap; 80 % confirmed (70 % of those
            // checked in), 10 % no-shows, 10 % cancelled (y and z: multiplicative hashes of x, so that
            // these do not follow the room); 90 % by one of the 50 NGOs of the room's
            // House's region, 10 % by one of 100 NGOs that book all over the country.
            int days = (int) (LocalDate.of(FIRST_YEAR + YEARS, 1, 1).toEpochDay() - LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay());
            long m = (long) rooms * days * SLOTS;
            if (bookings > m) {
                throw new IllegalArgumentException(bookings + " bookings do not fit into " + m + " slots");
            }
            BigInteger big = BigInteger.valueOf(m);
            long p = 1_000_000_007L;
            while (!BigInteger.valueOf(p).gcd(big).equals(BigInteger.ONE)) {
                p = BigInteger.valueOf(p).nextProbablePrime().longValueExact();
            }
            String start = "(TIMESTAMP WITH TIME ZONE '" + FIRST_YEAR + "-01-01 09:00:00+05' + (s.d * 1440 + s.h * 60) * INTERVAL '1' MINUTE)";
            String sql = "INSERT INTO booking (id, room_id, ngo_id, requested_by, starts_at, ends_at, purpose, attendees, status,"
                    + " market_value, subsidy_share, subsidy, charged, created_at, minutes, checked_in_at)"
                    + " SELECT 10000000 + s.x, 800001 + s.ri,"
                    + " 800000 + CASE WHEN MOD(s.y / 100, 10) = 0 THEN MOD(s.z / " + NGOS_PER_HOUSE + ", " + NATIONAL_NGOS + ")"
                    + " ELSE s.ri / " + ROOMS_PER_HOUSE + " * " + NGOS_PER_HOUSE + " + MOD(s.z, " + NGOS_PER_HOUSE + ") END,"
                    + " " + account + ", " + start + ", " + start + " + INTERVAL '1' HOUR, 'Bench', 8,"
                    + " CASE WHEN MOD(s.y, 10) < 8 THEN 'CONFIRMED' WHEN MOD(s.y, 10) = 8 THEN 'NO_SHOW' ELSE 'CANCELLED' END,"
                    + " 10000, 1, 10000, 0, " + start + " - INTERVAL '7' DAY, 60,"
                    + " CASE WHEN MOD(s.y, 10) < 8 AND MOD(s.y / 10, 10) < 7 THEN " + start + " END"
                    + " FROM (SELECT q.x, MOD(q.q, " + rooms + ") AS ri, MOD(q.q / " + rooms + ", " + days + ") AS d, q.q / " + ((long) rooms * days) + " AS h,"
                    + " MOD(q.x * 2654435761, 4294967296) / 65536 AS y, MOD(q.x * 2246822519, 4294967296) / 65536 AS z"
                    + " FROM (SELECT g.x, MOD(g.x * " + p + ", " + m + ") AS q FROM %s) q) s";
            long t0 = System.nanoTime();
            int chunk = postgresql(url) ? CHUNK : CHUNK / 10; // H2: smaller transactions, less file growth
            for (long from = 0; from < bookings; from += chunk) {
                long to = Math.min(bookings, from + chunk) - 1;
                String range = postgresql(url)
                        ? "generate_series(CAST(" + from + " AS BIGINT), CAST(" + to + " AS BIGINT)) AS g(x)"
                        : "(SELECT X AS x FROM SYSTEM_RANGE(" + from + ", " + to + ")) g";
                try (Statement s = c.createStatement()) {
                    s.executeUpdate(String.format(sql, range));
                }
                c.commit();
                System.out.printf("  %,d bookings written, %.0f s%n", to + 1, (System.nanoTime() - t0) / 1e9);
            }
            // The narrower scopes measured: the last bench House and its region.
            Files.writeString(Path.of(scope), house + " " + regions.get(regions.size() - 1));
            c.commit();
            System.out.printf("  generated %,d Houses, %,d bench rooms, %,d NGOs and %,d bookings (%,d slots) in %.0f s%n",
                    houses.size(), rooms, ngos, bookings, m, (System.nanoTime() - t0) / 1e9);
        }
    }

    /** The kept booking figures, rebuilt with the ledger's statements (V22's backfill). */
    static void keep(String url, Path migration) throws Exception {
        String text = Files.readString(migration).replaceAll("(?m)--.*$", "");
        List<String> inserts = new ArrayList<>();
        for (String statement : text.split(";")) {
            String st = statement.strip();
            if (st.regionMatches(true, 0, "INSERT INTO", 0, 11)) {
                inserts.add(st);
            }
        }
        if (inserts.size() != 2) {
            throw new IllegalStateException("expected the two INSERTs of the backfill in " + migration + ", found " + inserts.size());
        }
        try (Connection c = connect(url)) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM room_month_figures");
                s.executeUpdate("DELETE FROM ngo_month_figures");
                for (String insert : inserts) {
                    s.executeUpdate(insert);
                }
            }
            c.commit();
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (postgresql(url)) {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("VACUUM ANALYZE");
                }
            }
            System.out.printf("  kept figures rebuilt in %.0f s: %,d room-month rows, %,d NGO-House-month rows (of %,d bookings)%n",
                    seconds, one(c, "SELECT COUNT(*) FROM room_month_figures"), one(c, "SELECT COUNT(*) FROM ngo_month_figures"),
                    one(c, "SELECT COUNT(*) FROM booking"));
        }
    }

    record Timed(long median, List<Long> times, String statements, String allocated, int size) {}

    static Timed report(HttpClient http, String base, String query, int year, int runs, int warmUps) throws Exception {
        List<Long> times = new ArrayList<>();
        String statements = "?";
        String allocated = "-1";
        int size = 0;
        for (int i = 0; i < runs + warmUps; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(base + "api/reports/occupancy/" + (year - (i % YEARS)) + query)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long ms = (System.nanoTime() - t) / 1_000_000;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("report " + query + " " + r.statusCode() + " " + r.body());
            }
            if (i >= warmUps) {
                times.add(ms);
            }
            statements = r.headers().firstValue("X-Report-Statements").orElse("?");
            allocated = r.headers().firstValue("X-Report-Allocated-Bytes").orElse("-1");
            size = r.body().getBytes(StandardCharsets.UTF_8).length;
        }
        return new Timed(median(times), times, statements, allocated, size);
    }

    static void app(String base, int year, int runs, String out, String house, String regionCode) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> signIn = http.send(
                HttpRequest.newBuilder(URI.create(base + "api/session"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"admin@demo.houses-of-democracy.kz\",\"password\":\"Demo-House-2026\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (signIn.statusCode() != 200) {
            throw new IllegalStateException("sign-in " + signIn.statusCode());
        }
        // First demand: each year's first report (the kept open time of a year never asked for is
        // computed then), once per year; then the measured runs.
        Timed first = report(http, base, "", year, YEARS, 0);
        System.out.printf("  app: first report of each of %d years (open time computed on first demand): median %d ms of %s%n",
                YEARS, first.median(), first.times());
        Timed nation = report(http, base, "", year, runs, 2);
        System.out.printf("  app: national reports %d back, median %d ms of %s; %s statements; %s bytes allocated; %,d bytes of JSON%n",
                year, nation.median(), nation.times(), nation.statements(), nation.allocated(), nation.size());
        Timed inRegion = regionCode == null ? null : report(http, base, "?region=" + URLEncoder.encode(regionCode, StandardCharsets.UTF_8), year, runs, 2);
        if (inRegion != null) {
            System.out.printf("  app: region %s, median %d ms of %s; %s statements; %,d bytes of JSON%n",
                    regionCode, inRegion.median(), inRegion.times(), inRegion.statements(), inRegion.size());
        }
        Timed inHouse = house == null ? null : report(http, base, "?house=" + house, year, runs, 2);
        if (inHouse != null) {
            System.out.printf("  app: House %s, median %d ms of %s; %s statements; %,d bytes of JSON%n",
                    house, inHouse.median(), inHouse.times(), inHouse.statements(), inHouse.size());
        }
        Files.writeString(Path.of(out), String.join(" ",
                Long.toString(nation.median()), nation.statements(), nation.allocated(), Integer.toString(nation.size()),
                inRegion == null ? "-" : Long.toString(inRegion.median()), inRegion == null ? "-" : inRegion.statements(),
                inHouse == null ? "-" : Long.toString(inHouse.median()), inHouse == null ? "-" : inHouse.statements(),
                Long.toString(first.median())));
    }

    /** The old report's (before #21) two GROUP BY statements over every booking of one year. */
    static String[] queries(int year) {
        String month = "CASE";
        for (int m = 2; m <= 12; m++) {
            month += " WHEN b.starts_at < TIMESTAMP WITH TIME ZONE '" + LocalDate.of(year, m, 1) + " 00:00:00+05' THEN " + (m - 1);
        }
        month += " ELSE 12 END";
        String from = "TIMESTAMP WITH TIME ZONE '" + year + "-01-01 00:00:00+05'";
        String to = "TIMESTAMP WITH TIME ZONE '" + (year + 1) + "-01-01 00:00:00+05'";
        String byRoom = "SELECT t.room_id, t.m, SUM(t.minutes), SUM(t.used), COUNT(*), SUM(t.no_show), SUM(t.market_value), SUM(t.subsidy), SUM(t.charged)"
                + " FROM (SELECT b.room_id, " + month + " AS m, b.minutes, CASE WHEN b.checked_in_at IS NOT NULL THEN b.minutes ELSE 0 END AS used,"
                + " CASE WHEN b.status = 'NO_SHOW' THEN 1 ELSE 0 END AS no_show, b.market_value, b.subsidy, b.charged"
                + " FROM booking b JOIN room r ON r.id = b.room_id JOIN house h ON h.id = r.house_id"
                + " WHERE b.status IN ('CONFIRMED', 'NO_SHOW') AND b.starts_at >= " + from + " AND b.starts_at < " + to + ") t GROUP BY t.room_id, t.m";
        String byNgo = "SELECT t.ngo_id, SUM(t.minutes), SUM(t.market), SUM(t.payments), SUM(t.subsidy) FROM ("
                + " SELECT b.ngo_id, b.minutes AS minutes, b.market_value AS market, b.charged AS payments, b.subsidy AS subsidy"
                + " FROM booking b JOIN room r ON r.id = b.room_id JOIN house h ON h.id = r.house_id"
                + " WHERE b.status IN ('CONFIRMED', 'NO_SHOW') AND b.starts_at >= " + from + " AND b.starts_at < " + to
                + " UNION ALL SELECT l.ngo_id, 0, q.market_kzt, q.payment_kzt, q.subsidy_kzt FROM lease_payment q JOIN lease l ON l.id = q.lease_id"
                + " WHERE q.due_month >= DATE '" + year + "-01-01' AND q.due_month < DATE '" + (year + 1) + "-01-01') t GROUP BY t.ngo_id";
        return new String[] {byRoom, byNgo};
    }

    /** The same years in the same order as the application's runs: no cached results either side. */
    static void sql(String url, int year, int runs, String out) throws Exception {
        List<Long> times = new ArrayList<>();
        long rows = 0;
        try (Connection c = connect(url)) {
            for (int i = 0; i < runs + 2; i++) {
                long t = System.nanoTime();
                rows = 0;
                try (Statement s = c.createStatement()) {
                    for (String q : queries(year - (i % 10))) {
                        try (ResultSet r = s.executeQuery(q)) {
                            while (r.next()) {
                                rows++;
                            }
                        }
                    }
                }
                if (i >= 2) {
                    times.add((System.nanoTime() - t) / 1_000_000);
                }
            }
        }
        long median = median(times);
        System.out.printf("  sql: the two GROUP BY statements over the bookings (the old report's), median %d ms of %s (%d rows)%n", median, times, rows);
        Files.writeString(Path.of(out), Long.toString(median));
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
