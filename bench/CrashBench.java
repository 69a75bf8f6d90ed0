import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Nothing acknowledged is lost: booking load against a server that bench/crash.sh kills with
 * SIGKILL again and again. Every booking the server answered 201 is written down at once; after
 * the last restart each one is looked up. Compiled with BookingBench (its helpers are reused).
 *
 * <p>Modes: {@code setup <base> <state> <rounds>}: tokens, quotas, four rooms per round; {@code
 * load <base> <state> <round> <acked>}: four clients book in that round's rooms until the server
 * dies; {@code check <base> <state> <acked>}: every acknowledged booking must be there.
 */
public class CrashBench {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "setup" -> setup(args[1], Path.of(args[2]), Integer.parseInt(args[3]));
            case "load" -> load(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
            case "check" -> check(args[1], Path.of(args[2]), Path.of(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void setup(String base, Path state, int rounds) throws Exception {
        String admin = BookingBench.token(base, "admin@demo.houses-of-democracy.kz");
        String ngo = BookingBench.token(base, "ngo@demo.houses-of-democracy.kz");
        long ngoId = BookingBench.ngoId(base, ngo);
        BookingBench.roomyQuotas(base, admin);
        StringBuilder rooms = new StringBuilder();
        for (int i = 0; i < rounds * 4; i++) {
            rooms.append(i == 0 ? "" : ",").append(BookingBench.room(base, admin, "crash-" + i));
        }
        // The free slots are found once, here: after a restart the clients book at once.
        StringBuilder slots = new StringBuilder();
        for (BookingBench.Slot s : BookingBench.slots(BookingBench.openDays(base))) {
            slots.append(slots.length() == 0 ? "" : ";").append(s.date()).append(',').append(s.start());
        }
        Files.writeString(state, ngo + "\n" + ngoId + "\n" + rooms + "\n" + slots + "\n");
    }

    static void load(String base, Path state, int round, Path acked) throws Exception {
        List<String> lines = Files.readAllLines(state);
        String token = lines.get(0);
        long ngo = Long.parseLong(lines.get(1));
        String[] rooms = lines.get(2).split(",");
        List<BookingBench.Slot> slots = new ArrayList<>();
        for (String s : lines.get(3).split(";")) {
            String[] parts = s.split(",");
            slots.add(new BookingBench.Slot(java.time.LocalDate.parse(parts[0]), java.time.LocalTime.parse(parts[1])));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        AtomicInteger ok = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            long room = Long.parseLong(rooms[round * 4 + t]);
            Thread thread = new Thread(() -> {
                for (BookingBench.Slot s : slots) {
                    String body = "{\"ngoId\":%d,\"roomId\":%d,\"date\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"purpose\":\"Crash\",\"attendees\":5}"
                            .formatted(ngo, room, s.date(), s.start(), s.start().plusHours(1));
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "api/bookings"))
                                        .header("Authorization", "Bearer " + token)
                                        .header("Content-Type", "application/json")
                                        .timeout(Duration.ofSeconds(10))
                                        .POST(HttpRequest.BodyPublishers.ofString(body))
                                        .build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 201) {
                            String location = r.headers().firstValue("Location").orElseThrow();
                            String id = location.substring(location.lastIndexOf('/') + 1);
                            synchronized (CrashBench.class) {
                                Files.writeString(acked, id + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                            }
                            ok.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException gone) {
                        return; // the server died: what it answered 201 is written down already
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.printf("    round %d: %d bookings acknowledged before the kill%n", round, ok.get());
    }

    static void check(String base, Path state, Path acked) throws Exception {
        String token = Files.readAllLines(state).get(0);
        HttpClient http = HttpClient.newHttpClient();
        List<String> ids = Files.exists(acked) ? Files.readAllLines(acked) : List.of();
        int missing = 0;
        for (String id : ids) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "api/bookings/" + id))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                missing++;
                System.out.println("    MISSING booking " + id + ": " + r.statusCode());
            }
        }
        System.out.printf("  acknowledged: %d; found after the last restart: %d; lost: %d%n", ids.size(), ids.size() - missing, missing);
        Files.writeString(Path.of(acked + ".result"), ids.size() + " " + missing);
    }
}
