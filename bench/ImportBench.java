import java.io.BufferedWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * The import of an NGO registry file through REST (issue 22): writes a CSV of ROWS valid rows (BINs
 * with a right check digit, regions KZ-71/KZ-75, English headers the mapping suggests by itself),
 * uploads it as the national administrator, runs the dry run and the apply and polls the job until
 * each ends. Prints one line per phase: seconds and rows per second. The shell script samples the
 * server's heap beside it.
 *
 * <pre>
 * java bench/ImportBench.java BASE_URL ROWS SERIAL_PREFIX WORK_DIR
 * </pre>
 */
public class ImportBench {

    static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        String base = args[0];
        int rows = Integer.parseInt(args[1]);
        String prefix = args[2]; // YYMM + 4 + 0: the first six digits of the BINs
        Path work = Path.of(args[3]);
        Path file = work.resolve("ngos-" + rows + ".csv");
        write(file, rows, prefix);
        String token = token(base, "admin@demo.houses-of-democracy.kz");

        long t0 = System.nanoTime();
        HttpResponse<String> up =
                HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + "api/imports?kind=NGOS"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "text/csv")
                                .header("X-File-Name", file.getFileName().toString())
                                .timeout(Duration.ofMinutes(5))
                                .POST(HttpRequest.BodyPublishers.ofFile(file))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (up.statusCode() != 201) {
            throw new IllegalStateException("upload: " + up.statusCode() + " " + up.body());
        }
        long id = Long.parseLong(number(up.body(), "id"));
        phase("upload", rows, t0, Files.size(file));
        mark(work, "dry-run");
        t0 = System.nanoTime();
        post(base, token, "api/imports/" + id + "/dry-run");
        String checked = await(base, token, id, "DRY_RUNNING");
        phase("dry run", rows, t0, 0);
        System.out.printf(
                "    created %s, unchanged %s, refused %s%n",
                number(checked, "created"), number(checked, "unchanged"), number(checked, "refused"));
        mark(work, "apply");
        t0 = System.nanoTime();
        post(base, token, "api/imports/" + id + "/apply");
        String applied = await(base, token, id, "APPLYING");
        phase("apply", rows, t0, 0);
        System.out.printf(
                "    status %s, created %s, updated %s, unchanged %s%n",
                string(applied, "status"),
                number(applied, "created"),
                number(applied, "updated"),
                number(applied, "unchanged"));
        mark(work, "done");
    }

    /** Tells the sampling script which phase the heap samples belong to. */
    static void mark(Path work, String phase) throws Exception {
        Files.writeString(work.resolve("phase"), phase);
    }

    static void phase(String name, int rows, long t0, long bytes) {
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                "  %-8s %,7d rows in %7.2f s = %,8.0f rows/s%s%n",
                name, rows, s, rows / s, bytes > 0 ? "  (%,d bytes)".formatted(bytes) : "");
    }

    static void write(Path file, int rows, String prefix) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("BIN;Name (Kazakh);Name (Russian);Legal form;Registration date;Region;Address;Email;Areas\n");
            int made = 0;
            for (int serial = 0; made < rows; serial++) {
                String bin = withCheckDigit(prefix + String.format("%05d", serial));
                if (bin == null) {
                    continue;
                }
                w.write(
                        String.join(
                                ";",
                                bin,
                                "Сынақ ҮЕҰ " + made,
                                "Тестовое НПО " + made,
                                "PUBLIC_ASSOCIATION",
                                "2015-03-1" + (made % 10),
                                made % 2 == 0 ? "KZ-71" : "KZ-75",
                                "Мәңгілік Ел 1",
                                "ngo" + made + "@example.kz",
                                "education"));
                w.write('\n');
                made++;
            }
        }
    }

    /** DOMAIN.md's check digit: weights 1..11, then 3..11,1,2 when the first sum mod 11 is 10. */
    static String withCheckDigit(String eleven) {
        int[] d = eleven.chars().map(c -> c - '0').toArray();
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += d[i] * (i + 1);
        }
        int check = sum % 11;
        if (check == 10) {
            int[] w = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
            sum = 0;
            for (int i = 0; i < 11; i++) {
                sum += d[i] * w[i];
            }
            check = sum % 11;
            if (check == 10) {
                return null;
            }
        }
        return eleven + check;
    }

    static String await(String base, String token, long id, String running) throws Exception {
        long until = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        while (System.nanoTime() < until) {
            Thread.sleep(250);
            String job = get(base, token, "api/imports/" + id);
            if (!string(job, "status").equals(running)) {
                return job;
            }
        }
        throw new IllegalStateException("job " + id + " still " + running + " after 20 minutes");
    }

    static void post(String base, String token, String path) throws Exception {
        HttpResponse<String> r =
                HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .header("Authorization", "Bearer " + token)
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 202) {
            throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
        }
    }

    static String get(String base, String token, String path) throws Exception {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    static String token(String base, String email) throws Exception {
        HttpResponse<String> signIn =
                HTTP.send(
                        json(base + "api/session", "{\"email\":\"" + email + "\",\"password\":\"Demo-House-2026\"}"),
                        HttpResponse.BodyHandlers.ofString());
        if (signIn.statusCode() != 200) {
            throw new IllegalStateException("sign-in: " + signIn.statusCode() + signIn.body());
        }
        return string(
                HTTP.send(
                                json(base + "api/me/tokens", "{\"name\":\"import bench\",\"password\":\"Demo-House-2026\"}"),
                                HttpResponse.BodyHandlers.ofString())
                        .body(),
                "secret");
    }

    static HttpRequest json(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    static String string(String json, String name) {
        int at = json.indexOf("\"" + name + "\":\"");
        if (at < 0) {
            throw new IllegalStateException(name + " not in " + json);
        }
        int from = at + name.length() + 4;
        return json.substring(from, json.indexOf('"', from));
    }

    static String number(String json, String name) {
        int at = json.indexOf("\"" + name + "\":");
        if (at < 0) {
            throw new IllegalStateException(name + " not in " + json);
        }
        int from = at + name.length() + 3;
        int to = from;
        while (to < json.length() && (Character.isDigit(json.charAt(to)) || json.charAt(to) == '-')) {
            to++;
        }
        return json.substring(from, to);
    }
}
