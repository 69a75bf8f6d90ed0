package kz.housesofdemocracy.events.boundary;

import static kz.housesofdemocracy.testing.Slots.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Mailbox;
import kz.housesofdemocracy.testing.Slots;
import kz.housesofdemocracy.testing.pages.EventPage;
import kz.housesofdemocracy.testing.pages.EventsPage;
import kz.housesofdemocracy.testing.pages.MyBookingsPage;
import kz.housesofdemocracy.testing.pages.RegistrationPage;
import kz.housesofdemocracy.testing.pages.StaffEventsPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In Chromium: a visitor finds NGO Day on the public calendar and registers in Russian, confirms by
 * the link mailed to the address (the seat counts only then; the link works once), gets the
 * confirmation and cancels by its link (English); an akimat approver holds a room for a forum in
 * Kazakh, sees what it displaces first, and the NGO takes an offered alternative with one click.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventPageIT {

    @ArquillianResource private URL base;

    @BeforeEach
    void mail() {
        Mailbox.start();
    }

    @Test
    void aVisitorRegistersForNgoDayInRussianAndGetsTheMail() {
        Api admin = Api.withToken(base, Demo.ADMIN.email(), Demo.password());
        LocalDate day = LocalDate.of(2027, 10, 6);
        Api.Reply made =
                admin.post(
                        "api/events",
                        "{\"scope\":\"HOUSE\",\"houseId\":1,\"title\":{\"kk\":\"ҮЕҰ күні\",\"ru\":\"День НПО\",\"en\":\"NGO Day\"},"
                                + "\"description\":{\"ru\":\"Ярмарка НПО и круглые столы\"},\"date\":\""
                                + day
                                + "\",\"start\":\"10:00\",\"end\":\"18:00\",\"capacity\":50}");
        assertEquals(201, made.status(), made.body());
        long event = made.object().getJsonObject("event").getJsonNumber("id").longValue();
        String email = "visitor-" + System.nanoTime() + "@example.kz";

        try (Browser visitor = Browser.withLanguages("ru")) {
            // The month view of the House's calendar shows the event and the month's holidays.
            EventsPage events =
                    EventsPage.open(visitor, base, "view=month&date=" + day + "&house=1&lang=ru");
            assertEquals(Bundle.text("ru", "events.title"), events.heading());
            assertTrue(events.day(day).contains("День НПО"));
            events = EventsPage.open(visitor, base, "view=month&date=2027-03-01&lang=ru");
            LocalDate womensDay = LocalDate.of(2027, 3, 8);
            assertTrue(
                    events.day(womensDay).contains("Международный женский день"),
                    events.day(womensDay));

            EventPage page =
                    EventsPage.open(
                                    visitor,
                                    base,
                                    "view=list&date=" + day + "&region=KZ-71&lang=ru")
                            .event("День НПО");
            assertEquals("День НПО", page.title());
            assertEquals(
                    MessageFormat.format(Bundle.text("ru", "events.seatsLeft"), 50, 50),
                    page.seats());

            // A wrong address is refused in Russian and nothing is saved.
            page.name("Айгерим Нурланова").email("не-адрес").register();
            assertTrue(page.emailError().length() > 0, "a message at the field");
            assertEquals(
                    MessageFormat.format(Bundle.text("ru", "events.seatsLeft"), 50, 50),
                    page.seats());

            page.email(email).organisation("ОФ «Жастар»").register();
            assertEquals(Bundle.text("ru", "registration.checkMail"), visitor.messages());
            assertEquals(
                    MessageFormat.format(Bundle.text("ru", "events.seatsLeft"), 50, 50),
                    page.seats(),
                    "no seat until the address is confirmed");

            // The link mailed to the address confirms the place, in the same language.
            Mailbox.Mail ask = Mailbox.await(email, "Подтвердите регистрацию: День НПО");
            assertTrue(ask.body().startsWith("Здравствуйте, Айгерим Нурланова!"), ask.body());
            String confirm = Registrant.confirmationPath(ask);
            RegistrationPage confirmed =
                    RegistrationPage.open(visitor, base + confirm + "&lang=ru");
            assertEquals(
                    Bundle.text("ru", "registration.addressConfirmed"),
                    confirmed.confirmedNotice());
            assertEquals("День НПО", confirmed.event());
            assertEquals(Bundle.text("ru", "registration.status.CONFIRMED"), confirmed.status());
            assertEquals(
                    MessageFormat.format(Bundle.text("ru", "events.seatsLeft"), 49, 50),
                    openEvent(visitor, event, "ru").seats());

            // The link works once.
            RegistrationPage used = RegistrationPage.open(visitor, base + confirm + "&lang=ru");
            assertEquals(Bundle.text("ru", "registration.linkInvalid"), used.linkInvalid());
        }

        Mailbox.Mail mail = Mailbox.await(email, "Регистрация подтверждена: День НПО");
        assertTrue(mail.body().startsWith("Здравствуйте, Айгерим Нурланова!"), mail.body());
        assertTrue(mail.body().contains("[attachment event.ics text/calendar"), mail.body());
        assertEquals(
                1,
                admin.get("api/events/" + event + "/registrations").json().asJsonArray().stream()
                        .filter(r -> r.asJsonObject().getString("email").equals(email))
                        .count());

        // The mailed link cancels, after asking.
        Matcher link =
                Pattern.compile("(public/registration\\.xhtml\\?token=[A-Za-z0-9_-]+)")
                        .matcher(mail.body());
        assertTrue(link.find(), mail.body());
        try (Browser visitor = Browser.withLanguages("en")) {
            RegistrationPage registration =
                    RegistrationPage.open(visitor, base + link.group(1) + "&lang=en");
            assertEquals("NGO Day", registration.event());
            registration.cancel();
            assertEquals(Bundle.text("en", "registration.cancelledDone"), visitor.messages());
            assertEquals(Bundle.text("en", "registration.status.CANCELLED"), registration.status());
        }
        assertEquals(
                0, Api.anonymous(base).get("api/events/" + event).object().getInt("confirmed"));
    }

    private EventPage openEvent(Browser browser, long event, String lang) {
        browser.open(base + "public/event.xhtml?id=" + event + "&lang=" + lang);
        return EventPage.on(browser);
    }

    @Test
    void anApproverHoldsARoomForAForumAndTheNgoTakesAnAlternative() {
        long room = Slots.freshRoom(base, false, 10);
        String roomName = Slots.roomName(base, room);
        LocalDate day = Slots.workingDay(base, 22);
        Api ngo = Api.withToken(base, Demo.NGO.email(), Demo.password());
        Api.Reply booked =
                ngo.post(
                        "api/bookings",
                        request(Slots.astanaNgo(ngo), room, day, "14:00", "15:00", 4));
        assertEquals(201, booked.status(), booked.body());
        String title = "Өңірлік форум " + room;

        try (Browser approver = Browser.withLanguages("kk")) {
            approver.signIn(base.toString(), Demo.APPROVER_ASTANA.email(), Demo.password());
            StaffEventsPage events =
                    StaffEventsPage.open(approver, base, "kk")
                            .houseEvent(1, title, day, "13:00", "17:00")
                            .holdRoom(room)
                            .check();
            assertEquals(
                    MessageFormat.format(Bundle.text("kk", "events.inTheWay"), 1),
                    events.inTheWayHeading());
            assertTrue(events.inTheWay().contains(roomName));

            events.create();
            assertEquals(
                    MessageFormat.format(Bundle.text("kk", "event.createdDone"), 1),
                    approver.messages());
            assertTrue(events.organised().contains(title));
        }

        try (Browser rep = Browser.withLanguages("en")) {
            rep.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            MyBookingsPage mine = MyBookingsPage.open(rep, base, "en");
            assertTrue(mine.alternatives().length() > 0);
            mine.takeAlternative(Integer.toString(day.getDayOfMonth()));
            assertEquals(Bundle.text("en", "alternative.takenDone"), rep.messages());
            assertTrue(mine.alternatives().contains(Bundle.text("en", "alternative.takenState")));
        }
    }
}
