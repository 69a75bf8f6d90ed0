import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import kz.housesofdemocracy.testing.VolumeData;

/**
 * The staff workspace under volume (issue 18): each staff list page (and the inbox, once it
 * exists), by clients signed in as the person who reads it, first on the demo data, then with
 * 10,000 NGOs and 100,000 bookings more in the approver's region. Run by bench/workspace.sh, which
 * owns the server.
 *
 * <pre>
 * java -cp h2.jar:target/test-classes WorkspaceBench.java volume JDBC_URL REGION HOUSE_ID
 * java -cp target/test-classes WorkspaceBench.java load BASE_URL LABEL CLIENTS WARM_UP_S SECONDS PAGES RESULT_FILE
 * </pre>
 *
 * PAGES: space-separated {@code who:path} (who is approver, manager or admin, the demo's Astana
 * staff and the administrator, or public: a visitor who does not sign in); a page that answers 404 (not built yet) is left out and said so.
 * The volume data is {@code VolumeData} of the tests (the same rows as StaffListsVolumeIT), put in
 * the region and House given: 20 more rooms and 5 offices in that House.
 */
public class WorkspaceBench {

    static final String DOMAIN = "@demo.houses-of-democracy.kz";
    static final String PASSWORD = "Demo-House-2026";
    static final Map<String, String> PEOPLE =
            Map.of(
                    "approver", "approver.astana" + DOMAIN,
                    "manager", "manager.astana" + DOMAIN,
                    "admin", "admin" + DOMAIN);
    static final long BASE = 810_000_000L;

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        switch (args[0]) {
            case "volume" -> volume(args[1], args[2], Long.parseLong(args[3]));
            case "load" ->
                    load(
                            args[1],
                            args[2],
                            Integer.parseInt(args[3]),
                            Integer.parseInt(args[4]),
                            Integer.parseInt(args[5]),
                            args[6],
                            java.nio.file.Path.of(args[7]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // --- data, on the stopped server's H2 file

    static void volume(String url, String region, long house) throws Exception {
        VolumeData.Plan plan =
                new VolumeData.Plan(
                        region, house, false, BASE, LocalDate.now(ZoneId.of("Asia/Almaty")));
        try (Connection c = DriverManager.getConnection(url, "sa", "sa")) {
            if (VolumeData.present(c, plan)) {
                System.out.println("  the volume data is there already");
                return;
            }
            long started = System.nanoTime();
            VolumeData.Summary s = VolumeData.load(c, plan);
            c.setAutoCommit(true);
            c.createStatement().execute("ANALYZE");
            System.out.printf(
                    "  loaded in %.1f s into %s, House %d: %,d NGOs, %,d bookings (%,d pending ahead), %,d filings, %,d audit lines, %,d lease applications%n",
                    (System.nanoTime() - started) / 1e9,
                    region,
                    house,
                    s.ngos(),
                    s.bookings(),
                    s.pendingAhead(),
                    s.filings(),
                    s.auditLines(),
                    s.leases());
        }
    }

    // --- load

    record Target(String who, String path) {
        String name() {
            return path + " (" + who + ")";
        }
    }

    record Result(
            String name,
            long requests,
            long errors,
            double seconds,
            long[] nanos,
            long bytes,
            String statuses) {
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

    static Duration timeout() {
        String s = System.getenv("TIMEOUT");
        return Duration.ofSeconds(s == null || s.isBlank() ? 30 : Long.parseLong(s));
    }

    static String encoding() {
        String e = System.getenv("ACCEPT_ENCODING");
        return e == null ? "gzip" : e;
    }

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

    /** One browser: its own cookies, signed in through POST /api/session as one person. */
    static HttpClient signedIn(String base, String who) throws Exception {
        HttpClient http =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
        if (who.equals("public")) {
            return http; // a visitor: no sign-in
        }
        HttpResponse<String> r =
                http.send(
                        HttpRequest.newBuilder(URI.create(base + "api/session"))
                                .header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(60))
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "{\"email\":\""
                                                        + PEOPLE.get(who)
                                                        + "\",\"password\":\""
                                                        + PASSWORD
                                                        + "\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("sign-in of " + who + ": " + r.statusCode() + " " + r.body());
        }
        return http;
    }

    static void load(
            String base,
            String label,
            int clients,
            int warmUp,
            int seconds,
            String pages,
            java.nio.file.Path out)
            throws Exception {
        List<Target> targets = new ArrayList<>();
        for (String page : pages.trim().split("\\s+")) {
            String[] part = page.split(":", 2);
            if (!PEOPLE.containsKey(part[0]) && !part[0].equals("public")) {
                throw new IllegalArgumentException(
                        "who: approver, manager, admin or public, not " + part[0]);
            }
            targets.add(new Target(part[0], part[1]));
        }
        // Each client signs in once as each person it plays, and keeps its cookies (like a browser).
        Map<String, List<HttpClient>> browsers = new LinkedHashMap<>();
        for (Target t : targets) {
            if (!browsers.containsKey(t.who())) {
                List<HttpClient> list = new ArrayList<>();
                for (int i = 0; i < clients; i++) {
                    list.add(signedIn(base, t.who()));
                }
                browsers.put(t.who(), list);
            }
        }
        System.out.printf(
                "  %s: %d clients per page, each signed in with its own cookies; %d s warm-up then %d s per page; Accept-Encoding: %s%n",
                label, clients, warmUp, seconds, encoding().isEmpty() ? "(none)" : encoding());
        StringBuilder lines = new StringBuilder();
        for (Target t : targets) {
            if (!describe(base, t, browsers.get(t.who()).get(0))) {
                lines.append("%s|absent|||||%n".formatted(t.name()));
                continue;
            }
            run(base, t, browsers.get(t.who()), warmUp);
            Result r = run(base, t, browsers.get(t.who()), seconds);
            System.out.printf(
                    "  %-34s %8.1f req/s  p50 %8.1f ms  p99 %8.1f ms  errors %d  %,9d bytes/answer  statuses %s%n",
                    r.name,
                    r.perSecond(),
                    r.millis(0.50),
                    r.millis(0.99),
                    r.errors,
                    r.bytesPer(),
                    r.statuses);
            lines.append(
                    "%s|%.1f|%.1f|%.1f|%d|%d|%n"
                            .formatted(
                                    r.name,
                                    r.perSecond(),
                                    r.millis(0.5),
                                    r.millis(0.99),
                                    r.errors,
                                    r.bytesPer()));
        }
        java.nio.file.Files.writeString(out, lines.toString());
    }

    /**
     * One uncompressed request: the status, the size and the table rows shown (a page that answers
     * 404 is not built yet: false). A page that lands elsewhere (the sign-in page) stops the run.
     */
    static boolean describe(String base, Target t, HttpClient http) throws Exception {
        HttpResponse<String> r =
                within(
                        http.sendAsync(
                                HttpRequest.newBuilder(URI.create(base + t.path()))
                                        .timeout(timeout())
                                        .build(),
                                HttpResponse.BodyHandlers.ofString()));
        if (r.statusCode() == 404) {
            System.out.printf("  %s: 404, not there (yet): left out%n", t.name());
            return false;
        }
        String asked = URI.create(base + t.path()).getPath();
        if (r.statusCode() != 200 || !r.uri().getPath().equals(asked)) {
            throw new IllegalStateException(
                    t.name() + " answered " + r.statusCode() + " at " + r.uri());
        }
        String body = r.body();
        System.out.printf(
                "  %s: %,d characters uncompressed, %d table rows%n",
                t.name(), body.length(), count(body, "<tr"));
        return true;
    }

    static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    static Result run(String base, Target t, List<HttpClient> browsers, int seconds)
            throws Exception {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(base + t.path())).timeout(timeout());
        if (!encoding().isEmpty()) {
            b.header("Accept-Encoding", encoding());
        }
        HttpRequest request = b.build();
        String asked = request.uri().getPath();
        ExecutorService pool = Executors.newFixedThreadPool(browsers.size());
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        Map<Integer, AtomicLong> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
        List<Future<long[]>> running = new ArrayList<>();
        long started = System.nanoTime();
        long end = started + seconds * 1_000_000_000L;
        for (HttpClient http : browsers) {
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
                                                        http.sendAsync(
                                                                request,
                                                                HttpResponse.BodyHandlers
                                                                        .ofByteArray()));
                                        long took = System.nanoTime() - t0;
                                        statuses.computeIfAbsent(
                                                        r.statusCode(), k -> new AtomicLong())
                                                .incrementAndGet();
                                        if (r.statusCode() != 200
                                                || !r.uri().getPath().equals(asked)) {
                                            errors.incrementAndGet();
                                            continue;
                                        }
                                        bytes.addAndGet(r.body().length);
                                        if (n == times.length) {
                                            times = Arrays.copyOf(times, n * 2);
                                        }
                                        times[n++] = took;
                                    } catch (java.io.IOException e) {
                                        errors.incrementAndGet();
                                        Thread.sleep(100);
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
        statuses.forEach(
                (k, v) -> st.append(st.length() == 0 ? "" : ",").append(k).append("×").append(v));
        return new Result(
                t.name(), merged.length, errors.get(), elapsed, merged, bytes.get(), st.toString());
    }
}
