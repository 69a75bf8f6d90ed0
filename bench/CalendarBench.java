import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The House calendar under load (issue 17): anonymous day views of a 20-room and a 200-room House
 * beside the REST floor (anonymous GET /api/me), by clients that keep their cookies as browsers do,
 * at a small and a large booking history. Run by bench/calendar.sh, which owns the server.
 *
 * <pre>
 * java -cp h2.jar CalendarBench.java setup   JDBC_URL STATE_FILE TOTAL_BOOKINGS
 * java -cp h2.jar CalendarBench.java history JDBC_URL STATE_FILE TOTAL_BOOKINGS
 * java CalendarBench.java load BASE_URL STATE_FILE LABEL CLIENTS WARM_UP_S SECONDS RESULT_FILE
 * java CalendarBench.java soak BASE_URL STATE_FILE CLIENTS SECONDS
 * </pre>
 *
 * The data is plain SQL on the stopped H2 file, with ids far above the sequences' reach: three
 * Houses (20 rooms, 200 rooms, and 80 rooms that only hold history) open 09:00–21:00 every day,
 * twelve NGOs, a third of the measured day's half-hour slots booked in the two measured Houses, and
 * a history of confirmed, checked-in (every tenth cancelled) one-hour bookings, eight a day per
 * room, going back day by day from three days ago over all 300 rooms. History booking number X
 * always lands on the same room, day and hour, so "history" can grow a small database to a large
 * one without overlaps.
 */
public class CalendarBench {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    static final long HOUSE_20 = 900_001;
    static final long HOUSE_200 = 900_002;
    static final long HOUSE_HISTORY = 900_003;
    static final long ROOM_BASE = 900_000; // rooms 900000..900299: 20, then 200, then 80
    static final int ROOMS_20 = 20;
    static final int ROOMS_200 = 200;
    static final int ROOMS_HISTORY = 80;
    static final int ROOMS = ROOMS_20 + ROOMS_200 + ROOMS_HISTORY;
    static final long NGO_BASE = 900_000;
    static final int NGOS = 12;
    static final long DAY_BOOKING_BASE = 900_000_000L;
    static final long HISTORY_BASE = 1_000_000_000L;
    static final int PER_ROOM_DAY = 8; // history: 09:00, 10:00, … 16:00, one hour each

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        switch (args[0]) {
            case "setup" -> setup(args[1], java.nio.file.Path.of(args[2]), Long.parseLong(args[3]));
            case "history" -> history(args[1], java.nio.file.Path.of(args[2]), Long.parseLong(args[3]));
            case "load" ->
                    load(
                            args[1],
                            props(java.nio.file.Path.of(args[2])),
                            args[3],
                            Integer.parseInt(args[4]),
                            Integer.parseInt(args[5]),
                            Integer.parseInt(args[6]),
                            java.nio.file.Path.of(args[7]));
            case "soak" ->
                    soak(
                            args[1],
                            props(java.nio.file.Path.of(args[2])),
                            Integer.parseInt(args[3]),
                            Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // --- data, on the stopped server's H2 file

    static void setup(String url, java.nio.file.Path state, long total) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", "sa")) {
            c.setAutoCommit(false);
            LocalDate today = LocalDate.now(ALMATY);
            LocalDate day = measuredDay(c, today);
            String region = one(c, "SELECT MIN(code) FROM region");
            long account = Long.parseLong(one(c, "SELECT MIN(id) FROM account"));
            try (PreparedStatement h =
                            c.prepareStatement(
                                    "INSERT INTO house (id, region_code, name_kk, name_ru, name_en, address_kk, address_ru, address_en, time_zone, opened_on)"
                                            + " VALUES (?, ?, ?, ?, ?, 'Bench', 'Bench', 'Bench', 'Asia/Almaty', DATE '2015-01-01')");
                    PreparedStatement o =
                            c.prepareStatement(
                                    "INSERT INTO house_opening_hours (house_id, day_of_week, opens, closes) VALUES (?, ?, TIME '09:00:00', TIME '21:00:00')");
                    PreparedStatement r =
                            c.prepareStatement(
                                    "INSERT INTO room (id, house_id, kind, name_kk, name_ru, name_en, capacity, step_free, hourly_rate_kzt, needs_approval, opened_on)"
                                            + " VALUES (?, ?, 'MEETING_ROOM', ?, ?, ?, ?, TRUE, 10000, FALSE, DATE '2015-01-01')")) {
                long[][] houses = {
                    {HOUSE_20, ROOMS_20}, {HOUSE_200, ROOMS_200}, {HOUSE_HISTORY, ROOMS_HISTORY}
                };
                long room = ROOM_BASE;
                for (long[] house : houses) {
                    h.setLong(1, house[0]);
                    h.setString(2, region);
                    h.setString(3, "Бенчмарк үйі " + house[1]);
                    h.setString(4, "Бенчмарк-дом " + house[1]);
                    h.setString(5, "Benchmark House " + house[1]);
                    h.executeUpdate();
                    for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
                        o.setLong(1, house[0]);
                        o.setString(2, d.name());
                        o.addBatch();
                    }
                    for (int i = 1; i <= house[1]; i++) {
                        r.setLong(1, room++);
                        r.setLong(2, house[0]);
                        r.setString(3, "Бөлме " + i);
                        r.setString(4, "Комната " + i);
                        r.setString(5, "Room " + i);
                        r.setInt(6, 6 + i % 30);
                        r.addBatch();
                    }
                }
                o.executeBatch();
                r.executeBatch();
            }
            try (PreparedStatement n =
                            c.prepareStatement(
                                    "INSERT INTO ngo (id, name_kk, name_ru, name_en, legal_form, region_code, address, registered_on, youth_led, contact_email, identity, operating, created_at)"
                                            + " VALUES (?, ?, ?, ?, 'PUBLIC_ASSOCIATION', ?, 'Bench street 1', DATE '2015-01-01', FALSE, 'bench@example.kz', 'VERIFIED', 'ACTIVE', CURRENT_TIMESTAMP)");
                    PreparedStatement a =
                            c.prepareStatement(
                                    "INSERT INTO ngo_area (ngo_id, area_code) VALUES (?, 'education')");
                    PreparedStatement l =
                            c.prepareStatement(
                                    "INSERT INTO ngo_language (ngo_id, language) VALUES (?, 'KK')");
                    PreparedStatement f =
                            c.prepareStatement(
                                    "INSERT INTO ngo_funding (ngo_id, source) VALUES (?, 'STATE')")) {
                for (int i = 0; i < NGOS; i++) {
                    long id = NGO_BASE + i;
                    n.setLong(1, id);
                    n.setString(2, "Бенч ҮЕҰ " + (i + 1));
                    n.setString(3, "Бенч НПО " + (i + 1));
                    n.setString(4, "Bench NGO " + (i + 1));
                    n.setString(5, region);
                    n.executeUpdate();
                    for (PreparedStatement s : List.of(a, l, f)) {
                        s.setLong(1, id);
                        s.executeUpdate();
                    }
                }
            }
            // The measured day: in each measured room four one-hour bookings, six slots apart,
            // from a room-dependent start: 8 of the 24 half-hour slots (a third), no overlaps.
            OffsetDateTime opens = day.atTime(9, 0).atZone(ALMATY).toOffsetDateTime();
            int dayBookings = 0;
            try (PreparedStatement b =
                    c.prepareStatement(
                            "INSERT INTO booking (id, room_id, ngo_id, requested_by, starts_at, ends_at, purpose, attendees, status, market_value, subsidy_share, subsidy, charged, created_at, minutes)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, 'Benchmark', 5, 'CONFIRMED', 10000, 1, 10000, 0, ?, 60)")) {
                for (int i = 0; i < ROOMS_20 + ROOMS_200; i++) {
                    int first = i % 5;
                    for (int k = 0; k < 4; k++) {
                        OffsetDateTime s = opens.plusMinutes(30L * (first + 6 * k));
                        b.setLong(1, DAY_BOOKING_BASE + dayBookings++);
                        b.setLong(2, ROOM_BASE + i);
                        b.setLong(3, NGO_BASE + (i + k) % NGOS);
                        b.setLong(4, account);
                        b.setObject(5, s);
                        b.setObject(6, s.plusHours(1));
                        b.setObject(7, OffsetDateTime.now().minusDays(1));
                        b.addBatch();
                    }
                }
                b.executeBatch();
            }
            c.commit();
            java.nio.file.Files.writeString(
                    state,
                    "day=%s%nhouse20=%d%nhouse200=%d%ntoday=%s%naccount=%d%ndayBookings=%d%n"
                            .formatted(day, HOUSE_20, HOUSE_200, today, account, dayBookings));
            System.out.printf(
                    "  Houses %d (20 rooms), %d (200 rooms), %d (80 history rooms); %d NGOs; measured day %s: %d one-hour bookings (8 of 24 half-hour slots per room)%n",
                    HOUSE_20, HOUSE_200, HOUSE_HISTORY, NGOS, day, dayBookings);
        }
        history(url, state, total);
    }

    /** Three days ahead or later, not a public holiday (the Houses open every other day). */
    static LocalDate measuredDay(Connection c, LocalDate today) throws Exception {
        String fixed = System.getenv("DAY");
        if (fixed != null && !fixed.isBlank()) {
            return LocalDate.parse(fixed);
        }
        LocalDate d = today.plusDays(3);
        try (PreparedStatement s =
                c.prepareStatement("SELECT COUNT(*) FROM holiday WHERE holiday_date = ?")) {
            while (true) {
                s.setObject(1, d);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getLong(1) == 0 && d.getDayOfWeek().getValue() < 6) {
                        return d;
                    }
                }
                d = d.plusDays(1);
            }
        }
    }

    /** Grows the history until the database holds TOTAL bookings in all. */
    static void history(String url, java.nio.file.Path state, long total) throws Exception {
        Properties p = props(state);
        LocalDate today = LocalDate.parse(p.getProperty("today"));
        long account = Long.parseLong(p.getProperty("account"));
        try (Connection c = DriverManager.getConnection(url, "sa", "sa")) {
            c.setAutoCommit(false);
            long all = Long.parseLong(one(c, "SELECT COUNT(*) FROM booking"));
            long done =
                    Long.parseLong(
                            one(
                                    c,
                                    "SELECT COUNT(*) FROM booking WHERE id >= " + HISTORY_BASE));
            long wanted = done + Math.max(0, total - all);
            long started = System.nanoTime();
            // Booking X: hour 9 + X mod 8, room (X / 8) mod 300, day 3 + X / 8 / 300 days ago.
            String sql =
                    "INSERT INTO booking (id, room_id, ngo_id, requested_by, starts_at, ends_at, purpose, attendees, status,"
                            + " market_value, subsidy_share, subsidy, charged, created_at, minutes, checked_in_at, cancelled_by, cancelled_at)"
                            + " SELECT %d + X, %d + MOD(X / %d, %d), %d + MOD(X, %d), %d, S, DATEADD('HOUR', 1, S), 'History', 8,"
                            + " CASE WHEN MOD(X, 10) = 9 THEN 'CANCELLED' ELSE 'CONFIRMED' END, 10000, 1, 10000, 0, DATEADD('DAY', -7, S), 60,"
                            + " CASE WHEN MOD(X, 10) = 9 THEN NULL ELSE S END, CASE WHEN MOD(X, 10) = 9 THEN %d END,"
                            + " CASE WHEN MOD(X, 10) = 9 THEN DATEADD('DAY', -1, S) END"
                            + " FROM (SELECT X, DATEADD('HOUR', 9 + MOD(X, %d), DATEADD('DAY', -(3 + X / %d), CAST(? AS TIMESTAMP WITH TIME ZONE))) AS S"
                            + " FROM SYSTEM_RANGE(?, ?))";
            sql =
                    sql.formatted(
                            HISTORY_BASE,
                            ROOM_BASE,
                            PER_ROOM_DAY,
                            ROOMS,
                            NGO_BASE,
                            NGOS,
                            account,
                            account,
                            PER_ROOM_DAY,
                            PER_ROOM_DAY * ROOMS);
            OffsetDateTime midnight = today.atStartOfDay(ALMATY).toOffsetDateTime();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (long from = done; from < wanted; from += 500_000) {
                    long to = Math.min(wanted, from + 500_000) - 1;
                    s.setObject(1, midnight);
                    s.setLong(2, from);
                    s.setLong(3, to);
                    s.executeUpdate();
                    c.commit();
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
            c.commit();
            long days = wanted == 0 ? 0 : (wanted - 1) / (PER_ROOM_DAY * ROOMS) + 3;
            System.out.printf(
                    "  history: %,d bookings (added %,d in %.0f s), back to %s; database total %s bookings%n",
                    wanted,
                    wanted - done,
                    (System.nanoTime() - started) / 1e9,
                    today.minusDays(days),
                    String.format("%,d", Long.parseLong(one(c, "SELECT COUNT(*) FROM booking"))));
        }
    }

    static String one(Connection c, String sql) throws Exception {
        try (ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    static Properties props(java.nio.file.Path file) throws Exception {
        Properties p = new Properties();
        try (var in = java.nio.file.Files.newBufferedReader(file)) {
            p.load(in);
        }
        return p;
    }

    // --- load

    record Target(String name, String path) {}

    record Result(
            String name,
            long requests,
            long errors,
            double seconds,
            long[] nanos,
            long bytes,
            String statuses,
            String encoding,
            String cookies) {
        double perSecond() {
            return requests / seconds;
        }

        double millis(double q) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(q * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, i))] / 1e6;
        }

        long bytesPer() {
            return requests == 0 ? 0 : bytes / requests;
        }
    }

    static List<Target> targets(Properties p) {
        String day = p.getProperty("day");
        return List.of(
                new Target("floor GET /api/me", "api/me"),
                new Target(
                        "day view 20 rooms",
                        "public/calendar.xhtml?house=" + p.getProperty("house20") + "&date=" + day),
                new Target(
                        "day view 200 rooms",
                        "public/calendar.xhtml?house=" + p.getProperty("house200") + "&date=" + day));
    }

    static void load(
            String base,
            Properties p,
            String label,
            int clients,
            int warmUp,
            int seconds,
            java.nio.file.Path out)
            throws Exception {
        String encoding = encoding();
        List<Target> targets = targets(p);
        System.out.printf(
                "  %s: %d clients, each with its own cookies; %d s warm-up then %d s per target; Accept-Encoding: %s%n",
                label, clients, warmUp, seconds, encoding.isEmpty() ? "(none)" : encoding);
        for (Target t : targets.subList(1, 3)) {
            describe(base, t);
        }
        List<Result> results = new ArrayList<>();
        for (Target t : targets) {
            run(base, t, clients, warmUp, false);
            Result r = run(base, t, clients, seconds, true);
            results.add(r);
            System.out.printf(
                    "  %-19s %8.1f req/s  p50 %8.1f ms  p99 %8.1f ms  errors %d  %,9d bytes/response%s  statuses %s  client cookies: %s%n",
                    r.name,
                    r.perSecond(),
                    r.millis(0.50),
                    r.millis(0.99),
                    r.errors,
                    r.bytesPer(),
                    r.encoding.isEmpty() ? "" : " (" + r.encoding + ")",
                    r.statuses,
                    r.cookies.isEmpty() ? "none" : r.cookies);
        }
        Result floor = results.get(0);
        Result d20 = results.get(1);
        Result d200 = results.get(2);
        double r20 = d20.perSecond() / floor.perSecond();
        double r200 = d200.perSecond() / floor.perSecond();
        System.out.printf(
                "RATIO %s day20/floor = %.3f (goal ≥ 0.20) %s; day200/floor = %.3f (goal ≥ 0.08) %s; p99 day20 = %.1f ms (goal ≤ 100) %s; errors %d%n",
                label,
                r20,
                r20 >= 0.20 ? "met" : "NOT met",
                r200,
                r200 >= 0.08 ? "met" : "NOT met",
                d20.millis(0.99),
                d20.millis(0.99) <= 100 ? "met" : "NOT met",
                floor.errors + d20.errors + d200.errors);
        StringBuilder line = new StringBuilder();
        for (Result r : results) {
            line.append(
                    "%s|%.1f|%.1f|%.1f|%d|%d%n"
                            .formatted(
                                    r.name, r.perSecond(), r.millis(0.5), r.millis(0.99), r.errors, r.bytesPer()));
        }
        java.nio.file.Files.writeString(out, line.toString());
    }

    /** A request that takes longer counts as an error (and its client sends the next). */
    static Duration timeout() {
        String s = System.getenv("TIMEOUT");
        return Duration.ofSeconds(s == null || s.isBlank() ? 30 : Long.parseLong(s));
    }

    /**
     * The whole exchange, body included, within the timeout (HttpRequest's own timeout stops at
     * the headers: a server that streams a page slowly would hold a client for minutes).
     */
    static <T> HttpResponse<T> within(java.util.concurrent.CompletableFuture<HttpResponse<T>> f)
            throws java.io.IOException, InterruptedException {
        try {
            return f.get(timeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException late) {
            f.cancel(true);
            throw new java.io.IOException("no complete answer within " + timeout(), late);
        } catch (java.util.concurrent.ExecutionException failed) {
            throw failed.getCause() instanceof java.io.IOException io
                    ? io
                    : new java.io.IOException(failed.getCause());
        }
    }

    static String encoding() {
        String e = System.getenv("ACCEPT_ENCODING");
        return e == null ? "gzip" : e;
    }

    /** One plain (uncompressed) request: the page's size and whether it shows the bookings. */
    static void describe(String base, Target t) {
        try {
            HttpResponse<String> r =
                    within(
                            HttpClient.newHttpClient()
                                    .sendAsync(
                                            HttpRequest.newBuilder(URI.create(base + t.path))
                                                    .timeout(timeout())
                                                    .build(),
                                            HttpResponse.BodyHandlers.ofString()));
            String body = r.body();
            System.out.printf(
                    "  %s: %s → %d, %,d characters uncompressed, %d times \"slot--taken\" (8 per room + the legend in the BEFORE markup)%n",
                    t.name,
                    t.path,
                    r.statusCode(),
                    body.length(),
                    count(body, "slot--taken"));
        } catch (Exception e) {
            System.out.printf("  %s: %s failed: %s%n", t.name, t.path, e);
        }
    }

    static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    static class Client {
        final HttpClient http;
        final CookieManager cookies = new CookieManager();

        Client() {
            http =
                    HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .cookieHandler(cookies)
                            .followRedirects(HttpClient.Redirect.NORMAL) // as a browser does
                            .connectTimeout(Duration.ofSeconds(10))
                            .build();
        }
    }

    static final java.util.Map<Integer, Client> CLIENTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Every client keeps its HttpClient and cookie jar across targets, like one browser each. */
    static Client client(int i) {
        return CLIENTS.computeIfAbsent(i, k -> new Client());
    }

    static Result run(String base, Target t, int clients, int seconds, boolean measured)
            throws Exception {
        String encoding = encoding();
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(base + t.path)).timeout(timeout());
        if (!encoding.isEmpty()) {
            b.header("Accept-Encoding", encoding);
        }
        HttpRequest request = b.build();
        boolean rest = t.path.startsWith("api/");
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        java.util.Map<Integer, AtomicLong> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
        java.util.Set<String> encodings = new java.util.concurrent.ConcurrentSkipListSet<>();
        List<Future<long[]>> running = new ArrayList<>();
        long started = System.nanoTime();
        long end = started + seconds * 1_000_000_000L;
        for (int i = 0; i < clients; i++) {
            Client c = client(i);
            running.add(
                    pool.submit(
                            () -> {
                                long[] times = new long[1024];
                                int n = 0;
                                while (System.nanoTime() < end) {
                                    long t0 = System.nanoTime();
                                    try {
                                        HttpResponse<byte[]> r =
                                                within(
                                                        c.http.sendAsync(
                                                                request,
                                                                HttpResponse.BodyHandlers
                                                                        .ofByteArray()));
                                        long took = System.nanoTime() - t0;
                                        int status = r.statusCode();
                                        statuses.computeIfAbsent(status, k -> new AtomicLong())
                                                .incrementAndGet();
                                        // The floor answers anonymous callers as it does (401 or
                                        // 200); a page must answer 200.
                                        boolean ok = rest ? status < 500 : status == 200;
                                        if (!ok) {
                                            errors.incrementAndGet();
                                            continue;
                                        }
                                        bytes.addAndGet(r.body().length);
                                        r.headers()
                                                .firstValue("Content-Encoding")
                                                .ifPresent(encodings::add);
                                        if (n == times.length) {
                                            times = Arrays.copyOf(times, n * 2);
                                        }
                                        times[n++] = took;
                                    } catch (java.io.IOException e) {
                                        errors.incrementAndGet();
                                        Thread.sleep(100); // a refused connection fails at once
                                    }
                                }
                                return Arrays.copyOf(times, n);
                            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : running) {
            all.add(f.get());
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        StringBuilder st = new StringBuilder();
        statuses.forEach((k, v) -> st.append(st.length() == 0 ? "" : ",").append(k).append("×").append(v));
        StringBuilder cookieNames = new StringBuilder();
        client(0).cookies.getCookieStore().getCookies()
                .forEach(ck -> cookieNames.append(cookieNames.length() == 0 ? "" : ",").append(ck.getName()));
        return new Result(
                t.name,
                merged.length,
                errors.get(),
                elapsed,
                merged,
                bytes.get(),
                st.toString(),
                String.join(",", encodings),
                cookieNames.toString());
    }

    // --- soak

    static void soak(String base, Properties p, int clients, int seconds) throws Exception {
        Target t = targets(p).get(2);
        System.out.printf("  soak: %d clients on the %s for %d s%n", clients, t.name, seconds);
        long requests = 0;
        long errors = 0;
        long worst = 0;
        int left = seconds;
        while (left > 0) {
            int slice = Math.min(60, left);
            Result r = run(base, t, clients, slice, true);
            requests += r.requests;
            errors += r.errors;
            worst = Math.max(worst, r.nanos.length == 0 ? 0 : r.nanos[r.nanos.length - 1]);
            left -= slice;
            System.out.printf(
                    "    %3d s: %6.1f req/s, p99 %7.1f ms, errors %d (statuses %s)%n",
                    seconds - left, r.perSecond(), r.millis(0.99), r.errors, r.statuses);
        }
        System.out.printf(
                "SOAK %d requests, %d errors (goal 0), slowest %.0f ms%n",
                requests, errors, worst / 1e6);
    }
}
