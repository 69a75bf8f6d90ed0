package kz.housesofdemocracy.bookings.boundary;

import static kz.housesofdemocracy.testing.Slots.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Slots;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Idempotency-Key: a retried create gives the first answer again and creates nothing more; the same
 * key with another body is a 422; keys are each caller's own; any creating POST takes one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdempotencyIT {

    @ArquillianResource private URL base;

    private Api ngo;
    private long ngoId;

    @BeforeEach
    void signIn() {
        ngo = Api.withToken(base, Demo.NGO.email(), Demo.password()).language("en");
        ngoId = Slots.astanaNgo(ngo);
    }

    @Test
    void theSameKeyTwiceBooksOnceAndAnswersTheSame() {
        long room = Slots.freshRoom(base, false, 10);
        LocalDate day = Slots.workingDay(base, 7);
        String key = UUID.randomUUID().toString();
        String body = request(ngoId, room, day, "10:00", "11:00", 5);

        Api.Reply first = withKey(ngo, "api/bookings", body, key);
        assertEquals(201, first.status(), first.body());
        Api.Reply again = withKey(ngo, "api/bookings", body, key);
        assertEquals(201, again.status(), again.body());
        assertEquals(first.body(), again.body());
        assertEquals(location(first), location(again));
        assertTrue(again.contentType().startsWith("application/json"), again.contentType());
        assertEquals(1, bookingsIn(room));
        // The answer is the booking that exists.
        long id = first.object().getJsonNumber("id").longValue();
        assertEquals(200, ngo.get("api/bookings/" + id).status());
        assertTrue(location(first).endsWith("bookings/" + id), location(first));

        // Without a key the same request is a second request, and the room is taken by the first.
        assertEquals(409, ngo.post("api/bookings", body).status());
        assertEquals(1, bookingsIn(room));
    }

    @Test
    void concurrentRequestsWithOneKeyBookOnce() throws Exception {
        long room = Slots.freshRoom(base, false, 10);
        LocalDate day = Slots.workingDay(base, 14);
        String key = UUID.randomUUID().toString();
        String body = request(ngoId, room, day, "15:00", "16:00", 5);
        int callers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Api.Reply>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < callers; i++) {
                futures.add(
                        pool.submit(
                                () -> {
                                    go.await();
                                    return withKey(ngo, "api/bookings", body, key);
                                }));
            }
            go.countDown();
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> f : futures) {
                replies.add(f.get(3, TimeUnit.MINUTES));
            }
            // Each waits for the first and gets its answer, or is told that it is still running.
            Set<String> bodies = new HashSet<>();
            for (Api.Reply r : replies) {
                if (r.status() == 201) {
                    bodies.add(r.body());
                } else {
                    assertEquals(409, r.status(), r.body());
                    assertEquals(
                            "urn:houses-of-democracy:problem:idempotency-key-in-progress",
                            r.object().getString("type"));
                    assertTrue(r.headers().firstValue("Retry-After").isPresent());
                }
            }
            System.out.println(
                    "IdempotencyIT concurrent statuses: "
                            + replies.stream().map(Api.Reply::status).sorted().toList());
            assertEquals(1, bodies.size(), bodies.toString());
            assertEquals(1, bookingsIn(room));
            // A retry after all of them gets the first answer.
            assertEquals(bodies.iterator().next(), withKey(ngo, "api/bookings", body, key).body());
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
        }
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedInTheCallersLanguage() {
        long room = Slots.freshRoom(base, false, 10);
        LocalDate day = Slots.workingDay(base, 8);
        String key = UUID.randomUUID().toString();
        assertEquals(
                201,
                withKey(ngo, "api/bookings", request(ngoId, room, day, "10:00", "11:00", 5), key)
                        .status());
        Api.Reply other =
                withKey(ngo, "api/bookings", request(ngoId, room, day, "12:00", "13:00", 5), key);
        assertEquals(422, other.status(), other.body());
        assertEquals(
                "urn:houses-of-democracy:problem:idempotency-key-reused",
                other.object().getString("type"));
        assertEquals(
                Bundle.text("en", "refusal.idempotencyKey.reused"),
                other.object().getString("detail"));
        Api.Reply russian =
                withKey(
                        Api.withToken(base, Demo.NGO.email(), Demo.password()).language("ru"),
                        "api/bookings",
                        request(ngoId, room, day, "12:00", "13:00", 5),
                        key);
        assertEquals(422, russian.status(), russian.body());
        assertEquals(
                Bundle.text("ru", "refusal.idempotencyKey.reused"),
                russian.object().getString("detail"));
        // Nothing was made by the refused ones.
        assertEquals(1, bookingsIn(room));
    }

    @Test
    void keysAreEachCallersOwn() {
        long room = Slots.freshRoom(base, false, 10);
        LocalDate day = Slots.workingDay(base, 9);
        String key = UUID.randomUUID().toString();
        String body = request(ngoId, room, day, "10:00", "11:00", 5);
        assertEquals(201, withKey(ngo, "api/bookings", body, key).status());

        // The administrator's request with the same key and body runs as its own: he does not
        // represent the NGO, and is not handed the NGO's booking.
        Api admin = Api.withToken(base, Demo.ADMIN.email(), Demo.password()).language("en");
        Api.Reply theirs = withKey(admin, "api/bookings", body, key);
        assertEquals(403, theirs.status(), theirs.body());
        // And the same key makes the administrator's own things.
        Api.Reply room2 =
                withKey(
                        admin,
                        "api/houses/1/rooms",
                        "{\"kind\":\"MEETING_ROOM\",\"name\":{\"kk\":\"Idem "
                                + key.substring(0, 8)
                                + "\",\"en\":\"Idem "
                                + key.substring(0, 8)
                                + "\"},\"capacity\":8,\"hourlyRateKzt\":10000,"
                                + "\"needsApproval\":false}",
                        key);
        assertEquals(201, room2.status(), room2.body());
        assertNotEquals(location(room2), "");
        assertEquals(1, bookingsIn(room));
    }

    @Test
    void aWaitlistEntryTakesAKeyToo() {
        long room = Slots.freshRoom(base, false, 10);
        LocalDate day = Slots.workingDay(base, 12);
        assertEquals(
                201,
                ngo.post("api/bookings", request(ngoId, room, day, "10:00", "12:00", 5)).status());
        long almaty = Slots.almatyNgo(ngo);
        String key = UUID.randomUUID().toString();
        String body = request(almaty, room, day, "10:00", "12:00", 5);
        Api.Reply joined = withKey(ngo, "api/waitlist", body, key);
        assertEquals(201, joined.status(), joined.body());
        Api.Reply again = withKey(ngo, "api/waitlist", body, key);
        assertEquals(201, again.status(), again.body());
        assertEquals(joined.body(), again.body());
        long waiting =
                ngo
                        .get("api/waitlist/mine")
                        .json()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(e -> e.getJsonNumber("roomId").longValue() == room)
                        .count();
        assertEquals(1, waiting, ngo.get("api/waitlist/mine").body());
        // Without the key it is the second request it is: already in line.
        assertEquals(409, ngo.post("api/waitlist", body).status());
    }

    @Test
    void aMalformedKeyIsRefusedAndNothingIsMade() {
        long room = Slots.freshRoom(base, false, 10);
        LocalDate day = Slots.workingDay(base, 10);
        String body = request(ngoId, room, day, "10:00", "11:00", 5);
        for (String key : new String[] {"x".repeat(256), "two words"}) {
            Api.Reply refused = withKey(ngo, "api/bookings", body, key);
            assertEquals(422, refused.status(), refused.body());
            JsonObject error = refused.object().getJsonArray("errors").getJsonObject(0);
            assertEquals("Idempotency-Key", error.getString("field"));
            assertEquals(
                    Bundle.text("en", "refusal.idempotencyKey.invalid"),
                    error.getString("message"));
        }
        assertEquals(0, bookingsIn(room));
    }

    @Test
    void aRefusedRequestIsNotRememberedAndItsRetryRunsAgain() {
        long room = Slots.freshRoom(base, false, 10);
        LocalDate day = Slots.workingDay(base, 11);
        String key = UUID.randomUUID().toString();
        // Outside the House's hours: refused, rolled back, forgotten.
        String late = request(ngoId, room, day, "21:00", "22:00", 5);
        assertEquals(422, withKey(ngo, "api/bookings", late, key).status());
        assertEquals(0, bookingsIn(room));
        // The same key may then carry the corrected request.
        String good = request(ngoId, room, day, "10:00", "11:00", 5);
        assertEquals(201, withKey(ngo, "api/bookings", good, key).status());
        assertEquals(1, bookingsIn(room));
    }

    // --- helpers

    private static Api.Reply withKey(Api api, String path, String body, String key) {
        return api.send("POST", path, body, "Idempotency-Key", key);
    }

    private static String location(Api.Reply reply) {
        return reply.headers().firstValue("Location").orElse("");
    }

    private long bookingsIn(long room) {
        return ngo
                .get("api/bookings/mine")
                .json()
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(b -> b.getJsonNumber("roomId").longValue() == room)
                .count();
    }
}
