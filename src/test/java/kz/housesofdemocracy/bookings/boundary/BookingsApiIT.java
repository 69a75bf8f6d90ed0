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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Mailbox;
import kz.housesofdemocracy.testing.Slots;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bookings through REST: the slot guard under a race, rules, money, approval, cancellation, mail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingsApiIT {

    @ArquillianResource private URL base;

    private Api ngo;
    private long ngoId;

    @BeforeEach
    void signIn() {
        Mailbox.start();
        ngo = Api.withToken(base, Demo.NGO.email(), Demo.password());
        ngoId = Slots.astanaNgo(ngo);
    }

    @Test
    void fiftyRequestsForOneSlotAtOnceGiveOneBookingAndFortyNineClearRefusals() throws Exception {
        long room = Slots.freshRoom(base, false, 20);
        LocalDate day = Slots.workingDay(base, 0);
        String body = request(ngoId, room, day, "10:00", "12:00", 10);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            replies.add(
                    pool.submit(
                            () -> {
                                go.await();
                                return ngo.post("api/bookings", body);
                            }));
        }
        go.countDown();
        int created = 0;
        int taken = 0;
        for (Future<Api.Reply> reply : replies) {
            Api.Reply r = reply.get();
            assertTrue(r.status() < 500, r.status() + " " + r.body());
            if (r.status() == 201) {
                created++;
            } else {
                assertEquals(409, r.status(), r.body());
                assertEquals(
                        "urn:houses-of-democracy:problem:slot-taken", r.object().getString("type"));
                assertTrue(
                        r.object().getString("detail").contains("10:00")
                                && r.object().getString("detail").contains("12:00"),
                        r.object().getString("detail"));
                taken++;
            }
        }
        pool.shutdown();
        assertEquals(1, created);
        assertEquals(49, taken);
        JsonObject grid = Api.anonymous(base).get("api/houses/1/availability?date=" + day).object();
        JsonObject row =
                grid.getJsonArray("rooms").getValuesAs(JsonObject.class).stream()
                        .filter(r -> r.getJsonNumber("roomId").longValue() == room)
                        .findFirst()
                        .orElseThrow();
        assertEquals(
                "TAKEN",
                row.getJsonArray("cells").getJsonObject(2).getString("state"),
                "10:00 is the third half-hour after 09:00");
        assertFalse(
                row.getJsonArray("cells").getJsonObject(2).containsKey("ngoName"),
                "visitors do not see who booked");
    }

    @Test
    void aConfirmedBookingRecordsItsMoneyAndMailsAnInvitation() {
        long room = Slots.freshRoom(base, false, 12);
        LocalDate day = Slots.workingDay(base, 1);
        Api.Reply made = ngo.post("api/bookings", request(ngoId, room, day, "14:00", "16:30", 8));
        assertEquals(201, made.status(), made.body());
        JsonObject booking = made.object();
        assertEquals("CONFIRMED", booking.getString("status"));
        assertEquals(
                25_000,
                booking.getJsonNumber("marketValueKzt").intValue(),
                "10,000 an hour for 2.5 hours");
        assertEquals(
                25_000,
                booking.getJsonNumber("subsidyKzt").intValue(),
                "fully subsidised by default");
        assertEquals(0, booking.getJsonNumber("chargedKzt").intValue());
        long id = booking.getJsonNumber("id").longValue();
        assertEquals("CONFIRMED", ngo.get("api/bookings/" + id).object().getString("status"));
        assertTrue(ngo.get("api/bookings/mine").body().contains("\"id\":" + id));

        Mailbox.Mail mail =
                Mailbox.await(
                        Demo.NGO.email(),
                        "Бронирование подтверждено: " + Slots.roomName(base, room));
        assertTrue(mail.body().contains(day.toString()), mail.body());
        assertTrue(mail.body().contains(".ics text/calendar]"), mail.body());

        // A rate change later does not touch the booking's price.
        Api admin = Api.withToken(base, Demo.ADMIN.email(), Demo.password());
        JsonObject roomNow = Api.anonymous(base).get("api/rooms/" + room).object();
        assertEquals(
                200,
                admin.put(
                                "api/rooms/" + room,
                                "{\"kind\":\"MEETING_ROOM\",\"name\":{\"en\":\"Repriced\"},\"capacity\":12,\"hourlyRateKzt\":99000}")
                        .status());
        assertEquals(
                25_000,
                ngo.get("api/bookings/" + id).object().getJsonNumber("marketValueKzt").intValue());
        assertEquals(10_000, roomNow.getJsonNumber("hourlyRateKzt").intValue());
    }

    @Test
    void aHousesSubsidyShareIsFixedOnEachBookingWhenItIsMade() {
        Api admin = Api.withToken(base, Demo.ADMIN.email(), Demo.password());
        long room = Slots.freshRoom(base, 2, false, 10);
        long almatyNgo = Slots.almatyNgo(ngo);
        LocalDate day = Slots.workingDay(base, 5);
        assertEquals(
                403,
                Api.withToken(base, Demo.MANAGER_ALMATY.email(), Demo.password())
                        .put("api/houses/2/subsidy", "{\"percent\":50}")
                        .status(),
                "the administrator sets subsidy policy, not the House");
        Api.Reply wrong = admin.put("api/houses/2/subsidy", "{\"percent\":101}");
        assertEquals(422, wrong.status());
        assertEquals(
                "percent",
                wrong.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(
                100, Api.anonymous(base).get("api/houses/2").object().getInt("subsidyPercent"));
        try {
            assertEquals(
                    80,
                    admin.put("api/houses/2/subsidy", "{\"percent\":80}")
                            .object()
                            .getInt("percent"));
            JsonObject booking =
                    ngo.post("api/bookings", request(almatyNgo, room, day, "10:00", "11:30", 5))
                            .object();
            assertEquals(15_000, booking.getJsonNumber("marketValueKzt").intValue());
            assertEquals(12_000, booking.getJsonNumber("subsidyKzt").intValue());
            assertEquals(3_000, booking.getJsonNumber("chargedKzt").intValue());
            admin.put("api/houses/2/subsidy", "{\"percent\":100}");
            JsonObject again =
                    ngo.get("api/bookings/" + booking.getJsonNumber("id").longValue()).object();
            assertEquals(3_000, again.getJsonNumber("chargedKzt").intValue(), "fixed when made");
        } finally {
            admin.put("api/houses/2/subsidy", "{\"percent\":100}");
        }
    }

    @Test
    void eachRuleIsRefusedWithItsNamedMessage() {
        long room = Slots.freshRoom(base, false, 10);
        LocalDate day = Slots.workingDay(base, 2);
        assertRule(
                request(ngoId, room, day, "10:15", "11:00", 5),
                "Times must be on the half-hour (e.g. 14:00 or 14:30).");
        assertRule(
                request(ngoId, room, day, "08:00", "09:30", 5),
                "The House is open 09:00–20:00 on that day.");
        assertRule(
                request(ngoId, room, day, "10:00", "19:00", 5),
                "This room is booked for at most 8 hours.");
        assertRule(
                request(ngoId, room, day, "10:00", "11:00", 11),
                "Attendees must be from 1 to 10 (the room’s capacity).");
        assertRule(
                request(ngoId, room, LocalDate.now().plusDays(120), "10:00", "11:00", 5),
                "Bookings can be made at most 90 days ahead.");
        assertRule(
                request(ngoId, room, LocalDate.now().minusDays(1), "10:00", "11:00", 5),
                "Bookings must be made at least 2 hours ahead.");
        var sunday =
                day.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SUNDAY));
        assertRule(
                request(ngoId, room, sunday, "10:00", "11:00", 5),
                "The House is closed on that day of the week.");
        // A holiday: 16 December (Independence Day) when it is a working day within the horizon.
        // A blackout, set by the House's manager, names its reason.
        Api manager = Api.withToken(base, Demo.MANAGER_ASTANA.email(), Demo.password());
        assertEquals(
                201,
                manager.post(
                                "api/houses/1/blackouts",
                                "{\"roomId\":"
                                        + room
                                        + ",\"from\":\""
                                        + day
                                        + "T13:00\",\"to\":\""
                                        + day
                                        + "T15:00\",\"reason\":\"Floor polishing\"}")
                        .status());
        assertRule(
                request(ngoId, room, day, "14:00", "15:00", 5),
                "The room is closed at that time: Floor polishing.");
        // Bad input: 422 with fields, nothing stored.
        Api.Reply bad =
                ngo.post(
                        "api/bookings",
                        "{\"ngoId\":"
                                + ngoId
                                + ",\"roomId\":"
                                + room
                                + ",\"date\":\""
                                + day
                                + "\",\"start\":\"ten\",\"purpose\":\"\"}");
        assertEquals(422, bad.status());
        assertEquals(
                List.of("start", "end", "purpose", "attendees"),
                bad.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("field"))
                        .toList());
        assertFalse(ngo.get("api/bookings/mine").body().contains("\"roomId\":" + room));
        // Someone who does not represent the NGO cannot book for it.
        assertEquals(
                403,
                Api.withToken(base, Demo.MANAGER_ALMATY.email(), Demo.password())
                        .post("api/bookings", request(ngoId, room, day, "10:00", "11:00", 5))
                        .status());
    }

    private void assertRule(String body, String message) {
        Api.Reply reply = ngo.post("api/bookings", body);
        assertEquals(422, reply.status(), reply.body());
        assertEquals(
                "urn:houses-of-democracy:problem:booking-rule", reply.object().getString("type"));
        assertEquals(message, reply.object().getString("detail"));
    }

    @Test
    void aHallWaitsForApprovalByTheHousesStaffNeverByItsOwnPeople() {
        long hall = Slots.freshRoom(base, true, 100);
        LocalDate day = Slots.workingDay(base, 3);
        JsonObject pending =
                ngo.post("api/bookings", request(ngoId, hall, day, "10:00", "13:00", 80)).object();
        assertEquals("PENDING", pending.getString("status"));
        long id = pending.getJsonNumber("id").longValue();
        // Pending holds the slot.
        assertEquals(
                409,
                ngo.post("api/bookings", request(ngoId, hall, day, "12:00", "14:00", 10)).status());

        Api almaty = Api.withToken(base, Demo.MANAGER_ALMATY.email(), Demo.password());
        Api astanaManager = Api.withToken(base, Demo.MANAGER_ASTANA.email(), Demo.password());
        Api approver = Api.withToken(base, Demo.APPROVER_ASTANA.email(), Demo.password());
        assertEquals(
                403,
                almaty.post("api/bookings/" + id + "/approval", "{}").status(),
                "another House's manager");
        assertEquals(
                403, ngo.post("api/bookings/" + id + "/approval", "{}").status(), "its own NGO");
        assertTrue(astanaManager.get("api/bookings/queue").body().contains("\"id\":" + id));
        assertTrue(approver.get("api/bookings/queue").body().contains("\"id\":" + id));
        assertFalse(almaty.get("api/bookings/queue").body().contains("\"id\":" + id));
        assertEquals(
                422,
                astanaManager.post("api/bookings/" + id + "/rejection", "{}").status(),
                "a rejection needs a reason");

        assertEquals(
                "CONFIRMED",
                astanaManager
                        .post("api/bookings/" + id + "/approval", "{}")
                        .object()
                        .getString("status"));
        assertEquals(
                409,
                approver.post("api/bookings/" + id + "/approval", "{}").status(),
                "decided already");
        Mailbox.await(Demo.NGO.email(), "Бронирование одобрено: " + Slots.roomName(base, hall));

        // A second hall request is rejected with a reason that reaches the NGO.
        JsonObject second =
                ngo.post("api/bookings", request(ngoId, hall, day, "15:00", "17:00", 50)).object();
        long secondId = second.getJsonNumber("id").longValue();
        JsonObject rejected =
                approver.post(
                                "api/bookings/" + secondId + "/rejection",
                                "{\"reason\":\"The hall is reserved for the regional forum\"}")
                        .object();
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals(
                "The hall is reserved for the regional forum",
                ngo.get("api/bookings/" + secondId).object().getString("decisionReason"));
        assertTrue(
                Mailbox.await(
                                Demo.NGO.email(),
                                "В бронировании отказано: " + Slots.roomName(base, hall))
                        .body()
                        .contains("The hall is reserved for the regional forum"));

        // The NGO cancels the confirmed one; staff need a reason to cancel.
        assertEquals(
                422, astanaManager.post("api/bookings/" + id + "/cancellation", "{}").status());
        assertEquals(
                "CANCELLED",
                ngo.post("api/bookings/" + id + "/cancellation", "{}")
                        .object()
                        .getString("status"));
        Mailbox.Mail cancelled =
                Mailbox.await(
                        Demo.NGO.email(), "Бронирование отменено: " + Slots.roomName(base, hall));
        assertTrue(cancelled.body().length() > 0);
        assertEquals(
                201,
                ngo.post("api/bookings", request(ngoId, hall, day, "10:00", "11:00", 10)).status(),
                "the slot is free again");
    }

    @Test
    void findARoomByTimeListsOnlyFreeRoomsThatFit() {
        long small = Slots.freshRoom(base, false, 6);
        long big = Slots.freshRoom(base, false, 40);
        LocalDate day = Slots.workingDay(base, 4);
        assertEquals(
                201,
                ngo.post("api/bookings", request(ngoId, big, day, "14:00", "15:00", 10)).status());
        var free =
                Api.anonymous(base)
                        .get(
                                "api/houses/1/free-rooms?date="
                                        + day
                                        + "&start=14:00&end=16:00&people=5")
                        .json()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class);
        assertTrue(free.stream().anyMatch(r -> r.getJsonNumber("roomId").longValue() == small));
        assertTrue(
                free.stream().noneMatch(r -> r.getJsonNumber("roomId").longValue() == big),
                "booked");
        var forThirty =
                Api.anonymous(base)
                        .get(
                                "api/houses/1/free-rooms?date="
                                        + day
                                        + "&start=16:00&end=17:00&people=30&equipment=projector&stepFree=true")
                        .json()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class);
        assertTrue(
                forThirty.stream().noneMatch(r -> r.getJsonNumber("roomId").longValue() == small));
        assertTrue(
                forThirty.stream()
                        .allMatch(r -> r.getInt("capacity") >= 30 && r.getBoolean("stepFree")));
    }
}
