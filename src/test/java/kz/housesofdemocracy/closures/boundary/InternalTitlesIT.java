package kz.housesofdemocracy.closures.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Slots;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * #19, finding 6: the title of an internal event that holds a room is read nowhere outside the
 * House's staff (the blackouts list, the availability answer, the week, the public calendar page,
 * the room's feed, a refused booking's reason), which say only "closed"; the House's manager still
 * reads it, and a public event's title stays public.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InternalTitlesIT {

    @ArquillianResource private URL base;

    @Test
    void anInternalEventsTitleReadsAsClosedOutsideTheHousesStaff() {
        long hidden = Slots.freshRoom(base, false, 10);
        long shown = Slots.freshRoom(base, false, 10);
        LocalDate day = Slots.workingDay(base, 41);
        String secret = "Internal strategy " + System.nanoTime();
        String open = "Open forum " + System.nanoTime();
        Api organiser = Api.withToken(base, Demo.APPROVER_ASTANA.email(), Demo.password());
        created(organiser.post("api/events", houseEvent(day, secret, false, hidden)));
        created(organiser.post("api/events", houseEvent(day, open, true, shown)));

        String closed = Bundle.text("ru", "closures.internal");
        Map<String, Api> outsiders =
                Map.of(
                        "a visitor", Api.anonymous(base).language("ru"),
                        "an NGO representative",
                                Api.signedIn(base, Demo.NGO.email(), Demo.password())
                                        .language("ru"),
                        "another House's manager",
                                Api.signedIn(base, Demo.MANAGER_ALMATY.email(), Demo.password())
                                        .language("ru"));
        outsiders.forEach(
                (who, outsider) -> {
                    for (String surface : surfaces(day, hidden)) {
                        Api.Reply read = outsider.get(surface);
                        assertEquals(200, read.status(), who + " " + surface + ": " + read.body());
                        assertFalse(
                                read.body().contains(secret),
                                who + " reads the internal title in " + surface);
                    }
                    JsonObject hold = blackoutOf(outsider, hidden);
                    assertEquals(closed, hold.getString("reason"), who);
                    assertEquals(
                            Bundle.text("kk", "closures.internal"),
                            hold.getJsonObject("note").getString("kk"),
                            who);
                    assertTrue(blackoutOf(outsider, shown).getString("reason").contains(open));
                    assertEquals("BLACKOUT", cellAtTen(outsider, day, hidden).getString("state"));
                    JsonObject cell = cellAtTen(outsider, day, hidden);
                    assertTrue(!cell.containsKey("note") || cell.isNull("note"), who + ": " + cell);
                    String page = outsider.get(calendarPage(day)).body();
                    assertTrue(
                            page.contains(Bundle.text("ru", "calendar.state.BLACKOUT")),
                            who + ": the calendar says closed");
                    assertTrue(page.contains(open), who + ": a public event's title stays public");
                });

        // A booking in the way is refused with a reason that names no internal event.
        Api ngoApi = Api.withToken(base, Demo.NGO.email(), Demo.password()).language("ru");
        Api.Reply refused =
                ngoApi.post(
                        "api/bookings",
                        Slots.request(Slots.astanaNgo(ngoApi), hidden, day, "10:00", "11:00", 5));
        assertEquals(422, refused.status(), refused.body());
        assertFalse(refused.body().contains(secret), refused.body());
        assertTrue(
                refused.body().contains(Bundle.text("ru", "closures.internal.reason")),
                refused.body());

        Api manager =
                Api.signedIn(base, Demo.MANAGER_ASTANA.email(), Demo.password()).language("ru");
        assertTrue(blackoutOf(manager, hidden).getString("reason").contains(secret));
        assertEquals(
                secret,
                cellAtTen(manager, day, hidden).getJsonObject("note").getString("ru"),
                "the House's manager reads the title in the availability answer");
        assertTrue(
                manager.get(calendarPage(day)).body().contains(secret),
                "the House's manager reads the title on the calendar");
        Api approver = Api.withToken(base, Demo.APPROVER_ASTANA.email(), Demo.password());
        assertTrue(blackoutOf(approver, hidden).getString("reason").contains(secret));
    }

    private static List<String> surfaces(LocalDate day, long room) {
        return List.of(
                "api/houses/1/blackouts",
                "api/houses/1/availability?date=" + day,
                "api/houses/1/week?date=" + day,
                calendarPage(day),
                "public/calendar.xhtml?house=1&view=week&date=" + day,
                "api/rooms/" + room + "/feed.ics");
    }

    private static String calendarPage(LocalDate day) {
        return "public/calendar.xhtml?house=1&date=" + day; // the language: Accept-Language
    }

    private static JsonObject blackoutOf(Api reader, long room) {
        return reader.get("api/houses/1/blackouts").json().asJsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(b -> !b.isNull("roomId") && b.getJsonNumber("roomId").longValue() == room)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no hold of room " + room));
    }

    private static JsonObject cellAtTen(Api reader, LocalDate day, long room) {
        JsonObject dayGrid = reader.get("api/houses/1/availability?date=" + day).object();
        JsonObject row =
                dayGrid.getJsonArray("rooms").stream()
                        .map(v -> v.asJsonObject())
                        .filter(r -> r.getJsonNumber("roomId").longValue() == room)
                        .findFirst()
                        .orElseThrow();
        return row.getJsonArray("cells").stream()
                .map(v -> v.asJsonObject())
                .filter(c -> c.getString("start").startsWith("10:00"))
                .findFirst()
                .orElseThrow();
    }

    private static String houseEvent(LocalDate day, String title, boolean isPublic, long room) {
        return Json.createObjectBuilder()
                .add("scope", "HOUSE")
                .add("houseId", 1)
                .add(
                        "title",
                        Json.createObjectBuilder()
                                .add("kk", title)
                                .add("ru", title)
                                .add("en", title))
                .add("date", day.toString())
                .add("start", "10:00")
                .add("end", "12:00")
                .add("publicEvent", isPublic)
                .add("roomIds", Json.createArrayBuilder().add(room))
                .build()
                .toString();
    }

    private static void created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
    }
}
