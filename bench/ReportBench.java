import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The national annual report over a million bookings, side by side on one H2 database file: the
 * application's report (REST, as the administrator) against the plain SQL GROUP BY statements that
 * sum the same bookings. Run by bench/reports.sh, which starts and stops the server between phases.
 *
 * <p>Modes: {@code generate <jdbc-url> <bookings>}: 18 more Houses (one per region without one),
 * 10 rooms each, 400 NGOs and the bookings over 2016–2025; {@code app <base> <year> <runs>}; {@code
 * sql <jdbc-url> <year> <runs>}. Times are printed as "median ms" lines the script compares.
 */
public class ReportBench {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(args[1], Integer.parseInt(args[2]));
            case "app" -> app(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4]);
            case "sql" -> sql(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4]);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void generate(String url, int bookings) throws Exception {
        Random random = new Random(20261129);
        try (Connection c = DriverManager.getConnection(url, "sa", "sa")) {
            c.setAutoCommit(false);
            List<String> regions = new ArrayList<>();
            try (ResultSet r = c.createStatement().executeQuery(
                    "SELECT code FROM region WHERE code NOT IN (SELECT region_code FROM house) ORDER BY code")) {
                while (r.next()) {
                    regions.add(r.getString(1));
                }
            }
            long house = 800_000;
            long room = 800_000;
            try (PreparedStatement h = c.prepareStatement(
                            "INSERT INTO house (id, region_code, name_kk, name_ru, name_en, time_zone) VALUES (?, ?, ?, ?, ?, 'Asia/Almaty')");
                    PreparedStatement o = c.prepareStatement(
                            "INSERT INTO house_opening_hours (house_id, day_of_week, opens, closes) VALUES (?, ?, TIME '09:00:00', TIME '18:00:00')");
                    PreparedStatement r = c.prepareStatement(
                            "INSERT INTO room (id, house_id, kind, name_en, capacity, step_free, hourly_rate_kzt, needs_approval) VALUES (?, ?, 'MEETING_ROOM', ?, 20, TRUE, 10000, FALSE)")) {
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
                    for (int i = 0; i < 10; i++) {
                        room++;
                        r.setLong(1, room);
                        r.setLong(2, house);
                        r.setString(3, "Bench room " + room);
                        r.addBatch();
                    }
                }
                h.executeBatch();
                o.executeBatch();
                r.executeBatch();
            }
            List<Long> rooms = new ArrayList<>();
            try (ResultSet r = c.createStatement().executeQuery("SELECT id FROM room")) {
                while (r.next()) {
                    rooms.add(r.getLong(1));
                }
            }
            long account;
            try (ResultSet r = c.createStatement().executeQuery("SELECT MIN(id) FROM account")) {
                r.next();
                account = r.getLong(1);
            }
            List<Long> ngos = new ArrayList<>();
            String[] areas = {"education", "children-youth", "social-support", "culture", "environment", "health"};
            try (PreparedStatement n = c.prepareStatement(
                            "INSERT INTO ngo (id, name_kk, name_ru, name_en, legal_form, region_code, address, registered_on, youth_led, contact_email, identity, operating, created_at)"
                                    + " VALUES (?, ?, ?, ?, 'PUBLIC_ASSOCIATION', ?, 'Bench street 1', DATE '2015-01-01', ?, 'bench@example.kz', 'VERIFIED', 'ACTIVE', CURRENT_TIMESTAMP)");
                    PreparedStatement a = c.prepareStatement("INSERT INTO ngo_area (ngo_id, area_code) VALUES (?, ?)");
                    PreparedStatement l = c.prepareStatement("INSERT INTO ngo_language (ngo_id, language) VALUES (?, ?)");
                    PreparedStatement f = c.prepareStatement("INSERT INTO ngo_funding (ngo_id, source) VALUES (?, 'STATE')")) {
                List<String> allRegions = new ArrayList<>();
                try (ResultSet r = c.createStatement().executeQuery("SELECT code FROM region")) {
                    while (r.next()) {
                        allRegions.add(r.getString(1));
                    }
                }
                for (int i = 0; i < 400; i++) {
                    long id = 800_000 + i;
                    ngos.add(id);
                    n.setLong(1, id);
                    n.setString(2, "Bench NGO " + i);
                    n.setString(3, "Bench NGO " + i);
                    n.setString(4, "Bench NGO " + i);
                    n.setString(5, allRegions.get(i % allRegions.size()));
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
            String[] statuses = {"CONFIRMED", "CONFIRMED", "CONFIRMED", "CONFIRMED", "CONFIRMED", "CONFIRMED", "CONFIRMED", "CONFIRMED", "NO_SHOW", "CANCELLED"};
            LocalDate first = LocalDate.of(2016, 1, 1);
            int days = (int) (LocalDate.of(2026, 1, 1).toEpochDay() - first.toEpochDay());
            try (PreparedStatement b = c.prepareStatement(
                    "INSERT INTO booking (id, room_id, ngo_id, requested_by, starts_at, ends_at, purpose, attendees, status, market_value, subsidy_share, subsidy, charged, created_at, minutes, checked_in_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, 'Bench', 8, ?, ?, 1, ?, 0, ?, ?, ?)")) {
                long start = System.nanoTime();
                for (int i = 0; i < bookings; i++) {
                    LocalDate day = first.plusDays(random.nextInt(days));
                    int hour = 9 + random.nextInt(7);
                    int hours = 1 + random.nextInt(2);
                    OffsetDateTime s = day.atTime(hour, 0).atOffset(ZoneOffset.ofHours(5));
                    OffsetDateTime e = s.plusHours(hours);
                    String status = statuses[random.nextInt(statuses.length)];
                    b.setLong(1, 10_000_000L + i);
                    b.setLong(2, rooms.get(random.nextInt(rooms.size())));
                    b.setLong(3, ngos.get(random.nextInt(ngos.size())));
                    b.setLong(4, account);
                    b.setObject(5, s);
                    b.setObject(6, e);
                    b.setString(7, status);
                    java.math.BigDecimal market = java.math.BigDecimal.valueOf(10_000L * hours);
                    b.setBigDecimal(8, market);
                    b.setBigDecimal(9, market);
                    b.setObject(10, s.minusDays(7));
                    b.setInt(11, hours * 60);
                    b.setObject(12, status.equals("CONFIRMED") && random.nextInt(10) < 7 ? s : null);
                    b.addBatch();
                    if (i % 10_000 == 9_999) {
                        b.executeBatch();
                        c.commit();
                    }
                }
                b.executeBatch();
                c.commit();
                System.out.printf("  generated %,d bookings in %.0f s%n", bookings, (System.nanoTime() - start) / 1e9);
            }
        }
    }

    static void app(String base, int year, int runs, String out) throws Exception {
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
        List<Long> times = new ArrayList<>();
        String statements = "?";
        String allocated = "?";
        int size = 0;
        for (int i = 0; i < runs + 2; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(base + "api/reports/occupancy/" + (year - (i % 10)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            long ms = (System.nanoTime() - t) / 1_000_000;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("report " + r.statusCode() + " " + r.body());
            }
            if (i >= 2) {
                times.add(ms);
            }
            statements = r.headers().firstValue("X-Report-Statements").orElse("?");
            allocated = r.headers().firstValue("X-Report-Allocated-Bytes").orElse("?");
            size = r.body().length();
        }
        long median = median(times);
        System.out.printf("  app: national reports %d back, median %d ms of %s; %s statements; %s MB allocated; %,d bytes of JSON%n",
                year, median, times, statements, Long.parseLong(allocated) / 1_000_000, size);
        Files.writeString(Path.of(out), median + " " + statements + " " + allocated);
    }

    /** The two GROUP BY statements over the bookings that the report runs, for one year. */
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
        try (Connection c = DriverManager.getConnection(url, "sa", "sa")) {
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
        System.out.printf("  sql: the two GROUP BY statements over the bookings (the same as the report's), median %d ms of %s (%d rows)%n", median, times, rows);
        Files.writeString(Path.of(out), Long.toString(median));
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
