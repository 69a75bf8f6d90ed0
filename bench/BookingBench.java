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
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Booking throughput over hundreds of NGOs at the default quotas (issue 22), side by side on one
 * database (H2 file or PostgreSQL): the application's REST booking call (token, validation, rules,
 * the NGO's and the room's locks, quotas, overlap, insert, kept figures, audit line, mails) against
 * raw JDBC doing the same lock-count-insert (lock the room, count the overlaps and the NGO's month,
 * insert the booking and its audit line, commit). Rounds alternate REST and JDBC so that the noise
 * of a shared machine hits both sides. Run by bench/bookings.sh.
 *
 * <p>Modes: prepare JDBC_URL (the NGOs, their filings and areas, and the clients' accounts, in SQL)
 * | setup BASE STATE (rooms, tokens, warm-up) | rest BASE STATE ROUND | jdbc JDBC_URL STATE ROUND |
 * report STATE | throughput BASE OUT_FILE (one NGO, roomy quotas: bench/figures-cost.sh).
 */
public class BookingBench {

    static final int THREADS = 8;
    /**
     * Bookings per client in a measured round: 400 by default, 3,200 per round and side. Each NGO
     * books 8 of them, within the House's default quotas (10 ahead, 20 hours a month).
     */
    static final int PER_THREAD = Integer.getInteger("perThread", 400);
    /**
     * Bookings per client in the warm-up before every round of each side: the same 8 clients (or
     * threads) at once, in rooms and for NGOs of their own. A server started for the round, or a
     * fresh JVM on the JDBC side, is still compiling its hot code for seconds: with a warm-up of
     * 400 bookings by one client, JFR showed the server's JIT busy for ~0.7 s of every second of
     * the measured REST round, which then measured the compiler as much as the booking path.
     */
    static final int WARM_UP = Integer.getInteger("warmUp", 300);
    /** NGOs per client, per round, side and phase (warm-up or measured). */
    static final int NGOS_PER_CLIENT = 50;
    static final int ROUNDS = Integer.getInteger("rounds", 2);

    /** Every round of each side has its own NGOs for its warm-up and for its measured bookings. */
    static final int NGOS = 2 * 2 * ROUNDS * THREADS * NGOS_PER_CLIENT;
    static final long FIRST_NGO = 810_000;
    static final long FIRST_ACCOUNT = 810_000;
    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    static final String NGO_BIN = "150540001233";
    static final String DEMO_NGO_ACCOUNT = "ngo@demo.houses-of-democracy.kz";
    static final String PASSWORD = "Demo-House-2026";

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "prepare" -> prepare(args[1]);
            case "setup" -> setup(args[1], Path.of(args[2]));
            case "rest" -> rest(args[1], Path.of(args[2]), Integer.parseInt(args[3]));
            case "jdbc" -> jdbc(args[1], Path.of(args[2]), Integer.parseInt(args[3]));
            case "report" -> report(Path.of(args[1]));
            case "throughput" -> throughput(args[1], Path.of(args[2]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /**
     * The clients' HTTP: the JDK's default (HTTP/2, upgraded from HTTP/1.1 on a plain connection)
     * unless {@code -Dhttp=1.1} (HTTP=1.1 in bookings.sh) asks for HTTP/1.1 with keep-alive, as
     * curl and most scripting libraries speak to a plain http:// address.
     */
    static HttpClient http() {
        return "1.1".equals(System.getProperty("http"))
                ? HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                : HttpClient.newHttpClient();
    }

    static String client(int t) {
        return "bench-client-" + t + "@demo.houses-of-democracy.kz";
    }

    /**
     * NGO number i of client t in a round (1…), side (REST or JDBC) and phase (warm-up or measured):
     * each has 50 of its own, so no NGO comes near its quotas however many rounds run.
     */
    static long ngo(int round, boolean jdbc, boolean warmUp, int t, int i) {
        int block = (((round - 1) * 2 + (jdbc ? 1 : 0)) * 2 + (warmUp ? 1 : 0)) * THREADS + t;
        return FIRST_NGO + (long) block * NGOS_PER_CLIENT + i % NGOS_PER_CLIENT;
    }

    // --- the data: eligible NGOs in Astana and one representative account per client

    /**
     * {@link #NGOS} eligible NGOs (verified, registered in 2015, a verified filing for the last two
     * years, a socially significant area: 3,200 for two rounds) and 8 client accounts (the demo
     * representative's password), client t representing its 50 NGOs of every round, side and
     * phase; the House's quotas untouched.
     */
    static void prepare(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user(url), user(url))) {
            c.setAutoCommit(false);
            String area;
            try (ResultSet r =
                    c.createStatement()
                            .executeQuery(
                                    "SELECT code FROM activity_area WHERE socially_significant = TRUE ORDER BY code")) {
                r.next();
                area = r.getString(1);
            }
            int year = LocalDate.now(ALMATY).getYear();
            try (PreparedStatement n =
                            c.prepareStatement(
                                    "INSERT INTO ngo (id, name_kk, name_ru, name_en, legal_form, region_code, address, registered_on, youth_led, contact_email, identity, operating, created_at)"
                                            + " VALUES (?, ?, ?, ?, 'PUBLIC_ASSOCIATION', 'KZ-71', 'Bench street 1', DATE '2015-01-01', FALSE, 'bench@example.kz', 'VERIFIED', 'ACTIVE', CURRENT_TIMESTAMP)");
                    PreparedStatement a =
                            c.prepareStatement("INSERT INTO ngo_area (ngo_id, area_code) VALUES (?, ?)");
                    PreparedStatement f =
                            c.prepareStatement(
                                    "INSERT INTO annual_filing (id, ngo_id, filing_year, filed_on, reference, status, created_at, decided_at)"
                                            + " VALUES (?, ?, ?, ?, ?, 'VERIFIED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
                for (int i = 0; i < NGOS; i++) {
                    long id = FIRST_NGO + i;
                    n.setLong(1, id);
                    for (int k = 2; k <= 4; k++) {
                        n.setString(k, "Bench NGO " + i);
                    }
                    n.addBatch();
                    a.setLong(1, id);
                    a.setString(2, area);
                    a.addBatch();
                    for (int back = 1; back <= 2; back++) {
                        f.setLong(1, id * 10 + back);
                        f.setLong(2, id);
                        f.setInt(3, year - back);
                        f.setObject(4, LocalDate.of(year - back + 1, 2, 1));
                        f.setString(5, "BENCH-" + id + "-" + back);
                        f.addBatch();
                    }
                }
                n.executeBatch();
                a.executeBatch();
                f.executeBatch();
            }
            try (PreparedStatement account =
                            c.prepareStatement(
                                    "INSERT INTO account (id, email, display_name, password_hash, language, status, created_at, confirmed_at)"
                                            + " SELECT ?, ?, ?, password_hash, language, status, created_at, confirmed_at FROM account WHERE email = ?");
                    PreparedStatement grant =
                            c.prepareStatement(
                                    "INSERT INTO role_grant (id, account_id, role, granted_at)"
                                            + " VALUES (?, ?, 'NGO_REPRESENTATIVE', CURRENT_TIMESTAMP)");
                    PreparedStatement represents =
                            c.prepareStatement(
                                    "INSERT INTO ngo_representative (id, ngo_id, account_id, since) VALUES (?, ?, ?, CURRENT_TIMESTAMP)")) {
                long representation = FIRST_ACCOUNT * 10;
                for (int t = 0; t < THREADS; t++) {
                    long id = FIRST_ACCOUNT + t;
                    account.setLong(1, id);
                    account.setString(2, client(t));
                    account.setString(3, "Bench client " + t);
                    account.setString(4, DEMO_NGO_ACCOUNT);
                    account.executeUpdate();
                    grant.setLong(1, id);
                    grant.setLong(2, id);
                    grant.executeUpdate();
                    List<Long> theirs = new ArrayList<>();
                    for (int r = 1; r <= ROUNDS; r++) {
                        for (boolean jdbc : new boolean[] {false, true}) {
                            for (boolean warmUp : new boolean[] {false, true}) {
                                for (int i = 0; i < NGOS_PER_CLIENT; i++) {
                                    theirs.add(ngo(r, jdbc, warmUp, t, i));
                                }
                            }
                        }
                    }
                    for (long ngo : theirs) {
                        represents.setLong(1, ++representation);
                        represents.setLong(2, ngo);
                        represents.setLong(3, id);
                        represents.addBatch();
                    }
                }
                represents.executeBatch();
            }
            c.commit();
        }
        System.out.printf(
                "  %d eligible NGOs and %d client accounts written in SQL%n", NGOS, THREADS);
    }

    static String user(String url) {
        return url.startsWith("jdbc:postgresql") ? "hod" : "sa";
    }

    // --- the application, through its REST API

    /** Rooms for every round and side (and each round's warm-up room), the tokens, the open days. */
    static void setup(String base, Path state) throws Exception {
        int rounds = Integer.getInteger("rounds", 2);
        String admin = token(base, "admin@demo.houses-of-democracy.kz");
        List<String> tokens = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            tokens.add(token(base, client(t)));
        }
        List<LocalDate> days = openDays(base);
        List<Slot> slots = slots(days);
        System.out.printf(
                "  %d open days ahead, %d one-hour slots per room%n", days.size(), slots.size());
        Properties p = new Properties();
        p.setProperty("tokens", String.join(",", tokens));
        p.setProperty("days", join(days));
        p.setProperty("rounds", Integer.toString(rounds));
        for (String side : List.of("rest", "jdbc")) {
            for (int r = 1; r <= rounds; r++) {
                List<Long> rooms = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    rooms.add(room(base, admin, side + "-" + r + "-" + t));
                }
                p.setProperty(side + ".rooms." + r, join(rooms));
                List<Long> warm = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    warm.add(room(base, admin, side + "-warm-" + r + "-" + t));
                }
                p.setProperty(side + ".warm." + r, join(warm));
            }
        }
        save(state, p);
    }

    /** One measured REST round: every client books PER_THREAD slots in its room, NGO after NGO. */
    static void rest(String base, Path state, int round) throws Exception {
        Properties p = load(state);
        List<String> tokens = List.of(p.getProperty("tokens").split(","));
        List<Long> rooms = longs(p.getProperty("rest.rooms." + round));
        List<Slot> slots = slots(dates(p.getProperty("days")));
        List<Long> warmRooms = longs(p.getProperty("rest.warm." + round));
        HttpClient http = http();
        timed(
                THREADS,
                t -> {
                    for (int i = 0; i < WARM_UP; i++) {
                        book(http, base, tokens.get(t), ngo(round, false, true, t, i), warmRooms.get(t), slots.get(i));
                    }
                });
        AtomicLong ok = new AtomicLong();
        long nanos =
                timed(
                        THREADS,
                        t -> {
                            for (int i = 0; i < PER_THREAD; i++) {
                                if (book(http, base, tokens.get(t), ngo(round, false, false, t, i), rooms.get(t), slots.get(i))) {
                                    ok.incrementAndGet();
                                }
                            }
                        });
        double perSecond = ok.get() / (nanos / 1e9);
        System.out.printf(
                "  round %d REST: %d bookings by %d clients over %d NGOs in %.2f s = %.1f bookings/s%n",
                round, ok.get(), THREADS, THREADS * NGOS_PER_CLIENT, nanos / 1e9, perSecond);
        p.setProperty("rest." + round, Double.toString(perSecond));
        save(state, p);
    }

    /** The means of the rounds and their ratio. */
    static void report(Path state) throws Exception {
        Properties p = load(state);
        int rounds = Integer.parseInt(p.getProperty("rounds"));
        double rest = 0;
        double jdbc = 0;
        for (int r = 1; r <= rounds; r++) {
            double a = Double.parseDouble(p.getProperty("rest." + r));
            double b = Double.parseDouble(p.getProperty("jdbc." + r));
            System.out.printf("  round %d: REST %.1f, raw JDBC %.1f bookings/s, ratio %.3f%n", r, a, b, a / b);
            rest += a / rounds;
            jdbc += b / rounds;
        }
        System.out.printf(
                "RATIO booking throughput over %d NGOs, REST ÷ raw JDBC = %.3f (means %.1f ÷ %.1f bookings/s)%n",
                THREADS * NGOS_PER_CLIENT, rest / jdbc, rest, jdbc);
    }

    /**
     * The REST booking phase alone (no floor, no JDBC rooms): the same warm-up, clients and slots as
     * {@link #rest}; bench/figures-cost.sh runs it against the WAR from before #21 and the current
     * one, in turns.
     */
    static void throughput(String base, Path out) throws Exception {
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
        HttpClient http = http();
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
        Files.writeString(out, Double.toString(perSecond));
    }

    /** The benchmarks book far more than the fair-use quotas let one NGO hold. */
    static void roomyQuotas(String base, String adminToken) {
        HttpResponse<String> quotas =
                send(
                        http(),
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
                                http(),
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
        HttpClient http = http();
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
                        http(),
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

    // --- the floor: the same lock-count-insert in raw JDBC on the same database

    static void jdbc(String url, Path state, int round) throws Exception {
        Properties p = load(state);
        List<Long> rooms = longs(p.getProperty("jdbc.rooms." + round));
        List<Slot> slots = slots(dates(p.getProperty("days")));
        AtomicLong ids = new AtomicLong(900_000_000L + round * 10_000_000L);
        List<Long> warmRooms = longs(p.getProperty("jdbc.warm." + round));
        timed(
                THREADS,
                t -> {
                    try (Connection c = DriverManager.getConnection(url, user(url), user(url))) {
                        for (int i = 0; i < WARM_UP; i++) {
                            insert(c, warmRooms.get(t), ngo(round, true, true, t, i), FIRST_ACCOUNT + t, slots.get(i), ids);
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
        AtomicLong ok = new AtomicLong();
        long nanos =
                timed(
                        THREADS,
                        t -> {
                            try (Connection c = DriverManager.getConnection(url, user(url), user(url))) {
                                for (int i = 0; i < PER_THREAD; i++) {
                                    if (insert(c, rooms.get(t), ngo(round, true, false, t, i), FIRST_ACCOUNT + t, slots.get(i), ids)) {
                                        ok.incrementAndGet();
                                    }
                                }
                            } catch (SQLException e) {
                                throw new IllegalStateException(e);
                            }
                        });
        double perSecond = ok.get() / (nanos / 1e9);
        System.out.printf(
                "  round %d raw JDBC: %d bookings by %d threads over %d NGOs in %.2f s = %.1f bookings/s%n",
                round, ok.get(), THREADS, THREADS * NGOS_PER_CLIENT, nanos / 1e9, perSecond);
        p.setProperty("jdbc." + round, Double.toString(perSecond));
        save(state, p);
    }

    /**
     * Lock the room; count the overlaps and the NGO's minutes that month at the House in one
     * statement; insert the booking and its audit line; commit: four statements.
     */
    static boolean insert(Connection c, long room, long ngo, long account, Slot s, AtomicLong ids)
            throws SQLException {
        c.setAutoCommit(false);
        OffsetDateTime start = s.date.atTime(s.start).atZone(ALMATY).toOffsetDateTime();
        OffsetDateTime end = start.plusHours(1);
        OffsetDateTime monthStart = s.date.withDayOfMonth(1).atStartOfDay(ALMATY).toOffsetDateTime();
        try (PreparedStatement lock = c.prepareStatement("SELECT house_id FROM room WHERE id = ? FOR UPDATE");
                PreparedStatement count =
                        c.prepareStatement(
                                "SELECT (SELECT COUNT(*) FROM booking WHERE room_id = ? AND status IN ('PENDING', 'CONFIRMED') AND starts_at < ? AND ends_at > ?),"
                                        + " (SELECT COALESCE(SUM(b.minutes), 0) FROM booking b JOIN room r ON r.id = b.room_id"
                                        + " WHERE b.ngo_id = ? AND r.house_id = ? AND b.status IN ('PENDING', 'CONFIRMED') AND b.starts_at >= ? AND b.starts_at < ?)");
                PreparedStatement insert =
                        c.prepareStatement(
                                "INSERT INTO booking (id, room_id, ngo_id, requested_by, starts_at, ends_at, purpose, attendees, status, market_value, subsidy_share, subsidy, charged, created_at, minutes) VALUES (?, ?, ?, ?, ?, ?, 'Benchmark', 5, 'CONFIRMED', 5000, 1, 5000, 0, ?, 60)");
                PreparedStatement audit =
                        c.prepareStatement(
                                "INSERT INTO audit_entry (id, occurred_at, actor_id, actor_email, action, object_type, region_code, detail) VALUES (?, ?, ?, 'bench@demo.houses-of-democracy.kz', 'booking.requested', 'booking', 'KZ-71', ?)")) {
            lock.setLong(1, room);
            long house;
            try (ResultSet r = lock.executeQuery()) {
                r.next();
                house = r.getLong(1);
            }
            count.setLong(1, room);
            count.setObject(2, end);
            count.setObject(3, start);
            count.setLong(4, ngo);
            count.setLong(5, house);
            count.setObject(6, monthStart);
            count.setObject(7, monthStart.plusMonths(1));
            try (ResultSet r = count.executeQuery()) {
                r.next();
                if (r.getLong(1) > 0 || r.getLong(2) + 60 > 20 * 60) {
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

    // --- state between the phases

    static Properties load(Path state) throws Exception {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(state)) {
            p.load(in);
        }
        return p;
    }

    static void save(Path state, Properties p) throws Exception {
        try (var out = Files.newBufferedWriter(state)) {
            p.store(out, "bench/BookingBench");
        }
    }

    static String join(List<?> values) {
        return values.toString().replaceAll("[\\[\\] ]", "");
    }

    static List<Long> longs(String csv) {
        List<Long> out = new ArrayList<>();
        for (String v : csv.split(",")) {
            out.add(Long.parseLong(v));
        }
        return out;
    }

    static List<LocalDate> dates(String csv) {
        List<LocalDate> out = new ArrayList<>();
        for (String v : csv.split(",")) {
            out.add(LocalDate.parse(v));
        }
        return out;
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
