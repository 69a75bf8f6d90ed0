import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The integrator-facing API's costs in one run (see bench/api.sh): Idempotency-Key on creates,
 * retries answered from the record, feed polling with If-None-Match, the document's weight.
 *
 * <p>java ApiBench.java BASE_URL CLIENTS PER_ROUND ROUNDS POLLS
 */
public class ApiBench {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    static final String NGO_BIN = "150540001233";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = Integer.parseInt(args[1]);
        int perRound = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        int polls = Integer.parseInt(args[4]);
        String admin = token(base, "admin@demo.houses-of-democracy.kz");
        String ngo = token(base, "ngo@demo.houses-of-democracy.kz");
        long ngoId = ngoId(base, ngo);
        roomyQuotas(base, admin);
        List<Slot> slots = slots(openDays(base));
        if (slots.size() < rounds * perRound * 2 + 50) {
            throw new IllegalStateException("too few open slots: " + slots.size());
        }
        List<Long> plainRooms = new ArrayList<>();
        List<Long> keyedRooms = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            plainRooms.add(room(base, admin, "plain-" + i));
            keyedRooms.add(room(base, admin, "keyed-" + i));
        }
        long warm = room(base, admin, "warm-up");
        for (int i = 0; i < 50; i++) {
            book(base, ngo, ngoId, warm, slots.get(i), i % 2 == 0 ? null : UUID.randomUUID().toString());
        }

        // 1. Interleaved rounds: plain, keyed, plain, keyed… each client on its own room.
        long plainNanos = 0;
        long keyedNanos = 0;
        List<Sent> keyed = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int r = 0; r < rounds; r++) {
            int from = 50 + r * perRound;
            plainNanos +=
                    timed(
                            clients,
                            t -> {
                                for (int i = 0; i < perRound; i++) {
                                    book(base, ngo, ngoId, plainRooms.get(t), slots.get(from + i), null);
                                }
                            });
            keyedNanos +=
                    timed(
                            clients,
                            t -> {
                                for (int i = 0; i < perRound; i++) {
                                    String key = UUID.randomUUID().toString();
                                    Slot s = slots.get(from + i);
                                    HttpResponse<String> answer =
                                            book(base, ngo, ngoId, keyedRooms.get(t), s, key);
                                    keyed.add(new Sent(key, keyedRooms.get(t), s, location(answer)));
                                }
                            });
        }
        long n = (long) clients * perRound * rounds;
        double plain = n / (plainNanos / 1e9);
        double withKey = n / (keyedNanos / 1e9);
        System.out.printf("  without Idempotency-Key: %d bookings, %.1f bookings/s%n", n, plain);
        System.out.printf("  with Idempotency-Key:    %d bookings, %.1f bookings/s%n", n, withKey);
        System.out.printf("RATIO booking with Idempotency-Key ÷ without = %.3f%n", withKey / plain);

        // 2. Retries: every keyed request again, same key and body: the first answer, no booking.
        long before = countMine(base, ngo);
        AtomicLong same = new AtomicLong();
        List<List<Sent>> parts = split(keyed, clients);
        long replayNanos =
                timed(
                        clients,
                        t -> {
                            for (Sent s : parts.get(t)) {
                                HttpResponse<String> again = book(base, ngo, ngoId, s.room(), s.slot(), s.key());
                                if (location(again).equals(s.location())) {
                                    same.incrementAndGet();
                                }
                            }
                        });
        long after = countMine(base, ngo);
        double replay = keyed.size() / (replayNanos / 1e9);
        System.out.printf(
                "  retries: %d requests, %.1f/s, %d answered with the first Location, bookings %d → %d%n",
                keyed.size(), replay, same.get(), before, after);
        System.out.printf("RATIO retried request ÷ first booking (throughput) = %.3f%n", replay / withKey);

        // 3. Feed polling: whole feed vs If-None-Match.
        String feed = base + "api/rooms/" + keyedRooms.get(0) + "/feed.ics?lang=kk";
        HttpResponse<String> whole = HTTP.send(HttpRequest.newBuilder(URI.create(feed)).build(), HttpResponse.BodyHandlers.ofString());
        String etag = whole.headers().firstValue("ETag").orElse(null);
        System.out.printf("  feed: %d, %d bytes, ETag %s%n", whole.statusCode(), whole.body().length(), etag);
        long[] bytes200 = {0};
        long fullNanos = poll(clients, polls, feed, null, bytes200);
        long[] bytes304 = {0};
        long condNanos = etag == null ? fullNanos : poll(clients, polls, feed, etag, bytes304);
        double full = polls / (fullNanos / 1e9);
        double cond = polls / (condNanos / 1e9);
        System.out.printf("  feed 200: %.1f/s, %d body bytes per answer%n", full, bytes200[0] / polls);
        System.out.printf("  feed 304: %.1f/s, %d body bytes per answer%n", cond, bytes304[0] / polls);
        System.out.printf("RATIO feed poll with If-None-Match ÷ whole feed (throughput) = %.3f%n", cond / full);

        // 4. The document.
        HttpResponse<byte[]> doc = HTTP.send(HttpRequest.newBuilder(URI.create(base.replaceAll("/$", "") + "/openapi?format=JSON")).build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> gz = HTTP.send(HttpRequest.newBuilder(URI.create(base.replaceAll("/$", "") + "/openapi?format=JSON")).header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        System.out.printf(
                "  OpenAPI document: %d bytes, %d gzipped (%s)%n",
                doc.body().length, gz.body().length, gz.headers().firstValue("Content-Encoding").orElse("not compressed"));
    }

    record Slot(LocalDate date, LocalTime start) {}

    record Sent(String key, long room, Slot slot, String location) {}

    interface Work {
        void run(int thread) throws Exception;
    }

    static long timed(int threads, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> all = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                all.add(pool.submit(() -> { work.run(thread); return null; }));
            }
            for (Future<?> f : all) {
                f.get(10, java.util.concurrent.TimeUnit.MINUTES);
            }
            return System.nanoTime() - t0;
        } finally {
            pool.shutdownNow();
        }
    }

    static long poll(int clients, int polls, String feed, String etag, long[] bytes) throws Exception {
        AtomicLong body = new AtomicLong();
        long nanos =
                timed(
                        clients,
                        t -> {
                            for (int i = t; i < polls; i += clients) {
                                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(feed));
                                if (etag != null) {
                                    b.header("If-None-Match", etag);
                                }
                                HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
                                int expected = etag == null ? 200 : 304;
                                if (r.statusCode() != expected) {
                                    throw new IllegalStateException("feed answered " + r.statusCode());
                                }
                                body.addAndGet(r.body().length());
                            }
                        });
        bytes[0] = body.get();
        return nanos;
    }

    static <T> List<List<T>> split(List<T> all, int parts) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            out.add(new ArrayList<>());
        }
        for (int i = 0; i < all.size(); i++) {
            out.get(i % parts).add(all.get(i));
        }
        return out;
    }

    static HttpResponse<String> book(String base, String token, long ngo, long room, Slot s, String key)
            throws Exception {
        String body =
                "{\"ngoId\":%d,\"roomId\":%d,\"date\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"purpose\":\"Benchmark\",\"attendees\":5}"
                        .formatted(ngo, room, s.date(), s.start(), s.start().plusHours(1));
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(base + "api/bookings"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("booking: " + r.statusCode() + " " + r.body());
        }
        return r;
    }

    static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElseThrow();
    }

    static long countMine(String base, String token) throws Exception {
        String mine =
                HTTP.send(
                                HttpRequest.newBuilder(URI.create(base + "api/bookings/mine"))
                                        .header("Authorization", "Bearer " + token)
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
        Matcher m = Pattern.compile("\"roomId\"").matcher(mine);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static void roomyQuotas(String base, String adminToken) throws Exception {
        HttpResponse<String> q =
                HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + "api/houses/1/quotas"))
                                .header("Authorization", "Bearer " + adminToken)
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString("{\"hoursPerMonth\":10000,\"futureBookings\":10000}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (q.statusCode() != 200) {
            throw new IllegalStateException("quotas: " + q.statusCode() + " " + q.body());
        }
    }

    static String token(String base, String email) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> in = http.send(json(base + "api/session", "{\"email\":\"" + email + "\",\"password\":\"Demo-House-2026\"}"), HttpResponse.BodyHandlers.ofString());
        if (in.statusCode() != 200) {
            throw new IllegalStateException("sign-in: " + in.statusCode() + in.body());
        }
        HttpResponse<String> t = http.send(json(base + "api/me/tokens", "{\"name\":\"benchmark\",\"password\":\"Demo-House-2026\"}"), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"").matcher(t.body());
        if (!m.find()) {
            throw new IllegalStateException("token: " + t.statusCode() + " " + t.body());
        }
        return m.group(1);
    }

    static HttpRequest json(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static long ngoId(String base, String token) throws Exception {
        String mine = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/ngos/mine")).header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
        for (String ngo : mine.split("\\},\\{")) {
            if (ngo.contains("\"bin\":\"" + NGO_BIN + "\"")) {
                Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(ngo);
                id.find();
                return Long.parseLong(id.group(1));
            }
        }
        throw new IllegalStateException("no demo NGO " + NGO_BIN + " in " + mine);
    }

    static List<LocalDate> openDays(String base) throws Exception {
        List<LocalDate> days = new ArrayList<>();
        LocalDate today = LocalDate.now(ALMATY);
        for (LocalDate d = today.plusDays(2); d.isBefore(today.plusDays(85)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() >= 6) {
                continue;
            }
            String day = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/houses/1/availability?date=" + d)).build(), HttpResponse.BodyHandlers.ofString()).body();
            if (day.contains("\"open\":true")) {
                days.add(d);
            }
        }
        return days;
    }

    static List<Slot> slots(List<LocalDate> days) {
        List<Slot> slots = new ArrayList<>();
        for (LocalDate d : days) {
            for (int h = 9; h < 18; h++) {
                slots.add(new Slot(d, LocalTime.of(h, 0)));
            }
        }
        return slots;
    }

    static long room(String base, String adminToken, String name) throws Exception {
        HttpResponse<String> r =
                HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + "api/houses/1/rooms"))
                                .header("Authorization", "Bearer " + adminToken)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"MEETING_ROOM\",\"name\":{\"en\":\"Bench " + name + " " + System.nanoTime() + "\"},\"capacity\":10,\"hourlyRateKzt\":5000}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("room: " + r.statusCode() + " " + r.body());
        }
        String location = r.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
