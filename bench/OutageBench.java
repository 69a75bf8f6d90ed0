import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A database outage under load: four clients keep asking for a House's page (which reads the
 * database) while bench/outage.sh stops PostgreSQL for 30 s and starts it again. Every answer is
 * logged with its time; the summary says how fast errors came during the outage, whether any
 * request hung, and how soon after the database's return the first page was served again.
 *
 * <p>Usage: {@code OutageBench <base> <seconds> <log> <marks>}; {@code marks} is the file where the
 * script writes the moments it stopped and started the database (epoch milliseconds).
 */
public class OutageBench {

    record Answer(long at, int status, long millis, boolean errorPage) {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long until = System.currentTimeMillis() + Long.parseLong(args[1]) * 1000;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Answer> answers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                while (System.currentTimeMillis() < until) {
                    long start = System.currentTimeMillis();
                    int status;
                    boolean errorPage = false;
                    try {
                        HttpResponse<String> r = http.send(
                                HttpRequest.newBuilder(URI.create(base + "public/house.xhtml?id=1"))
                                        .header("Accept-Language", "en")
                                        .timeout(Duration.ofSeconds(30)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        status = r.statusCode();
                        errorPage = r.body().contains("Something went wrong");
                    } catch (Exception e) {
                        status = -1; // no answer at all within 30 s (a hung request) or no connection
                    }
                    long took = System.currentTimeMillis() - start;
                    synchronized (answers) {
                        answers.add(new Answer(start, status, took, errorPage));
                    }
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        List<String> marks = Files.readAllLines(Path.of(args[3]));
        long stopped = Long.parseLong(marks.get(0).trim());
        long started = Long.parseLong(marks.get(1).trim());
        long during = 0, errorsDuring = 0, slowest = 0, hung = 0, okDuring = 0;
        long firstOkAfter = -1;
        long beforeOk = 0, before = 0;
        answers.sort((a, b) -> Long.compare(a.at(), b.at()));
        StringBuilder log = new StringBuilder();
        for (Answer a : answers) {
            log.append(a.at()).append(' ').append(a.status()).append(' ').append(a.millis()).append('\n');
            if (a.status() == -1) {
                hung++;
            }
            if (a.at() < stopped) {
                before++;
                beforeOk += a.status() == 200 ? 1 : 0;
            } else if (a.at() + a.millis() <= started) {
                during++;
                if (a.status() == 200) {
                    okDuring++;
                } else {
                    errorsDuring++;
                    slowest = Math.max(slowest, a.millis());
                }
            } else if (a.status() == 200 && firstOkAfter < 0 && a.at() >= started) {
                firstOkAfter = a.at() + a.millis() - started;
            }
        }
        Files.writeString(Path.of(args[2]), log);
        System.out.printf("  before the outage: %d of %d pages served%n", beforeOk, before);
        System.out.printf("  during the 30 s outage: %d requests, %d answered with the error page or status (slowest %d ms), %d served from what was still in memory%n",
                during, errorsDuring, slowest, okDuring);
        System.out.printf("  hung (no answer in 30 s): %d%n", hung);
        System.out.printf("  first page served %d ms after PostgreSQL was back%n", firstOkAfter);
    }
}
