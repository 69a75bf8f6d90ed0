package kz.housesofdemocracy.bookings.boundary;

import static kz.housesofdemocracy.testing.Slots.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Mailbox;
import kz.housesofdemocracy.testing.Slots;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Calendar feeds read back by a real iCalendar parser (ical4j), the personal feed's secret address
 * renewed and revoked, a waitlist offer by e-mail, the rooms' QR codes read back by a real decoder,
 * and check-in refused outside its window.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedsApiIT {

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
    void aRoomsFeedShowsBusyTimesWithoutNamesAndParses() throws Exception {
        long room = Slots.freshRoom(base, false, 10);
        LocalDate day = Slots.workingDay(base, 8);
        long id = created(ngo.post("api/bookings", request(ngoId, room, day, "10:00", "11:30", 5)));
        Api.Reply feed = Api.anonymous(base).get("api/rooms/" + room + "/feed.ics?lang=en");
        assertEquals(200, feed.status());
        assertTrue(
                feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        Calendar calendar = strict(feed.body());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        VEvent event = events.get(0);
        assertEquals("Busy", event.getSummary().getValue());
        assertEquals(
                "busy-" + id + "@houses-of-democracy.kz",
                event.getProperty("UID").get().getValue());
        assertEquals(
                day.toString().replace("-", "") + "T050000Z",
                event.getProperty("DTSTART").get().getValue());
        assertEquals("OPAQUE", value(event, "TRANSP"), "a booking blocks time");
        assertFalse(feed.body().contains("Youth"), "no NGO names in a public feed");
        assertEquals(
                "-//Houses of Democracy//Bookings 1.0//EN",
                calendar.getProperty("PRODID").get().getValue());
        String house =
                Api.anonymous(base)
                        .get("api/houses/1")
                        .object()
                        .getJsonObject("name")
                        .getString("en");
        String name = Slots.roomName(base, room) + " — " + house;
        assertEquals(name, calendar.getProperty("NAME").get().getValue());
        assertEquals(name, calendar.getProperty("X-WR-CALNAME").get().getValue());
        assertTrue(feed.body().contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n"), feed.body());
        assertTrue(feed.body().contains("X-PUBLISHED-TTL:PT1H\r\n"), feed.body());
        Calendar russian =
                strict(Api.anonymous(base).get("api/rooms/" + room + "/feed.ics?lang=ru").body());
        assertEquals(
                "-//Houses of Democracy//Bookings 1.0//RU",
                russian.getProperty("PRODID").get().getValue());
        assertEquals(
                "Занято", russian.<VEvent>getComponents("VEVENT").get(0).getSummary().getValue());
        assertEquals(404, Api.anonymous(base).get("api/rooms/987654321/feed.ics").status());
    }

    @Test
    void aPersonalFeedLivesAtASecretAddressThatCanBeRenewedAndRevoked() throws Exception {
        long room = Slots.freshRoom(base, false, 10);
        LocalDate day = Slots.workingDay(base, 9);
        long id = created(ngo.post("api/bookings", request(ngoId, room, day, "12:00", "13:00", 5)));
        Api.Reply made = ngo.post("api/me/feed", "{}");
        assertEquals(201, made.status(), made.body());
        String url = made.object().getString("url");
        String path = URI.create(url).getPath().replaceFirst("^" + base.getPath(), "");
        Api.Reply feed = Api.anonymous(base).get(path);
        assertEquals(200, feed.status(), path);
        Calendar calendar = strict(feed.body());
        List<VEvent> events = calendar.getComponents("VEVENT");
        VEvent mine =
                events.stream()
                        .filter(
                                e ->
                                        e.getProperty("UID")
                                                .get()
                                                .getValue()
                                                .equals(
                                                        "booking-"
                                                                + id
                                                                + "@houses-of-democracy.kz"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("CONFIRMED", mine.getStatus().getValue());
        assertEquals(
                "-//Houses of Democracy//Bookings 1.0//RU",
                calendar.getProperty("PRODID").get().getValue(),
                "the person's language");
        assertTrue(
                mine.getSummary().getValue().contains("«Жастар бастамасы»"),
                mine.getSummary().getValue());

        // Cancelled bookings stay in the feed as cancelled, so calendars drop them.
        ngo.post("api/bookings/" + id + "/cancellation", "{}");
        Calendar after = strict(Api.anonymous(base).get(path).body());
        VEvent cancelled =
                after.<VEvent>getComponents("VEVENT").stream()
                        .filter(
                                e ->
                                        e.getProperty("UID")
                                                .get()
                                                .getValue()
                                                .equals(
                                                        "booking-"
                                                                + id
                                                                + "@houses-of-democracy.kz"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("CANCELLED", cancelled.getStatus().getValue());

        // Renewing stops the old address; revoking stops every address.
        String renewed = ngo.post("api/me/feed", "{}").object().getString("url");
        String renewedPath = URI.create(renewed).getPath().replaceFirst("^" + base.getPath(), "");
        assertEquals(404, Api.anonymous(base).get(path).status());
        assertEquals(200, Api.anonymous(base).get(renewedPath).status());
        assertEquals(204, ngo.send("DELETE", "api/me/feed", null).status());
        assertEquals(404, Api.anonymous(base).get(renewedPath).status());
        assertEquals(401, Api.anonymous(base).post("api/me/feed", "{}").status());
    }

    @Test
    void theFirstInLineIsToldByMailWhenASlotFrees() {
        long room = Slots.freshRoom(base, false, 10);
        LocalDate day = Slots.workingDay(base, 11);
        String roomName = Slots.roomName(base, room);
        long held =
                created(ngo.post("api/bookings", request(ngoId, room, day, "10:00", "12:00", 5)));
        long almaty = Slots.almatyNgo(ngo);
        Api.Reply joined =
                ngo.post("api/waitlist", request(almaty, room, day, "10:00", "12:00", 5));
        assertEquals(201, joined.status(), joined.body());
        JsonObject entry = joined.object();
        assertEquals(1, entry.getInt("place"));
        assertEquals("WAITING", entry.getString("status"));
        assertEquals(
                409,
                ngo.post("api/waitlist", request(almaty, room, day, "10:00", "12:00", 5)).status());
        assertEquals(
                "urn:houses-of-democracy:problem:slot-free",
                ngo.post("api/waitlist", request(almaty, room, day, "14:00", "15:00", 5))
                        .object()
                        .getString("type"));

        ngo.post("api/bookings/" + held + "/cancellation", "{}");
        Mailbox.Mail offer = Mailbox.await(Demo.NGO.email(), "Время освободилось: " + roomName);
        assertTrue(offer.body().contains(day.toString()), offer.body());
        JsonObject offered =
                ngo
                        .get("api/waitlist/mine")
                        .json()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(
                                e ->
                                        e.getJsonNumber("id").longValue()
                                                == entry.getJsonNumber("id").longValue())
                        .findFirst()
                        .orElseThrow();
        assertEquals("OFFERED", offered.getString("status"));
        Api.Reply taken =
                ngo.post(
                        "api/waitlist/" + entry.getJsonNumber("id").longValue() + "/acceptance",
                        "{}");
        assertEquals(201, taken.status(), taken.body());
        assertEquals(almaty, taken.object().getJsonNumber("ngoId").longValue());
        // Someone else's entry is not found.
        assertEquals(
                404,
                Api.withToken(base, Demo.MANAGER_ASTANA.email(), Demo.password())
                        .send(
                                "DELETE",
                                "api/waitlist/" + entry.getJsonNumber("id").longValue(),
                                null)
                        .status());
    }

    @Test
    void aRoomsQrCodeOpensItsCheckInPageAndCheckInHasAWindow() throws Exception {
        long room = Slots.freshRoom(base, false, 10);
        var png = Api.anonymous(base).bytes("api/rooms/" + room + "/qr.png");
        assertEquals(200, png.statusCode());
        var image = ImageIO.read(new ByteArrayInputStream(png.body()));
        String text =
                new QRCodeReader()
                        .decode(
                                new BinaryBitmap(
                                        new HybridBinarizer(
                                                new BufferedImageLuminanceSource(image))))
                        .getText();
        assertTrue(text.endsWith("/ngo/checkin.xhtml?room=" + room), text);

        LocalDate day = Slots.workingDay(base, 12);
        long id = created(ngo.post("api/bookings", request(ngoId, room, day, "10:00", "11:00", 5)));
        Api manager = Api.withToken(base, Demo.MANAGER_ASTANA.email(), Demo.password());
        Api.Reply early = manager.post("api/bookings/" + id + "/check-in", "{}");
        assertEquals(409, early.status());
        assertEquals(
                "urn:houses-of-democracy:problem:outside-window", early.object().getString("type"));
        String code =
                manager.get("api/houses/1/presence-codes").json().asJsonArray().stream()
                        .map(c -> c.asJsonObject())
                        .filter(c -> c.getJsonNumber("roomId").longValue() == room)
                        .findFirst()
                        .orElseThrow()
                        .getString("code");
        assertEquals(
                409,
                ngo.post("api/rooms/" + room + "/check-in", "{\"code\":\"" + code + "\"}").status(),
                "nothing on now");
        assertEquals(
                403,
                Api.withToken(base, Demo.MANAGER_ALMATY.email(), Demo.password())
                        .post("api/bookings/" + id + "/check-in", "{}")
                        .status(),
                "another House's manager");
    }

    @Test
    void holidaysAndObservancesAreAllDayAndDoNotBlockTime() throws Exception {
        // International Women's Day 2027 (a public holiday), a national observance from the
        // migrations.
        Api.Reply feed = Api.anonymous(base).get("api/events/feed.ics?lang=ru");
        assertEquals(200, feed.status(), feed.body());
        Calendar calendar = strict(feed.body());
        assertEquals(
                "-//Houses of Democracy//Bookings 1.0//RU",
                calendar.getProperty("PRODID").get().getValue());
        assertEquals("Мероприятия Домов демократии", calendar.getProperty("NAME").get().getValue());
        VEvent holiday =
                calendar.<VEvent>getComponents("VEVENT").stream()
                        .filter(e -> value(e, "UID").equals("event-6@houses-of-democracy.kz"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("Международный женский день", holiday.getSummary().getValue());
        assertTrue(
                feed.body()
                        .contains("DTSTART;VALUE=DATE:20270308\r\nDTEND;VALUE=DATE:20270309\r\n"),
                feed.body());
        assertEquals("20270308", value(holiday, "DTSTART"));
        assertEquals("TRANSPARENT", value(holiday, "TRANSP"));
    }

    @Test
    void aFeedThatHasNotChangedAnswers304AndAChangeANewETag() throws Exception {
        long room = Slots.freshRoom(base, false, 10);
        LocalDate day = Slots.workingDay(base, 10);
        created(ngo.post("api/bookings", request(ngoId, room, day, "10:00", "11:00", 5)));
        String path = "api/rooms/" + room + "/feed.ics?lang=kk";
        Api.Reply first = Api.anonymous(base).get(path);
        assertEquals(200, first.status());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.matches("\"[A-Za-z0-9_-]{43}\""), "a strong tag: " + etag);
        assertEquals(
                "private, max-age=300", first.headers().firstValue("Cache-Control").orElseThrow());

        Api.Reply again = Api.anonymous(base).send("GET", path, null, "If-None-Match", etag);
        assertEquals(304, again.status());
        assertEquals("", again.body(), "no body");
        assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
        assertEquals(
                200,
                Api.anonymous(base)
                        .send("GET", path, null, "If-None-Match", "\"something-else\"")
                        .status());

        created(ngo.post("api/bookings", request(ngoId, room, day, "14:00", "15:00", 5)));
        Api.Reply changed = Api.anonymous(base).send("GET", path, null, "If-None-Match", etag);
        assertEquals(200, changed.status());
        String newTag = changed.headers().firstValue("ETag").orElseThrow();
        assertFalse(newTag.equals(etag), "a new ETag after a change");
        assertEquals(2, strict(changed.body()).getComponents("VEVENT").size());
    }

    /** Parsed by ical4j and checked by its validator: no errors. */
    private static Calendar strict(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult result = calendar.validate();
        assertFalse(result.hasErrors(), result + "\n" + ics);
        return calendar;
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).orElseThrow(() -> new AssertionError(name)).getValue();
    }

    private static long created(Api.Reply reply) {
        if (reply.status() != 201) {
            throw new AssertionError(reply.status() + " " + reply.body());
        }
        String location = reply.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
