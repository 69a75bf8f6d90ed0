package kz.housesofdemocracy.bookings.boundary;

import static kz.housesofdemocracy.testing.Slots.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Slots;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Recurring series through REST: a preview across a holiday and a taken slot, "all" refused and
 * "only the free ones" saved, moves and cancellations by scope, and the quotas at their limits.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SeriesApiIT {

    @ArquillianResource private URL base;

    private Api ngo;
    private Api admin;
    private long ngoId;

    @BeforeEach
    void signIn() {
        ngo = Api.withToken(base, Demo.NGO.email(), Demo.password()).language("en");
        admin = Api.withToken(base, Demo.ADMIN.email(), Demo.password());
        ngoId = Slots.astanaNgo(ngo);
    }

    @Test
    void previewSaveOnlyTheFreeOnesThenMoveAndCancelByScope() {
        long room = Slots.freshRoom(base, false, 10);
        LocalDate first = openWeeks(1, 5, 12);
        ngo.post("api/bookings", request(ngoId, room, first.plusWeeks(1), "10:00", "11:00", 5));
        long holiday =
                created(
                        admin.post(
                                "api/holidays",
                                "{\"date\":\""
                                        + first.plusWeeks(2)
                                        + "\",\"kk\":\"Сынақ күні\",\"ru\":\"Тестовый день\",\"en\":\"Test holiday\",\"transferable\":false}"));
        try {
            String series = series(room, first, "10:00", "11:00", 5, 5);
            JsonObject preview = ngo.post("api/series/preview", series).object();
            List<JsonObject> occurrences =
                    preview.getJsonArray("occurrences").getValuesAs(JsonObject.class);
            assertEquals(
                    List.of("FREE", "TAKEN", "BROKEN", "FREE", "FREE"),
                    occurrences.stream().map(o -> o.getString("state")).toList());
            assertEquals(3, preview.getInt("free"));
            assertTrue(
                    occurrences.get(1).getString("problem").contains("10:00"),
                    occurrences.get(1).toString());
            assertTrue(
                    occurrences.get(2).getString("problem").contains("Test holiday"),
                    occurrences.get(2).toString());

            // "All" is refused while any is not free, and nothing is saved.
            Api.Reply all = ngo.post("api/series", series);
            assertEquals(409, all.status(), all.body());
            assertEquals(
                    "urn:houses-of-democracy:problem:series-not-all-free",
                    all.object().getString("type"));
            assertEquals(1, countIn(ngo.get("api/bookings/mine").body(), "\"roomId\":" + room));

            Api.Reply saved = ngo.post("api/series?onlyFree=true", series);
            assertEquals(201, saved.status(), saved.body());
            assertEquals(3, saved.object().getJsonArray("booked").size());
            assertEquals(2, saved.object().getJsonArray("skipped").size());
            long seriesId = saved.object().getJsonNumber("seriesId").longValue();
            List<JsonObject> booked = occurrences(seriesId);
            assertEquals(
                    List.of(first, first.plusWeeks(3), first.plusWeeks(4)),
                    booked.stream().map(b -> LocalDate.parse(b.getString("date"))).toList());
            // Asia/Almaty keeps one offset all year: every occurrence is at the same UTC time.
            assertEquals(
                    1,
                    booked.stream()
                            .map(
                                    b ->
                                            Instant.parse(b.getString("startsAt"))
                                                    .atOffset(ZoneOffset.UTC)
                                                    .toLocalTime())
                            .distinct()
                            .count());

            // This and the following: the 2nd and 3rd move, the 1st stays.
            long second = booked.get(1).getJsonNumber("id").longValue();
            Api.Reply moved =
                    ngo.post(
                            "api/bookings/" + second + "/change",
                            change("FOLLOWING", "14:00", "15:30"));
            assertEquals(200, moved.status(), moved.body());
            assertEquals(
                    List.of("10:00:00", "14:00:00", "14:00:00"),
                    occurrences(seriesId).stream().map(b -> b.getString("start")).toList());
            // Only this one.
            long firstId = booked.get(0).getJsonNumber("id").longValue();
            ngo.post("api/bookings/" + firstId + "/change", change("ONE", "16:00", "17:00"));
            assertEquals(
                    List.of("16:00:00", "14:00:00", "14:00:00"),
                    occurrences(seriesId).stream().map(b -> b.getString("start")).toList());
            // A move that breaks a rule for any of them changes none, and names the day.
            Api.Reply late =
                    ngo.post(
                            "api/bookings/" + firstId + "/change", change("ALL", "19:00", "21:00"));
            assertEquals(422, late.status(), late.body());
            assertTrue(late.object().getString("detail").startsWith(first.toString()), late.body());
            assertEquals(
                    List.of("16:00:00", "14:00:00", "14:00:00"),
                    occurrences(seriesId).stream().map(b -> b.getString("start")).toList());
            // An unknown scope is a 422 naming the field.
            assertEquals(
                    "scope",
                    ngo.post(
                                    "api/bookings/" + firstId + "/change",
                                    change("SOME", "10:00", "11:00"))
                            .object()
                            .getJsonArray("errors")
                            .getJsonObject(0)
                            .getString("field"));

            Api.Reply cancelled =
                    ngo.post(
                            "api/bookings/" + second + "/series-cancellation",
                            "{\"scope\":\"ALL\",\"reason\":\"The course ended early\"}");
            assertEquals(200, cancelled.status(), cancelled.body());
            assertEquals(
                    List.of("CANCELLED", "CANCELLED", "CANCELLED"),
                    occurrences(seriesId).stream().map(b -> b.getString("status")).toList());
        } finally {
            admin.send("DELETE", "api/holidays/" + holiday, null);
        }
    }

    @Test
    void aHallSeriesIsApprovedAsAWhole() {
        long hall = Slots.freshRoom(base, true, 60);
        LocalDate first = openWeeks(1, 3, 20);
        Api.Reply saved = ngo.post("api/series", series(hall, first, "10:00", "12:00", 40, 3));
        assertEquals(201, saved.status(), saved.body());
        long seriesId = saved.object().getJsonNumber("seriesId").longValue();
        assertEquals(
                List.of("PENDING", "PENDING", "PENDING"),
                occurrences(seriesId).stream().map(b -> b.getString("status")).toList());
        Api manager = Api.withToken(base, Demo.MANAGER_ASTANA.email(), Demo.password());
        assertEquals(
                403,
                Api.withToken(base, Demo.MANAGER_ALMATY.email(), Demo.password())
                        .post("api/series/" + seriesId + "/approval", "{}")
                        .status());
        assertEquals(200, manager.post("api/series/" + seriesId + "/approval", "{}").status());
        assertEquals(
                List.of("CONFIRMED", "CONFIRMED", "CONFIRMED"),
                occurrences(seriesId).stream().map(b -> b.getString("status")).toList());
        assertEquals(409, manager.post("api/series/" + seriesId + "/approval", "{}").status());
    }

    @Test
    void quotasHoldAtTheirLimitsAndCountASeriesAsAWhole() {
        long house = newHouse();
        long room = room(house);
        LocalDate[] days = sameMonthOpenDays(house, 4);
        assertEquals(
                200,
                admin.put(
                                "api/houses/" + house + "/quotas",
                                "{\"hoursPerMonth\":3,\"futureBookings\":10}")
                        .status());
        JsonObject usage =
                ngo.get("api/bookings/usage?ngoId=" + ngoId + "&houseId=" + house).object();
        assertEquals(3, usage.getInt("hoursLimit"));
        assertEquals(0, usage.getInt("futureBookings"));

        assertEquals(
                201,
                ngo.post("api/bookings", request(ngoId, room, days[0], "10:00", "12:00", 5))
                        .status());
        assertEquals(
                201,
                ngo.post("api/bookings", request(ngoId, room, days[1], "10:00", "11:00", 5))
                        .status(),
                "exactly at the limit");
        Api.Reply over =
                ngo.post("api/bookings", request(ngoId, room, days[2], "10:00", "10:30", 5));
        assertEquals(422, over.status(), over.body());
        assertEquals(
                "The NGO’s limit at this House is 3 hours a month; 3 hours are already used that month.",
                over.object().getString("detail"));

        assertEquals(
                200,
                admin.put(
                                "api/houses/" + house + "/quotas",
                                "{\"hoursPerMonth\":100,\"futureBookings\":3}")
                        .status());
        assertEquals(
                201,
                ngo.post("api/bookings", request(ngoId, room, days[2], "10:00", "11:00", 5))
                        .status(),
                "the third of three");
        Api.Reply fourth =
                ngo.post("api/bookings", request(ngoId, room, days[3], "10:00", "11:00", 5));
        assertEquals(422, fourth.status());
        assertEquals(
                "The NGO may hold at most 3 future bookings at this House at once.",
                fourth.object().getString("detail"));

        // A series is counted as a whole: with room for one more, the rest of it breaks the quota.
        assertEquals(
                200,
                admin.put(
                                "api/houses/" + house + "/quotas",
                                "{\"hoursPerMonth\":100,\"futureBookings\":4}")
                        .status());
        JsonObject preview =
                ngo.post("api/series/preview", series(room, days[3], "15:00", "16:00", 5, 3))
                        .object();
        List<JsonObject> occurrences =
                preview.getJsonArray("occurrences").getValuesAs(JsonObject.class);
        assertEquals("FREE", occurrences.get(0).getString("state"));
        assertEquals("BROKEN", occurrences.get(1).getString("state"));
        assertEquals(
                "The NGO may hold at most 4 future bookings at this House at once.",
                occurrences.get(1).getString("problem"));

        // Bad quotas are refused and change nothing.
        assertEquals(
                422,
                admin.put(
                                "api/houses/" + house + "/quotas",
                                "{\"hoursPerMonth\":0,\"futureBookings\":4}")
                        .status());
        assertEquals(
                4,
                Api.anonymous(base)
                        .get("api/houses/" + house)
                        .object()
                        .getInt("quotaFutureBookings"));
    }

    // --- helpers

    private String series(
            long room, LocalDate first, String start, String end, int attendees, int count) {
        return Json.createObjectBuilder()
                .add("ngoId", ngoId)
                .add("roomId", room)
                .add("start", start)
                .add("end", end)
                .add("purpose", "Weekly course")
                .add("attendees", attendees)
                .add("kind", "WEEKLY")
                .add("weekdays", Json.createArrayBuilder().add(first.getDayOfWeek().name()))
                .add("first", first.toString())
                .add("count", count)
                .build()
                .toString();
    }

    private static String change(String scope, String start, String end) {
        return "{\"scope\":\""
                + scope
                + "\",\"start\":\""
                + start
                + "\",\"end\":\""
                + end
                + "\",\"purpose\":\"Weekly course\",\"attendees\":5}";
    }

    private List<JsonObject> occurrences(long seriesId) {
        return ngo.get("api/series/" + seriesId).json().asJsonArray().getValuesAs(JsonObject.class);
    }

    private LocalDate openWeeks(long house, int weeks, int after) {
        return Slots.openWeeks(base, house, weeks, after);
    }

    private boolean isOpen(long house, LocalDate day) {
        return Slots.isOpen(base, house, day);
    }

    private LocalDate[] sameMonthOpenDays(long house, int count) {
        LocalDate month = LocalDate.now().plusMonths(1).withDayOfMonth(1);
        LocalDate[] days = new LocalDate[count];
        int found = 0;
        for (LocalDate d = month; found < count; d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5 && isOpen(house, d)) {
                days[found++] = d;
            }
        }
        assertEquals(month.getMonth(), days[count - 1].getMonth());
        return days;
    }

    private long newHouse() {
        String body =
                Json.createObjectBuilder()
                        .add("regionCode", "KZ-71")
                        .add(
                                "name",
                                Json.createObjectBuilder()
                                        .add("en", "Quota House " + System.nanoTime()))
                        .add("address", Json.createObjectBuilder().add("en", "Astana"))
                        .add("timeZone", "Asia/Almaty")
                        .add("openingHours", week())
                        .build()
                        .toString();
        return created(admin.post("api/houses", body));
    }

    private static jakarta.json.JsonArrayBuilder week() {
        var days = Json.createArrayBuilder();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            days.add(
                    Json.createObjectBuilder()
                            .add("day", day)
                            .add("open", true)
                            .add("opens", "09:00")
                            .add("closes", "20:00"));
        }
        return days;
    }

    private long room(long house) {
        return created(
                admin.post(
                        "api/houses/" + house + "/rooms",
                        "{\"kind\":\"MEETING_ROOM\",\"name\":{\"en\":\"Quota room\"},\"capacity\":10,\"hourlyRateKzt\":1000}"));
    }

    private static long created(Api.Reply reply) {
        if (reply.status() != 201) {
            throw new AssertionError(reply.status() + " " + reply.body());
        }
        String location = reply.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static int countIn(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
