package kz.housesofdemocracy.bookings.boundary;

import static kz.housesofdemocracy.testing.Slots.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.bookings.control.PresenceCodes;
import kz.housesofdemocracy.bookings.control.PresenceSecret;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.PersistenceProbe;
import kz.housesofdemocracy.testing.Slots;
import kz.housesofdemocracy.testing.pages.CheckInPage;
import kz.housesofdemocracy.testing.pages.FrontDeskPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * #19 finding 9: a check-in proves presence. Two bookings of fresh rooms are moved (inside WildFly)
 * to start in ten minutes; a representative's check-in without the room's current code, with a
 * wrong one, another room's or one older than the window is refused with the translated message and
 * leaves the booking not checked in (read back); the code the House's front desk shows checks it
 * in. Only the House's managers read the codes, never an NGO.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CheckInProofIT {

    static final String BY_API = "Presence proof by API";
    static final String ON_PAGE = "Presence proof on the page";

    // Client side, kept between the client-side steps.
    private static long apiRoom;
    private static long otherRoom;
    private static long pageRoom;
    private static long apiBooking;
    private static long pageBooking;

    @ArquillianResource private URL base;

    @Inject private PersistenceProbe probe;
    @Inject private Bookings bookings;
    @Inject private Attendance attendance;
    @Inject private PresenceSecret presence;
    @Inject private Clock clock;

    @Test
    @Order(1)
    @RunAsClient
    void twoBookingsAreMade() {
        Slots.roomyQuotas(base);
        Api ngo = Api.withToken(base, Demo.NGO.email(), Demo.password());
        long astana = Slots.astanaNgo(ngo);
        apiRoom = Slots.freshRoom(base, false, 10);
        otherRoom = Slots.freshRoom(base, false, 10);
        pageRoom = Slots.freshRoom(base, false, 10);
        LocalDate day = Slots.workingDay(base, 16);
        apiBooking = created(ngo.post("api/bookings", booking(astana, apiRoom, day, BY_API)));
        pageBooking = created(ngo.post("api/bookings", booking(astana, pageRoom, day, ON_PAGE)));
    }

    /** Inside WildFly: both start in ten minutes (check-in open); a code 10 minutes old fails. */
    @Test
    @Order(2)
    void theyStartSoonAndAnOldCodeIsRefused() {
        Instant soon = clock.instant().plus(Duration.ofMinutes(10));
        Caller rep = probe.demoRepresentative();
        for (String purpose : List.of(BY_API, ON_PAGE)) {
            long id = probe.number("SELECT MAX(id) FROM booking WHERE purpose = '" + purpose + "'");
            probe.shiftBooking(id, Duration.between(bookings.booking(id).startsAt(), soon));
        }
        long id = probe.number("SELECT MAX(id) FROM booking WHERE purpose = '" + BY_API + "'");
        long room = probe.number("SELECT room_id FROM booking WHERE id = " + id);
        assertEquals(1, attendance.currentAt(rep, room).size());

        long window = PresenceCodes.window(clock.instant());
        String old = presence.codes().code(room, window - 2);
        Refusal expired =
                assertThrows(Refusal.class, () -> attendance.checkInAtRoom(rep, room, old));
        assertEquals(422, expired.status());
        assertEquals("code", expired.fields().get(0).field());
        assertEquals("checkin.code.wrong", expired.fields().get(0).key());
        Refusal byId = assertThrows(Refusal.class, () -> attendance.checkIn(rep, id, old));
        assertEquals("checkin.code.wrong", byId.fields().get(0).key());
        assertEquals(null, attendance.currentAt(rep, room).get(0).checkedInAt(), "unchanged");
    }

    @Test
    @Order(3)
    @RunAsClient
    void overRestOnlyTheRoomsCurrentCodeChecksIn() {
        Api ngo = Api.withToken(base, Demo.NGO.email(), Demo.password()).language("ru");
        Api manager = Api.withToken(base, Demo.MANAGER_ASTANA.email(), Demo.password());

        // The codes are the House's managers' to read: not an NGO's, not another House's staff.
        assertEquals(403, ngo.get("api/houses/1/presence-codes").status());
        assertEquals(
                403,
                Api.withToken(base, Demo.MANAGER_ALMATY.email(), Demo.password())
                        .get("api/houses/1/presence-codes")
                        .status());
        Map<Long, String> codes = codes(manager);
        String right = codes.get(apiRoom);
        String other = codes.get(otherRoom);
        assertTrue(right.matches("\\d{6}"), right);

        String path = "api/rooms/" + apiRoom + "/check-in";
        refused(ngo.post(path, "{}"), "checkin.code.missing");
        refused(ngo.post(path, code(wrong(right))), "checkin.code.wrong");
        refused(ngo.post(path, code("12a4")), "checkin.code.wrong");
        if (!other.equals(right)) {
            refused(ngo.post(path, code(other)), "checkin.code.wrong");
        }
        // The door by booking id asks for the code too.
        refused(ngo.post("api/bookings/" + apiBooking + "/check-in", "{}"), "checkin.code.missing");
        assertFalse(checkedIn(ngo, apiBooking), "nothing changed");

        Api.Reply done = ngo.post(path, code(right));
        assertEquals(200, done.status(), done.body());
        assertEquals(apiBooking, done.object().getJsonNumber("id").longValue());
        assertTrue(checkedIn(ngo, apiBooking), "read back");
    }

    /** The House's manager shows the desk (Kazakh); the representative types its code (Russian). */
    @Test
    @Order(4)
    @RunAsClient
    void theRepresentativeTypesTheCodeTheFrontDeskShows() {
        String shown;
        try (Browser manager = Browser.withLanguages("kk")) {
            manager.signIn(base.toString(), Demo.MANAGER_ASTANA.email(), Demo.password());
            FrontDeskPage desk = FrontDeskPage.open(manager, base, 1, "kk");
            assertTrue(manager.heading().startsWith(Bundle.text("kk", "frontdesk.title")));
            assertTrue(desk.qrAlt(pageRoom).startsWith(Bundle.text("kk", "frontdesk.qrAlt")));
            shown = desk.code(pageRoom);
        }
        assertTrue(shown.matches("\\d{6}"), shown);
        Api ngo = Api.withToken(base, Demo.NGO.email(), Demo.password());
        try (Browser rep = Browser.withLanguages("ru")) {
            rep.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            CheckInPage page = CheckInPage.open(rep, base, pageRoom, "ru");
            page.checkInWith(wrong(shown));
            assertEquals(Bundle.text("ru", "checkin.code.wrong"), page.codeError());
            assertFalse(checkedIn(ngo, pageBooking), "nothing changed");

            page.checkInWith(shown);
            assertEquals(Bundle.text("ru", "checkin.done"), rep.messages());
            assertEquals(Bundle.text("ru", "checkin.checkedIn"), page.checkedIn());
        }
        assertTrue(checkedIn(ngo, pageBooking), "read back");
    }

    // --- helpers

    private static String booking(long ngo, long room, LocalDate day, String purpose) {
        return request(ngo, room, day, "10:00", "11:00", 5).replace("Board meeting", purpose);
    }

    private static Map<Long, String> codes(Api manager) {
        Api.Reply reply = manager.get("api/houses/1/presence-codes");
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        return reply.json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .collect(
                        Collectors.toMap(
                                c -> c.getJsonNumber("roomId").longValue(),
                                c -> c.getString("code")));
    }

    private static String code(String code) {
        return "{\"code\":\"" + code + "\"}";
    }

    /** Another six digits than the code shown. */
    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 500_000) % 1_000_000);
    }

    private static void refused(Api.Reply reply, String key) {
        assertEquals(422, reply.status(), reply.body());
        JsonObject error = reply.object().getJsonArray("errors").getJsonObject(0);
        assertEquals("code", error.getString("field"));
        assertEquals(Bundle.text("ru", key), error.getString("message"));
    }

    private static boolean checkedIn(Api api, long booking) {
        JsonObject view = api.get("api/bookings/" + booking).object();
        assertNotEquals(null, view.get("id"));
        return view.containsKey("checkedInAt") && !view.isNull("checkedInAt");
    }

    private static long created(Api.Reply reply) {
        if (reply.status() != 201) {
            throw new AssertionError(reply.status() + " " + reply.body());
        }
        String location = reply.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
