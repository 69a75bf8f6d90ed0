package kz.housesofdemocracy.premises.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Leasing;
import kz.housesofdemocracy.testing.Slots;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Places exist in time (#21): a room takes bookings only from its opening day until its closing
 * day; dates that would leave bookings outside are refused and change nothing; leases keep inside
 * the office's and the House's life.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlaceLifeIT {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @ArquillianResource private URL base;

    private Api admin;
    private Api rep;

    @BeforeEach
    void signIn() {
        admin = Api.withToken(base, Demo.ADMIN.email(), Demo.password());
        rep = Api.withToken(base, Demo.NGO.email(), Demo.password());
    }

    private static String room(String name, LocalDate opens, LocalDate closes) {
        var body =
                Json.createObjectBuilder()
                        .add("kind", "MEETING_ROOM")
                        .add("name", Json.createObjectBuilder().add("kk", name).add("en", name))
                        .add("capacity", 10)
                        .add("hourlyRateKzt", 5000)
                        .add("stepFree", true);
        if (opens != null) {
            body.add("openedOn", opens.toString());
        }
        if (closes != null) {
            body.add("closedOn", closes.toString());
        }
        return body.build().toString();
    }

    /** The first working day (as the tests' calendar knows them) on or after a day. */
    private LocalDate workingDayFrom(LocalDate day) {
        for (int n = 0; ; n++) {
            LocalDate candidate = Slots.workingDay(base, n);
            if (!candidate.isBefore(day)) {
                return candidate;
            }
        }
    }

    private Api.Reply book(long ngo, long room, LocalDate day) {
        return rep.post("api/bookings", Slots.request(ngo, room, day, "10:00", "11:00", 4));
    }

    private static String detail(Api.Reply reply) {
        return reply.object().getString("detail");
    }

    private static String fieldMessage(Api.Reply reply, String field) {
        return reply.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .filter(e -> field.equals(e.getString("field")))
                .map(e -> e.getString("message"))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("no problem on " + field + ": " + reply.body()));
    }

    @Test
    void aRoomIsBookedOnlyBetweenItsOpeningAndClosingDays() {
        Slots.roomyQuotas(base);
        long ngo = Slots.astanaNgo(rep);
        LocalDate today = LocalDate.now(ALMATY);
        LocalDate opens = today.plusMonths(1);
        String name = "Life room " + System.nanoTime() % 100_000;
        Api.Reply created = admin.post("api/houses/1/rooms", room(name, opens, null));
        assertEquals(201, created.status(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        long room = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        JsonObject view = Api.anonymous(base).get("api/rooms/" + room).object();
        assertEquals(opens.toString(), view.getString("openedOn"));
        assertFalse(view.containsKey("closedOn"), view.toString());

        // This week, before the room opens: refused with the reason.
        Api.Reply early = book(ngo, room, Slots.workingDay(base, 0));
        assertEquals(422, early.status(), early.body());
        assertEquals(
                "The room opens on " + opens + ": it cannot be booked before then.", detail(early));

        // After the opening day: accepted.
        LocalDate open = workingDayFrom(opens);
        Api.Reply booked = book(ngo, room, open);
        assertEquals(201, booked.status(), booked.body());

        // A closing date a week later: bookings from then on are refused.
        LocalDate closes = open.plusDays(7);
        Api.Reply closing = admin.put("api/rooms/" + room, room(name, opens, closes));
        assertEquals(200, closing.status(), closing.body());
        assertEquals(
                closes.toString(),
                Api.anonymous(base).get("api/rooms/" + room).object().getString("closedOn"));
        Api.Reply late = book(ngo, room, workingDayFrom(closes));
        assertEquals(422, late.status(), late.body());
        assertEquals(
                "The room closes on " + closes + ": it cannot be booked from then on.",
                detail(late));

        // Opening after the booking made: refused with the count, and nothing changes.
        Api.Reply moved = admin.put("api/rooms/" + room, room(name, open.plusDays(1), closes));
        assertEquals(422, moved.status(), moved.body());
        assertEquals(
                "Not possible: 1 bookings or leases fall before this date.",
                fieldMessage(moved, "openedOn"));
        // So is a closing day before it, and one not after the opening day.
        Api.Reply shut = admin.put("api/rooms/" + room, room(name, opens, open));
        assertEquals(422, shut.status(), shut.body());
        assertEquals(
                "Not possible: 1 bookings or leases fall on or after this date.",
                fieldMessage(shut, "closedOn"));
        Api.Reply backwards = admin.put("api/rooms/" + room, room(name, opens, opens));
        assertEquals(422, backwards.status(), backwards.body());
        assertEquals(
                "The closing date must come after the opening date.",
                fieldMessage(backwards, "closedOn"));
        JsonObject after = Api.anonymous(base).get("api/rooms/" + room).object();
        assertEquals(opens.toString(), after.getString("openedOn"));
        assertEquals(closes.toString(), after.getString("closedOn"));
        assertEquals(true, after.getBoolean("active"));

        // A room cannot open before its House (Astana's: 1 January 2009).
        Api.Reply tooEarly =
                admin.post(
                        "api/houses/1/rooms",
                        room(name + " early", LocalDate.of(2008, 6, 1), null));
        assertEquals(422, tooEarly.status(), tooEarly.body());
        assertEquals(
                "A room cannot open before its House, which opens on 2009-01-01.",
                fieldMessage(tooEarly, "openedOn"));
    }

    @Test
    void aHousesOpeningDateIsReadBackAndANewOneDefaultsToToday() {
        JsonObject astana = Api.anonymous(base).get("api/houses/1").object();
        assertEquals("2009-01-01", astana.getString("openedOn"));
        assertFalse(astana.containsKey("closedOn"), astana.toString());
        JsonObject listed =
                Api.anonymous(base)
                        .get("api/houses")
                        .json()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(h -> h.getInt("id") == 1)
                        .findFirst()
                        .orElseThrow();
        assertEquals("2009-01-01", listed.getString("openedOn"));

        String name = "Life room " + System.nanoTime() % 100_000;
        Api.Reply created = admin.post("api/houses/2/rooms", room(name, null, null));
        assertEquals(201, created.status(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        JsonObject room =
                Api.anonymous(base)
                        .get("api/rooms/" + location.substring(location.lastIndexOf('/') + 1))
                        .object();
        assertEquals(LocalDate.now(ALMATY).toString(), room.getString("openedOn"));
    }

    @Test
    void aLeaseTermKeepsInsideTheOfficesAndTheHousesLife() {
        Api approver = Api.withToken(base, Demo.APPROVER_ASTANA.email(), Demo.password());
        long ngo = Leasing.eligibleNgo(base, rep, approver, "KZ-71", "Life NGO");
        LocalDate january = Leasing.nextJanuary();

        // An office available only from a year after the window's term starts.
        String name = "Life office " + System.nanoTime() % 100_000;
        Api.Reply office =
                admin.post(
                        "api/houses/1/offices",
                        "{\"name\":{\"kk\":\""
                                + name
                                + "\",\"en\":\""
                                + name
                                + "\"},\"areaSquareMetres\":18.5,\"floor\":2,"
                                + "\"monthlyRentKzt\":200000,\"availableFrom\":\""
                                + january.plusYears(1)
                                + "\"}");
        long officeId = Leasing.idOf(office);
        JsonObject officeView = Api.anonymous(base).get("api/offices/" + officeId).object();
        assertEquals(january.plusYears(1).toString(), officeView.getString("openedOn"));
        int before = rep.get("api/leases/mine").json().asJsonArray().size();
        Api.Reply early = rep.post("api/leases", Leasing.application(ngo, 1, officeId, 1, true));
        assertEquals(422, early.status(), early.body());
        assertEquals(
                "This office is not in this House or is not for lease.",
                fieldMessage(early, "officeId"));

        // An office closing before the term ends.
        Api.Reply closing =
                admin.post(
                        "api/houses/1/offices",
                        "{\"name\":{\"kk\":\""
                                + name
                                + " 2\",\"en\":\""
                                + name
                                + " 2\"},\"areaSquareMetres\":18.5,\"floor\":2,"
                                + "\"monthlyRentKzt\":200000,\"availableFrom\":\"2026-01-01\","
                                + "\"closedOn\":\""
                                + january.plusMonths(6)
                                + "\"}");
        long closingId = Leasing.idOf(closing);
        Api.Reply past = rep.post("api/leases", Leasing.application(ngo, 1, closingId, 1, true));
        assertEquals(422, past.status(), past.body());
        assertEquals(
                "It closes on " + january.plusMonths(6) + ", before the end of this lease term.",
                fieldMessage(past, "officeId"));
        assertEquals(before, rep.get("api/leases/mine").json().asJsonArray().size());
    }
}
