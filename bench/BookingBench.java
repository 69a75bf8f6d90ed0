import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Booking throughput, side by side on one H2 database file: the application's REST booking call
 * (sign-in by token, validation, rules, room lock, overlap check, insert, audit line, mails) against
 * the same rows written in raw JDBC (room lock, overlap check, the booking and its audit line,
 * commit). Run by
 * bench/bookings.sh, which starts and stops the server between the two phases.
 *
 * <p>java BookingBench.java rest BASE_URL STATE_FILE | jdbc JDBC_URL STATE_FILE | throughput
 * BASE_URL OUT_FILE (the REST bookings alone, for bench/figures-cost.sh: bookings/s into OUT_FILE)
 */
public class BookingBench {

    static final int THREADS = 8;
    static final int PER_THREAD = 250;
    static final int WARM_UP = 400;
    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    static final String NGO_BIN = "150540001233";

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "rest" -> rest(args[1], java.nio.file.Path.of(args[2]));
            case "jdbc" -> jdbc(args[1], java.nio.file.Path.of(args[2]));
            case "throughput" -> throughput(args[1], java.nio.file.Path.of(args[2]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // --- the application, through its REST API

    static void rest(String base, java.nio.file.Path state) throws Exception {
        String admin = token(base, "admin@demo.houses-of-democracy.kz");
        String ngo = token(base, "ngo@demo.houses-of-democracy.kz");
        long ngoId = ngoId(base, ngo);
        roomyQuotas(base, admin);
        List<LocalDate> days = openDays(base);
        List<Slot> slots = slots(days);
        System.out.printf(
                "  %d open days ahead, %d one-hour slots per room%n", days.size(), slots.size());
        // Rooms: one for the warm-up, one per REST thread, one per JDBC thread (used later).
        long warmRoom = room(base, admin, "warm-up");
        List<Long> restRooms = new ArrayList<>();
        List<Long> jdbcRooms = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            restRooms.add(room(base, admin, "rest-" + i));
            jdbcRooms.add(room(base, admin, "jdbc-" + i));
        }
        jdbcRooms.add(room(base, admin, "jdbc-warm-up"));
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < WARM_UP; i++) {
            book(http, base, ngo, ngoId, warmRoom, slots.get(i));
        }
        AtomicLong ok = new AtomicLong();
        long nanos =
                timed(
                        THREADS,
                        t -> {
                            for (int i = 0; i < PER_THREAD; i++) {
                                if (book(http, base, ngo, ngoId, restRooms.get(t), slots.get(i))) {
                                    ok.incrementAndGet();
                                }
                            }
                        });
        double perSecond = ok.get() / (nanos / 1e9);
        System.out.printf(
                "  REST: %d bookings by %d clients in %.2f s = %.1f bookings/s%n",
                ok.get(), THREADS, nanos / 1e9, perSecond);
        // The floor of the HTTP stack: the same clients, the same token, the smallest read.
        HttpRequest me =
                HttpRequest.newBuilder(URI.create(base + "api/me"))
                        .header("Authorization", "Bearer " + ngo)
                        .build();
        for (int i = 0; i < WARM_UP; i++) {
            send(http, me);
        }
        long meNanos =
                timed(
                        THREADS,
                        t -> {
                            for (int i = 0; i < PER_THREAD; i++) {
                                if (send(http, me).statusCode() != 200) {
                                    throw new IllegalStateException("GET /api/me failed");
                                }
                            }
                        });
        double mePerSecond = THREADS * PER_THREAD / (meNanos / 1e9);
        System.out.printf(
                "  REST floor: %d GET /api/me by %d clients in %.2f s = %.1f requests/s%n",
                THREADS * PER_THREAD, THREADS, meNanos / 1e9, mePerSecond);
        System.out.printf(
                "RATIO booking request ÷ the smallest authenticated REST read = %.3f%n",
                perSecond / mePerSecond);
        java.nio.file.Files.writeString(
                state,
                "restPerSecond="
                        + perSecond
                        + "\nngoId="
                        + ngoId
                        + "\njdbcRooms="
                        + jdbcRooms.toString().replaceAll("[\\[\\] ]", "")
                        + "\ndays="
                        + days.toString().replaceAll("[\\[\\] ]", "")
                        + "\n");
    }

    /**
     * The REST booking phase alone (no floor, no JDBC rooms): the same warm-up, clients and slots as
     * {@link #rest}; bench/figures-cost.sh runs it against the WAR from before #21 and the current
     * one, in turns.
     */
    static void throughput(String base, java.nio.file.Path out) throws Exception {
        String admin = token(base, "admin@demo.houses-of-democracy.kz");
        String ngo = token(base, "ngo@demo.houses-of-democracy.kz");
        long ngoId = ngoId(base, ngo);
        roomyQuotas(base, admin);
        List<Slot> slots = slots(openDays(base));
        long warmRoom = room(base, admin, "warm-up");
        List<Long> rooms = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            rooms.add(room(base, admin, "rest-" + i));
        }
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < WARM_UP; i++) {
            book(http, base, ngo, ngoId, warmRoom, slots.get(i));
        }
        AtomicLong ok = new AtomicLong();
        long nanos =
                timed(
                        THREADS,
                        t -> {
                            for (int i = 0; i < PER_THREAD; i++) {
                                if (book(http, base, ngo, ngoId, rooms.get(t), slots.get(i))) {
                                    ok.incrementAndGet();
                                }
                            }
                        });
        double perSecond = ok.get() / (nanos / 1e9);
        System.out.printf(
                "  REST: %d bookings by %d clients in %.2f s = %.1f bookings/s%n",
                ok.get(), THREADS, nanos / 1e9, perSecond);
        java.nio.file.Files.writeString(out, Double.toString(perSecond));
    }

    /** The benchmarks book far more than the fair-use quotas let one NGO hold. */
    static void roomyQuotas(String base, String adminToken) {
        HttpResponse<String> quotas =
                send(
                        HttpClient.newHttpClient(),
                        HttpRequest.newBuilder(URI.create(base + "api/houses/1/quotas"))
                                .header("Authorization", "Bearer " + adminToken)
                                .header("Content-Type", "application/json")
                                .PUT(
                                        HttpRequest.BodyPublishers.ofString(
                                                "{\"hoursPerMonth\":10000,\"futureBookings\":10000}"))
                                .build());
        if (quotas.statusCode() != 200) {
            throw new IllegalStateException("quotas: " + quotas.statusCode() + " " + quotas.body());
        }
    }

    /** One booking request; the answer as it came. */
    static HttpResponse<String> request(
            HttpClient http, String base, String token, long ngo, long room, LocalDate date, LocalTime start, LocalTime end, String purpose) {
        String body =
                "{\"ngoId\":%d,\"roomId\":%d,\"date\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"purpose\":\"%s\",\"attendees\":5}"
                        .formatted(ngo, room, date, start, end, purpose);
        return send(
                http,
                HttpRequest.newBuilder(URI.create(base + "api/bookings"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
    }

    static boolean book(HttpClient http, String base, String token, long ngo, long room, Slot s) {
        HttpResponse<String> r =
                request(http, base, token, ngo, room, s.date, s.start, s.start.plusHours(1), "Benchmark");
        if (r.statusCode() != 201) {
            throw new IllegalStateException("booking refused: " + r.statusCode() + " " + r.body());
        }
        return true;
    }

    static String token(String base, String email) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> signIn =
                send(
                        http,
                        json(
                                base + "api/session",
                                "{\"email\":\"" + email + "\",\"password\":\"Demo-House-2026\"}"));
        if (signIn.statusCode() != 200) {
            throw new IllegalStateException("sign-in: " + signIn.statusCode() + signIn.body());
        }
        HttpResponse<String> token =
                send(
                        http,
                        json(
                                base + "api/me/tokens",
                                "{\"name\":\"benchmark\",\"password\":\"Demo-House-2026\"}"));
        return field(token.body(), "secret");
    }

    static long ngoId(String base, String token) {
        String mine =
                send(
                                HttpClient.newHttpClient(),
                                HttpRequest.newBuilder(URI.create(base + "api/ngos/mine"))
                                        .header("Authorization", "Bearer " + token)
                                        .build())
                        .body();
        for (String ngo : mine.split("\\},\\{")) {
            if (ngo.contains("\"bin\":\"" + NGO_BIN + "\"")) {
                Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(ngo);
                id.find();
                return Long.parseLong(id.group(1));
            }
        }
        throw new IllegalStateException("no demo NGO " + NGO_BIN + " in " + mine);
    }

    /** Days the Astana House is open, from two days ahead to 85 days ahead. */
    static List<LocalDate> openDays(String base) {
        HttpClient http = HttpClient.newHttpClient();
        List<LocalDate> days = new ArrayList<>();
        LocalDate today = LocalDate.now(ALMATY);
        for (LocalDate d = today.plusDays(2); d.isBefore(today.plusDays(85)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() >= 6) {
                continue; // weekdays only: every House keeps 09:00–18:00 on them
            }
            String day =
                    send(
                                    http,
                                    HttpRequest.newBuilder(
                                                    URI.create(
                                                            base
                                                                    + "api/houses/1/availability?date="
                                                                    + d))
                                            .build())
                            .body();
            if (day.contains("\"open\":true")) {
                days.add(d);
            }
        }
        return days;
    }

    record Slot(LocalDate date, LocalTime start) {}

    static List<Slot> slots(List<LocalDate> days) {
        List<Slot> slots = new ArrayList<>();
        for (LocalDate d : days) {
            for (int h = 9; h < 18; h++) {
                slots.add(new Slot(d, LocalTime.of(h, 0)));
            }
        }
        return slots;
    }

    static long room(String base, String adminToken, String name) {
        HttpResponse<String> r =
                send(
                        HttpClient.newHttpClient(),
                        HttpRequest.newBuilder(URI.create(base + "api/houses/1/rooms"))
                                .header("Authorization", "Bearer " + adminToken)
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "{\"kind\":\"MEETING_ROOM\",\"name\":{\"en\":\"Bench "
                                                        + name
                                                        + " "
                                                        + System.nanoTime()
                                                        + "\"},\"capacity\":10,\"hourlyRateKzt\":5000}"))
                                .build());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("room: " + r.statusCode() + " " + r.body());
        }
        String location = r.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    // --- the floor: the same booking in raw JDBC on the same file, the server stopped

    static void jdbc(String url, java.nio.file.Path state) throws Exception {
        java.util.Properties p = new java.util.Properties();
        try (var in = java.nio.file.Files.newBufferedReader(state)) {
            p.load(in);
        }
        long ngoId = Long.parseLong(p.getProperty("ngoId"));
        List<Long> rooms = new ArrayList<>();
        for (String r : p.getProperty("jdbcRooms").split(",")) {
            rooms.add(Long.parseLong(r));
        }
        List<LocalDate> days = new ArrayList<>();
        for (String d : p.getProperty("days").split(",")) {
            days.add(LocalDate.parse(d));
        }
        List<Slot> slots = slots(days);
        long account;
        try (Connection c = DriverManager.getConnection(url, "sa", "sa");
                PreparedStatement s =
                        c.prepareStatement("SELECT id FROM account WHERE email = ?")) {
            s.setString(1, "ngo@demo.houses-of-democracy.kz");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                account = r.getLong(1);
            }
        }
        AtomicLong ids = new AtomicLong(900_000_000L);
        // Warm-up on a room of its own, then the measured run on every thread's own room.
        try (Connection c = DriverManager.getConnection(url, "sa", "sa")) {
            for (int i = 0; i < WARM_UP; i++) {
                insert(c, rooms.get(THREADS), ngoId, account, slots.get(i), ids);
            }
        }
        AtomicLong ok = new AtomicLong();
        long nanos =
                timed(
                        THREADS,
                        t -> {
                            try (Connection c = DriverManager.getConnection(url, "sa", "sa")) {
                                for (int i = 0; i < PER_THREAD; i++) {
                                    if (insert(c, rooms.get(t), ngoId, account, slots.get(i), ids)) {
                                        ok.incrementAndGet();
                                    }
                                }
                            } catch (SQLException e) {
                                throw new IllegalStateException(e);
                            }
                        });
        double perSecond = ok.get() / (nanos / 1e9);
        double rest = Double.parseDouble(p.getProperty("restPerSecond"));
        System.out.printf(
                "  raw JDBC: %d bookings by %d threads in %.2f s = %.1f bookings/s%n",
                ok.get(), THREADS, nanos / 1e9, perSecond);
        System.out.printf("RATIO booking throughput, REST ÷ raw JDBC = %.3f%n", rest / perSecond);
    }

    static boolean insert(
            Connection c, long room, long ngo, long account, Slot s, AtomicLong ids)
            throws SQLException {
        c.setAutoCommit(false);
        OffsetDateTime start = s.date.atTime(s.start).atZone(ALMATY).toOffsetDateTime();
        OffsetDateTime end = start.plusHours(1);
        try (PreparedStatement lock = c.prepareStatement("SELECT id FROM room WHERE id = ? FOR UPDATE");
                PreparedStatement overlap =
                        c.prepareStatement(
                                "SELECT COUNT(*) FROM booking WHERE room_id = ? AND status IN ('PENDING', 'CONFIRMED') AND starts_at < ? AND ends_at > ?");
                PreparedStatement insert =
                        c.prepareStatement(
                                "INSERT INTO booking (id, room_id, ngo_id, requested_by, starts_at, ends_at, purpose, attendees, status, market_value, subsidy_share, subsidy, charged, created_at, minutes) VALUES (?, ?, ?, ?, ?, ?, 'Benchmark', 5, 'CONFIRMED', 5000, 1, 5000, 0, ?, 60)");
                PreparedStatement audit =
                        c.prepareStatement(
                                "INSERT INTO audit_entry (id, occurred_at, actor_id, actor_email, action, object_type, region_code, detail) VALUES (?, ?, ?, 'ngo@demo.houses-of-democracy.kz', 'booking.requested', 'booking', 'KZ-71', ?)")) {
            lock.setLong(1, room);
            lock.executeQuery().close();
            overlap.setLong(1, room);
            overlap.setObject(2, end);
            overlap.setObject(3, start);
            try (ResultSet r = overlap.executeQuery()) {
                r.next();
                if (r.getLong(1) > 0) {
                    c.rollback();
                    return false;
                }
            }
            insert.setLong(1, ids.incrementAndGet());
            insert.setLong(2, room);
            insert.setLong(3, ngo);
            insert.setLong(4, account);
            insert.setObject(5, start);
            insert.setObject(6, end);
            insert.setObject(7, OffsetDateTime.now());
            insert.executeUpdate();
            audit.setLong(1, ids.incrementAndGet());
            audit.setObject(2, OffsetDateTime.now());
            audit.setLong(3, account);
            audit.setString(4, "booking " + room + " " + s.date + " " + s.start);
            audit.executeUpdate();
            c.commit();
            return true;
        }
    }

    // --- plumbing

    interface Work {
        void run(int thread) throws Exception;
    }

    static long timed(int threads, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> running = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            running.add(
                    pool.submit(
                            () -> {
                                work.run(thread);
                                return null;
                            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        long elapsed = System.nanoTime() - started;
        pool.shutdown();
        return elapsed;
    }

    static HttpRequest json(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
