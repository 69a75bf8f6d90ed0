package kz.housesofdemocracy.events.boundary;

import static kz.housesofdemocracy.testing.Slots.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Mailbox;
import kz.housesofdemocracy.testing.Slots;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Events through the REST twin: a hold that displaces a booking (notice in the NGO's language,
 * alternatives offered and one taken, the held room refused to new bookings), who may organise
 * where, registration (proven by the mailed link) up to capacity then a waitlist (also under a race
 * of confirmations for the last seats), cancelling by the mailed link promotes the first waiting,
 * and feeds parsed back by ical4j.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventsApiIT {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    @ArquillianResource private URL base;

    private Api admin;
    private Api ngo;

    @BeforeEach
    void signIn() {
        Mailbox.start();
        admin = Api.withToken(base, Demo.ADMIN.email(), Demo.password());
        ngo = Api.withToken(base, Demo.NGO.email(), Demo.password());
    }

    @Test
    void aHoldDisplacesABookingWithNoticeAndAlternativesOneOfWhichIsTaken() {
        long room = Slots.freshRoom(base, false, 10);
        LocalDate day = Slots.workingDay(base, 20);
        long ngoId = Slots.astanaNgo(ngo);
        long booking =
                created(ngo.post("api/bookings", request(ngoId, room, day, "10:00", "11:00", 5)));
        String form = houseEvent(1, day, "09:00", "13:00", "Форум НПО " + room, null, room);

        // The organiser sees what would be displaced before anything happens.
        Api approver = Api.withToken(base, Demo.APPROVER_ASTANA.email(), Demo.password());
        Api.Reply preview = approver.post("api/events/preview", form);
        assertEquals(200, preview.status(), preview.body());
        assertEquals(1, preview.json().asJsonArray().size());
        assertEquals(
                booking,
                preview.json().asJsonArray().getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals("CONFIRMED", bookingStatus(booking), "a preview changes nothing");

        // Another region's approver may not hold rooms here; nothing changes.
        Api almaty = Api.withToken(base, Demo.APPROVER_ALMATY.email(), Demo.password());
        assertEquals(403, almaty.post("api/events", form).status());
        assertEquals("CONFIRMED", bookingStatus(booking));

        Api.Reply made = approver.post("api/events", form);
        assertEquals(201, made.status(), made.body());
        assertEquals(1, made.object().getInt("displaced"));
        long event = made.object().getJsonObject("event").getJsonNumber("id").longValue();
        assertEquals(
                List.of(room),
                made.object().getJsonObject("event").getJsonArray("heldRoomIds").stream()
                        .map(v -> ((jakarta.json.JsonNumber) v).longValue())
                        .toList());

        // The booking is cancelled by the system, with the event as its reason.
        JsonObject cancelled = ngo.get("api/bookings/" + booking).object();
        assertEquals("CANCELLED", cancelled.getString("status"));
        assertTrue(cancelled.getString("cancelReason").contains("Форум НПО " + room));

        // The NGO's representative is told in Russian, with the alternatives.
        Mailbox.Mail notice =
                Mailbox.await(
                        Demo.NGO.email(),
                        "Бронирование отменено из-за мероприятия: " + Slots.roomName(base, room));
        assertTrue(notice.body().contains("«Форум НПО " + room + "»"), notice.body());
        assertTrue(notice.body().contains("Вместо него предлагаем"), notice.body());
        assertTrue(notice.body().contains("[attachment booking.ics text/calendar"), notice.body());

        List<JsonObject> offered =
                ngo
                        .get("api/alternatives")
                        .json()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(a -> a.getJsonNumber("displacedBookingId").longValue() == booking)
                        .toList();
        assertEquals(3, offered.size(), offered.toString());
        for (JsonObject a : offered) {
            assertTrue(
                    a.getJsonNumber("roomId").longValue() != room, "never in the held room: " + a);
            assertTrue(notice.body().contains(a.getString("start").substring(0, 5)), notice.body());
        }

        // One click takes an alternative: an ordinary booking.
        long alternative = offered.get(0).getJsonNumber("id").longValue();
        Api.Reply taken = ngo.post("api/alternatives/" + alternative + "/acceptance", "{}");
        assertEquals(201, taken.status(), taken.body());
        long newBooking = taken.object().getJsonNumber("id").longValue();
        JsonObject fresh = ngo.get("api/bookings/" + newBooking).object();
        assertEquals("CONFIRMED", fresh.getString("status"));
        assertEquals(
                offered.get(0).getJsonNumber("roomId").longValue(),
                fresh.getJsonNumber("roomId").longValue());
        Api.Reply again = ngo.post("api/alternatives/" + alternative + "/acceptance", "{}");
        assertEquals(409, again.status());
        assertEquals(
                "This alternative has already been taken.", again.object().getString("detail"));
        assertEquals(
                404,
                Api.withToken(base, Demo.MANAGER_ASTANA.email(), Demo.password())
                        .post(
                                "api/alternatives/"
                                        + offered.get(1).getJsonNumber("id")
                                        + "/acceptance",
                                "{}")
                        .status(),
                "someone else's alternative");

        // The held room refuses new bookings during the event, naming it.
        Api.Reply refused =
                ngo.post("api/bookings", request(ngoId, room, day, "11:00", "12:00", 5));
        assertEquals(422, refused.status());
        assertTrue(
                refused.object().getString("detail").contains("Форум НПО " + room), refused.body());

        // Cancelling the event releases the room.
        assertTrue(
                approver.post("api/events/" + event + "/cancellation", "{}")
                        .object()
                        .getBoolean("cancelled"));
        assertEquals(
                201,
                ngo.post("api/bookings", request(ngoId, room, day, "11:00", "12:00", 5)).status());
    }

    @Test
    void badEventsAreRefusedWithAMessageAndNothingIsSaved() {
        int before =
                admin.get("api/events?from=2027-04-01&to=2027-04-30&house=1")
                        .json()
                        .asJsonArray()
                        .size();
        Api.Reply past =
                admin.post(
                        "api/events",
                        houseEvent(1, LocalDate.of(2020, 4, 6), "10:00", "12:00", "Past", null));
        assertEquals(422, past.status());
        assertTrue(past.body().contains("The event must be in the future."), past.body());
        Api.Reply order =
                admin.post(
                        "api/events",
                        houseEvent(
                                1, LocalDate.of(2027, 4, 6), "12:00", "10:00", "Backwards", null));
        assertEquals(422, order.status());
        assertTrue(order.body().contains("The end must be after the start."), order.body());
        Api.Reply foreignRoom =
                admin.post(
                        "api/events",
                        houseEvent(
                                2,
                                LocalDate.of(2027, 4, 6),
                                "10:00",
                                "12:00",
                                "Wrong room",
                                null,
                                1L));
        assertEquals(422, foreignRoom.status());
        assertTrue(
                foreignRoom.body().contains("not in the event’s House or region"),
                foreignRoom.body());
        Api.Reply noTitle =
                admin.post(
                        "api/events",
                        "{\"scope\":\"NATIONAL\",\"date\":\"2027-04-06\",\"start\":\"10:00\",\"end\":\"12:00\"}");
        assertEquals(422, noTitle.status());
        assertEquals(
                403,
                ngo.post(
                                "api/events",
                                houseEvent(
                                        1, LocalDate.of(2027, 4, 6), "10:00", "12:00", "NGO", null))
                        .status());
        assertEquals(
                before,
                admin.get("api/events?from=2027-04-01&to=2027-04-30&house=1")
                        .json()
                        .asJsonArray()
                        .size());
        assertEquals(422, admin.get("api/events?from=2027-01-01&to=2029-01-01").status());
    }

    @Test
    void registrationFillsUpThenWaitsAndACancelledSeatGoesToTheFirstWaiting() {
        long event =
                createdEvent(
                        houseEvent(
                                1,
                                LocalDate.of(2027, 2, 10),
                                "10:00",
                                "12:00",
                                "Seminar on grants",
                                2));
        String stamp = Long.toString(System.nanoTime());
        String first = "first-" + stamp + "@example.kz";
        String second = "second-" + stamp + "@example.kz";
        String third = "third-" + stamp + "@example.kz";
        Api visitor = Api.anonymous(base);

        // Each address confirms by the link mailed to it; seats go in the order of confirming.
        assertEquals("CONFIRMED", registerAndConfirm(event, "Айгүл Сәрсенова", first, "ru"));
        assertEquals("CONFIRMED", registerAndConfirm(event, "Ержан", second, "kk"));
        assertEquals("WAITING", registerAndConfirm(event, "Third person", third, "en"));

        JsonObject seen = visitor.get("api/events/" + event).object();
        assertEquals(2, seen.getInt("confirmed"));
        assertEquals(1, seen.getInt("waiting"));
        assertEquals(2, seen.getInt("capacity"));

        // The same address twice: the same answer as any, nothing added (the owner is told).
        Registrant.requested(base, event, "Again", first.toUpperCase(), "en");
        Mailbox.await(first, "Вы уже зарегистрированы");
        Registrant.Reply bad = Registrant.register(base, event, "", "not-an-address", "en");
        assertEquals(422, bad.status());
        assertEquals(
                3, admin.get("api/events/" + event + "/registrations").json().asJsonArray().size());

        // Confirmation in the person's language, with a calendar file; the waiting one is told so.
        Mailbox.Mail confirmation = Mailbox.await(first, "Регистрация подтверждена");
        assertTrue(
                confirmation.body().contains("Seminar on grants")
                        || confirmation.body().contains("Семинар"),
                confirmation.body());
        assertTrue(
                confirmation.body().contains("[attachment event.ics text/calendar"),
                confirmation.body());
        Mailbox.await(third, "You are on the waitlist");

        // Cancelling by the mailed link frees the seat for the first waiting.
        Matcher token = TOKEN.matcher(confirmation.body());
        assertTrue(token.find(), confirmation.body());
        Api.Reply cancelled =
                visitor.post(
                        "api/registrations/cancellation", "{\"token\":\"" + token.group(1) + "\"}");
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("CANCELLED", cancelled.object().getString("status"));
        Mailbox.Mail promoted = Mailbox.await(third, "A seat is yours");
        assertTrue(promoted.body().contains("you are now registered"), promoted.body());
        JsonObject after = visitor.get("api/events/" + event).object();
        assertEquals(2, after.getInt("confirmed"));
        assertEquals(0, after.getInt("waiting"));
        Api.Reply twiceCancelled =
                visitor.post(
                        "api/registrations/cancellation", "{\"token\":\"" + token.group(1) + "\"}");
        assertEquals(409, twiceCancelled.status());
        assertEquals(
                404,
                visitor.post("api/registrations/cancellation", "{\"token\":\"forged\"}").status());
    }

    @Test
    void twentyPeopleRacingForThreeSeatsGetExactlyThree() throws Exception {
        long event =
                createdEvent(houseEvent(1, LocalDate.of(2027, 2, 11), "10:00", "12:00", "Race", 3));
        String stamp = Long.toString(System.nanoTime());
        List<String> links = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String email = "race-" + i + "-" + stamp + "@example.kz";
            Registrant.requested(base, event, "Racer", email, "en");
            links.add(
                    Registrant.confirmationPath(Mailbox.await(email, "Confirm your registration")));
        }
        assertEquals(
                0, Api.anonymous(base).get("api/events/" + event).object().getInt("confirmed"));
        // The race is for confirming: twenty links followed at once.
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (String link : links) {
                replies.add(pool.submit(() -> Registrant.follow(base, link, "en")));
            }
            int confirmed = 0;
            String seat = Bundle.text("en", "registration.addressConfirmed");
            for (Future<Api.Reply> reply : replies) {
                Api.Reply r = reply.get();
                assertEquals(200, r.status(), r.body());
                confirmed += r.body().contains(seat) ? 1 : 0;
            }
            assertEquals(3, confirmed);
        } finally {
            pool.shutdownNow();
        }
        JsonObject seen = Api.anonymous(base).get("api/events/" + event).object();
        assertEquals(3, seen.getInt("confirmed"));
        assertEquals(17, seen.getInt("waiting"));
        assertEquals(0, seen.getInt("unconfirmed"));
    }

    @Test
    void feedsCarryNationalEventsAndTheRegionsOwnAndParse() throws Exception {
        long astana =
                createdEvent(
                        "{\"scope\":\"REGIONAL\",\"regionCode\":\"KZ-71\",\"title\":{\"en\":\"Astana forum feed\"},\"date\":\"2027-03-03\",\"start\":\"10:00\",\"end\":\"17:00\"}");
        long almaty =
                createdEvent(
                        "{\"scope\":\"REGIONAL\",\"regionCode\":\"KZ-75\",\"title\":{\"en\":\"Almaty forum feed\",\"ru\":\"Алматинский форум\"},\"date\":\"2027-03-04\",\"start\":\"10:00\",\"end\":\"17:00\"}");
        long internal =
                createdEvent(
                        "{\"scope\":\"REGIONAL\",\"regionCode\":\"KZ-75\",\"publicEvent\":false,\"title\":{\"en\":\"Staff meeting\"},\"date\":\"2027-03-05\",\"start\":\"10:00\",\"end\":\"11:00\"}");

        Calendar region = calendar("api/events/feed.ics?region=KZ-75&lang=ru");
        List<String> uids = uids(region);
        assertTrue(uids.contains("event-" + almaty + "@houses-of-democracy.kz"), uids.toString());
        assertFalse(uids.contains("event-" + astana + "@houses-of-democracy.kz"), uids.toString());
        assertFalse(
                uids.contains("event-" + internal + "@houses-of-democracy.kz"),
                "internal events stay out");
        assertTrue(
                uids.contains("event-5@houses-of-democracy.kz"), "national observances: " + uids);
        assertTrue(
                region.<VEvent>getComponents("VEVENT").stream()
                        .anyMatch(e -> e.getSummary().getValue().equals("Алматинский форум")));

        // The national feed is the whole country's: every region's public events.
        List<String> national = uids(calendar("api/events/feed.ics?lang=en"));
        assertTrue(national.contains("event-5@houses-of-democracy.kz"));
        assertTrue(national.contains("event-" + almaty + "@houses-of-democracy.kz"));
        assertTrue(national.contains("event-" + astana + "@houses-of-democracy.kz"));
        List<String> house = uids(calendar("api/events/feed.ics?house=1&lang=kk"));
        assertTrue(
                house.contains("event-" + astana + "@houses-of-democracy.kz"),
                "a House's feed has its region's events");
        assertFalse(house.contains("event-" + almaty + "@houses-of-democracy.kz"));
        assertTrue(house.contains("event-5@houses-of-democracy.kz"), "and the national ones");
        assertEquals(404, Api.anonymous(base).get("api/events/feed.ics?house=987654321").status());

        // The internal event is seen by its organisers, not by the public.
        assertEquals(404, Api.anonymous(base).get("api/events/" + internal).status());
        assertEquals(200, admin.get("api/events/" + internal).status());
    }

    @Test
    void ngoDaysDateIsASettingOnlyTheAdministratorChanges() {
        assertEquals(403, ngo.put("api/settings/ngo-day", "{\"month\":2,\"day\":27}").status());
        Api.Reply wrong = admin.put("api/settings/ngo-day", "{\"month\":2,\"day\":30}");
        assertEquals(422, wrong.status());
        Api.Reply set = admin.put("api/settings/ngo-day", "{\"month\":10,\"day\":6}");
        assertEquals(200, set.status(), set.body());
        JsonObject read = Api.anonymous(base).get("api/settings/ngo-day").object();
        assertEquals(10, read.getInt("month"));
        assertEquals(6, read.getInt("day"));
    }

    // --- helpers

    private static String houseEvent(
            long house,
            LocalDate day,
            String start,
            String end,
            String title,
            Integer capacity,
            Long... rooms) {
        StringBuilder roomIds = new StringBuilder();
        for (Long room : rooms) {
            roomIds.append(roomIds.length() == 0 ? "" : ",").append(room);
        }
        return "{\"scope\":\"HOUSE\",\"houseId\":"
                + house
                + ",\"title\":{\"kk\":\""
                + title
                + "\",\"ru\":\""
                + title
                + "\",\"en\":\""
                + title
                + "\"},\"date\":\""
                + day
                + "\",\"start\":\""
                + start
                + "\",\"end\":\""
                + end
                + "\""
                + (capacity == null ? "" : ",\"capacity\":" + capacity)
                + ",\"roomIds\":["
                + roomIds
                + "]}";
    }

    private long createdEvent(String form) {
        Api.Reply made = admin.post("api/events", form);
        assertEquals(201, made.status(), made.body());
        return made.object().getJsonObject("event").getJsonNumber("id").longValue();
    }

    /** Registers from a source of its own, follows the mailed link; the status it ends in. */
    private String registerAndConfirm(long event, String name, String email, String lang) {
        Registrant.requested(base, event, name, email, lang);
        Mailbox.Mail ask =
                Mailbox.await(
                        email,
                        Bundle.text(lang, "mail.registration.confirm.subject").split(":")[0]);
        assertEquals(200, Registrant.follow(base, Registrant.confirmationPath(ask), lang).status());
        return admin.get("api/events/" + event + "/registrations").json().asJsonArray().stream()
                .map(r -> r.asJsonObject())
                .filter(r -> r.getString("email").equals(email))
                .findFirst()
                .orElseThrow()
                .getString("status");
    }

    private String bookingStatus(long booking) {
        return ngo.get("api/bookings/" + booking).object().getString("status");
    }

    private Calendar calendar(String path) throws Exception {
        Api.Reply feed = Api.anonymous(base).send("GET", path, null, "Accept", "text/calendar");
        assertEquals(200, feed.status(), feed.body());
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        var validation = calendar.validate();
        assertFalse(validation.hasErrors(), validation + "\n" + feed.body());
        return calendar;
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .map(e -> e.getProperty("UID").get().getValue())
                .toList();
    }

    private static long created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        String location = reply.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
