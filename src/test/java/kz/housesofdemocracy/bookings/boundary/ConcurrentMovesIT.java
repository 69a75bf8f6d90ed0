package kz.housesofdemocracy.bookings.boundary;

import static kz.housesofdemocracy.testing.Slots.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Slots;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fifty concurrent moves of one booking: each answers 200 or 409, never a 5xx, and the booking ends
 * on a span one of the 200s acknowledged.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentMovesIT {

    private static final int MOVES = 50;

    @ArquillianResource private URL base;

    private record Move(String start, String end, int status, String body) {}

    @Test
    void fiftyConcurrentMovesOfOneBookingAnswer200Or409AndTheLastOneHolds() throws Exception {
        Api ngo = Api.withToken(base, Demo.NGO.email(), Demo.password()).language("en");
        long ngoId = Slots.astanaNgo(ngo);
        long room = Slots.freshRoom(base, false, 10);
        LocalDate day = Slots.workingDay(base, 13);
        Api.Reply made = ngo.post("api/bookings", request(ngoId, room, day, "09:00", "10:00", 5));
        assertEquals(201, made.status(), made.body());
        long id = made.object().getJsonNumber("id").longValue();

        ExecutorService pool = Executors.newFixedThreadPool(MOVES);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Move>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < MOVES; i++) {
                int hour = 10 + i % 9; // 10:00 … 18:00, one hour each, all within opening hours
                String start = String.format("%02d:00", hour);
                String end = String.format("%02d:00", hour + 1);
                Callable<Move> move =
                        () -> {
                            go.await();
                            Api.Reply reply =
                                    ngo.post(
                                            "api/bookings/" + id + "/change",
                                            "{\"scope\":\"ONE\",\"start\":\""
                                                    + start
                                                    + "\",\"end\":\""
                                                    + end
                                                    + "\",\"purpose\":\"Moved\",\"attendees\":5}");
                            return new Move(start, end, reply.status(), reply.body());
                        };
                futures.add(pool.submit(move));
            }
            go.countDown();
            List<Move> moves = new ArrayList<>();
            for (Future<Move> f : futures) {
                moves.add(f.get(3, TimeUnit.MINUTES));
            }
            Map<Integer, Long> statuses =
                    moves.stream()
                            .collect(
                                    Collectors.groupingBy(
                                            Move::status, TreeMap::new, Collectors.counting()));
            System.out.println("ConcurrentMovesIT statuses: " + statuses);
            for (Move m : moves) {
                assertTrue(m.status() == 200 || m.status() == 409, m.status() + " " + m.body());
                if (m.status() == 409) {
                    assertTrue(m.body().contains("\"status\":409"), m.body());
                }
            }
            Set<String> acknowledged =
                    moves.stream()
                            .filter(m -> m.status() == 200)
                            .map(m -> m.start() + ":00–" + m.end() + ":00")
                            .collect(Collectors.toSet());
            assertFalse(acknowledged.isEmpty(), statuses.toString());

            JsonObject booking = ngo.get("api/bookings/" + id).object();
            String held = booking.getString("start") + "–" + booking.getString("end");
            assertTrue(acknowledged.contains(held), held + " not in " + acknowledged);
            assertEquals("Moved", booking.getString("purpose"));
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
        }
    }
}
