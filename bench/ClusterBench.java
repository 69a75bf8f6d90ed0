import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The cluster's fault scripts 1 and 3 and its throughput, against two nodes started by
 * bench/cluster.sh. Compiled with BookingBench (its helpers are reused) and run with the
 * PostgreSQL driver on the class path, to look at the rows themselves.
 *
 * <p>{@code storm <nodeA> <nodeB> <jdbcUrl>}: sixteen clients, half on each node, ask for
 * overlapping spans of three rooms; the database's exclusion constraint is dropped for the storm,
 * so only the application's row lock stands between them; then no two held bookings may overlap
 * and every 201 must be a row. {@code approval <nodeA> <nodeB>}: hall requests made and approved
 * on one node, read back at once on the other. {@code throughput <base> <label> <out>}: bookings
 * and House pages per second through one address (the balancer), appended to {@code out}.
 */
public class ClusterBench {

    static final String ADMIN = "admin@demo.houses-of-democracy.kz";
    static final String NGO = "ngo@demo.houses-of-democracy.kz";
    static final String APPROVER = "approver.astana@demo.houses-of-democracy.kz";
    static final String EXCLUSION =
            "ALTER TABLE booking ADD CONSTRAINT booking_no_overlap EXCLUDE USING gist (room_id WITH =,"
                    + " tstzrange(starts_at, ends_at) WITH &&) WHERE (status IN ('PENDING', 'CONFIRMED'))";

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "storm" -> storm(args[1], args[2], args[3]);
            case "approval" -> approval(args[1], args[2]);
            case "throughput" -> throughput(args[1], args[2], java.nio.file.Path.of(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // --- 1. a conflict storm split across both nodes

    static void storm(String a, String b, String jdbc) throws Exception {
        String admin = BookingBench.token(a, ADMIN);
        String ngo = BookingBench.token(a, NGO);
        long ngoId = BookingBench.ngoId(a, ngo);
        BookingBench.roomyQuotas(a, admin);
        List<Long> rooms = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rooms.add(BookingBench.room(a, admin, "storm-" + i));
        }
        List<LocalDate> days = BookingBench.openDays(a).subList(0, 2);
        try (Connection c = DriverManager.getConnection(jdbc, "hod", "hod");
                Statement s = c.createStatement()) {
            s.execute("ALTER TABLE booking DROP CONSTRAINT booking_no_overlap");
        }
        int clients = 16;
        int perClient = 40;
        Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < clients; t++) {
            String base = t % 2 == 0 ? a : b;
            Random random = new Random(t);
            Thread thread =
                    new Thread(
                            () -> {
                                for (int i = 0; i < perClient; i++) {
                                    long room = rooms.get(random.nextInt(rooms.size()));
                                    LocalDate day = days.get(random.nextInt(days.size()));
                                    LocalTime start = LocalTime.of(9, 0).plusMinutes(30L * random.nextInt(16));
                                    LocalTime end = start.plusMinutes(60 + 30L * random.nextInt(3));
                                    if (end.isAfter(LocalTime.of(18, 0))) {
                                        end = LocalTime.of(18, 0);
                                    }
                                    int status;
                                    try {
                                        status = BookingBench.request(http, base, ngo, ngoId, room, day, start, end, "Storm").statusCode();
                                    } catch (IllegalStateException noAnswer) {
                                        status = -1; // no HTTP answer at all: counted as an error
                                    }
                                    answers.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                                }
                            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String in = rooms.toString().replaceAll("[\\[\\]]", "");
        long overlaps;
        long rows;
        boolean restored;
        try (Connection c = DriverManager.getConnection(jdbc, "hod", "hod");
                Statement s = c.createStatement()) {
            overlaps =
                    count(
                            s,
                            "SELECT count(*) FROM booking x JOIN booking y ON x.room_id = y.room_id AND x.id < y.id"
                                    + " AND x.starts_at < y.ends_at AND y.starts_at < x.ends_at"
                                    + " WHERE x.status IN ('PENDING', 'CONFIRMED') AND y.status IN ('PENDING', 'CONFIRMED')"
                                    + " AND x.room_id IN (" + in + ")");
            rows = count(s, "SELECT count(*) FROM booking WHERE room_id IN (" + in + ")");
            s.execute(EXCLUSION); // refused if the storm left any overlap behind
            restored = true;
        }
        Map<Integer, AtomicInteger> sorted = new TreeMap<>(answers);
        int created = sorted.getOrDefault(201, new AtomicInteger()).get();
        int failed = 0;
        int answered = 0;
        for (var e : sorted.entrySet()) {
            if (e.getKey() >= 500 || e.getKey() < 0) {
                failed += e.getValue().get();
            }
            if (e.getKey() > 0) {
                answered += e.getValue().get();
            }
        }
        System.out.printf(
                "  %d requests by %d clients (half on each node) for overlapping spans of %d rooms in %.1f s: answers %s%n",
                clients * perClient, clients, rooms.size(), seconds, sorted);
        System.out.printf(
                "  exclusion constraint dropped during the storm; afterwards: %d overlapping held bookings, %d rows for %d answers 201, 5xx or no answer: %d, constraint restored: %s%n",
                overlaps, rows, created, failed, restored);
        System.out.println("RESULT storm answered=" + answered + " overlaps=" + overlaps + " rowsMinus201=" + (rows - created) + " errors=" + failed);
    }

    // --- 3. an approval on one node, seen at once on the other

    static void approval(String a, String b) throws Exception {
        String admin = BookingBench.token(a, ADMIN);
        String ngo = BookingBench.token(a, NGO);
        String approver = BookingBench.token(b, APPROVER);
        long ngoId = BookingBench.ngoId(a, ngo);
        BookingBench.roomyQuotas(a, admin);
        long hall = hall(a, admin);
        List<BookingBench.Slot> slots = BookingBench.slots(BookingBench.openDays(a).subList(0, 4));
        HttpClient http = HttpClient.newHttpClient();
        int rounds = 30;
        int stale = 0;
        int staleQueue = 0;
        for (int i = 0; i < rounds; i++) {
            String here = i % 2 == 0 ? a : b;
            String there = i % 2 == 0 ? b : a;
            BookingBench.Slot s = slots.get(i);
            HttpResponse<String> made =
                    post(http, here + "api/bookings", ngo,
                            "{\"ngoId\":%d,\"roomId\":%d,\"date\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"purpose\":\"Cluster approval\",\"attendees\":20}"
                                    .formatted(ngoId, hall, s.date(), s.start(), s.start().plusHours(1)));
            if (made.statusCode() != 201 || !made.body().contains("\"PENDING\"")) {
                throw new IllegalStateException("hall request: " + made.statusCode() + " " + made.body());
            }
            String location = made.headers().firstValue("Location").orElseThrow();
            String id = location.substring(location.lastIndexOf('/') + 1);
            // The other node reads it first, so any cache it kept would now be stale.
            if (!get(http, there + "api/bookings/" + id, approver).contains("\"PENDING\"")) {
                throw new IllegalStateException("the other node does not see the request " + id);
            }
            if (!get(http, there + "api/bookings/queue", approver).contains("\"id\":" + id + ",")) {
                throw new IllegalStateException("the request " + id + " is not in the other node's queue");
            }
            HttpResponse<String> approved = post(http, here + "api/bookings/" + id + "/approval", approver, "{}");
            if (approved.statusCode() != 200) {
                throw new IllegalStateException("approval: " + approved.statusCode() + " " + approved.body());
            }
            if (!get(http, there + "api/bookings/" + id, ngo).contains("\"CONFIRMED\"")) {
                stale++;
            }
            if (get(http, there + "api/bookings/queue", approver).contains("\"id\":" + id + ",")) {
                staleQueue++;
            }
        }
        System.out.printf(
                "  %d hall requests made and approved on one node, read at once on the other: %d still pending there, %d still in its queue%n",
                rounds, stale, staleQueue);
        System.out.println("RESULT approval stale=" + (stale + staleQueue));
    }

    // --- throughput through one address

    static void throughput(String base, String label, java.nio.file.Path out) throws Exception {
        String admin = BookingBench.token(base, ADMIN);
        String ngo = BookingBench.token(base, NGO);
        long ngoId = BookingBench.ngoId(base, ngo);
        BookingBench.roomyQuotas(base, admin);
        List<BookingBench.Slot> slots = BookingBench.slots(BookingBench.openDays(base));
        int threads = 8;
        int perThread = 120;
        List<Long> rooms = new ArrayList<>();
        for (int i = 0; i <= threads; i++) {
            rooms.add(BookingBench.room(base, admin, label + "-" + i));
        }
        HttpClient http = HttpClient.newHttpClient();
        // Warm-up on a room of its own: both nodes' JIT compilers see the same work first.
        for (int i = 0; i < 400; i++) {
            BookingBench.book(http, base, ngo, ngoId, rooms.get(threads), slots.get(i));
        }
        long nanos =
                BookingBench.timed(
                        threads,
                        t -> {
                            for (int i = 0; i < perThread; i++) {
                                BookingBench.book(http, base, ngo, ngoId, rooms.get(t), slots.get(i));
                            }
                        });
        double bookings = threads * perThread / (nanos / 1e9);
        // Each client is one visitor with their own cookies, as a browser would be.
        HttpRequest page =
                HttpRequest.newBuilder(URI.create(base + "public/house.xhtml?id=1"))
                        .header("Accept-Language", "kk")
                        .build();
        for (int i = 0; i < 2000; i++) {
            BookingBench.send(http, page);
        }
        AtomicLong bad = new AtomicLong();
        long pageNanos =
                BookingBench.timed(
                        threads,
                        t -> {
                            HttpClient visitor = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
                            for (int i = 0; i < 2 * perThread; i++) {
                                if (BookingBench.send(visitor, page).statusCode() != 200) {
                                    bad.incrementAndGet();
                                }
                            }
                        });
        double pages = 2 * threads * perThread / (pageNanos / 1e9);
        System.out.printf(
                "  %s: %.1f bookings/s (%d by %d clients), %.1f House pages/s (%d, %d not 200)%n",
                label, bookings, threads * perThread, threads, pages, 2 * threads * perThread, bad.get());
        java.nio.file.Files.writeString(
                out,
                label + " " + bookings + " " + pages + "\n",
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    // --- helpers

    static long hall(String base, String admin) {
        HttpResponse<String> r =
                post(HttpClient.newHttpClient(), base + "api/houses/1/rooms", admin,
                        "{\"kind\":\"HALL\",\"name\":{\"en\":\"Cluster hall " + System.nanoTime()
                                + "\"},\"capacity\":60,\"hourlyRateKzt\":20000,\"needsApproval\":true}");
        if (r.statusCode() != 201) {
            throw new IllegalStateException("hall: " + r.statusCode() + " " + r.body());
        }
        String location = r.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    static HttpResponse<String> post(HttpClient http, String url, String token, String json) {
        return BookingBench.send(
                http,
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build());
    }

    static String get(HttpClient http, String url, String token) {
        HttpResponse<String> r =
                BookingBench.send(http, HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static long count(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
