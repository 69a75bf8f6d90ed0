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
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * In Chromium: a visitor finds NGO Day on the public calendar and registers in Russian, gets the
 * mail and cancels by its link (English); an akimat approver holds a room for a forum in Kazakh,
 * sees what it displaces first, and the NGO takes an offered alternative with one click.
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
            visitor.open(base + "public/events.xhtml?view=month&date=" + day + "&house=1&lang=ru");
            assertEquals(Bundle.text("ru", "events.title"), visitor.text(By.id("events-heading")));
            assertTrue(visitor.text(By.id("day-" + day)).contains("День НПО"));
            visitor.open(base + "public/events.xhtml?view=month&date=2027-03-01&lang=ru");
            assertTrue(
                    visitor.text(By.id("day-2027-03-08")).contains("Международный женский день"),
                    visitor.text(By.id("day-2027-03-08")));

            visitor.open(
                    base + "public/events.xhtml?view=list&date=" + day + "&region=KZ-71&lang=ru");
            visitor.clickAndWait(By.linkText("День НПО"));
            assertEquals("День НПО", visitor.text(By.id("event-title")));
            assertEquals(
                    MessageFormat.format(Bundle.text("ru", "events.seatsLeft"), 50, 50),
                    visitor.text(By.id("event-seats")));

            // A wrong address is refused in Russian and nothing is saved.
            visitor.type(By.id("register:name"), "Айгерим Нурланова");
            visitor.type(By.id("register:email"), "не-адрес");
            visitor.clickAndWait(By.id("register:submit"));
            assertTrue(
                    visitor.text(By.id("register:email-error")).length() > 0,
                    "a message at the field");
            assertEquals(
                    MessageFormat.format(Bundle.text("ru", "events.seatsLeft"), 50, 50),
                    visitor.text(By.id("event-seats")));

            visitor.type(By.id("register:email"), email);
            visitor.type(By.id("register:organisation"), "ОФ «Жастар»");
            visitor.clickAndWait(By.id("register:submit"));
            assertEquals(Bundle.text("ru", "registration.confirmedDone"), visitor.messages());
            assertEquals(
                    MessageFormat.format(Bundle.text("ru", "events.seatsLeft"), 49, 50),
                    visitor.text(By.id("event-seats")));
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
            visitor.open(base + link.group(1) + "&lang=en");
            assertEquals("NGO Day", visitor.text(By.id("registration-event")));
            visitor.click(By.id("cancel:cancelRegistration"));
            visitor.clickAndWait(By.id("confirmYes"));
            assertEquals(Bundle.text("en", "registration.cancelledDone"), visitor.messages());
            assertEquals(
                    Bundle.text("en", "registration.status.CANCELLED"),
                    visitor.text(By.id("registration-status")));
        }
        assertEquals(
                0, Api.anonymous(base).get("api/events/" + event).object().getInt("confirmed"));
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
            approver.open(base + "staff/events.xhtml?lang=kk");
            approver.select(By.id("event:scope"), "HOUSE");
            approver.select(By.id("event:houseId"), "1");
            approver.type(By.id("event:title_kk"), title);
            approver.type(By.id("event:date_input"), day.toString());
            approver.type(By.id("event:start"), "13:00");
            approver.type(By.id("event:end"), "17:00");
            approver.check(By.xpath("//input[@name='event:roomIds' and @value='" + room + "']"));
            approver.clickAjax(By.id("event:check"));
            assertEquals(
                    MessageFormat.format(Bundle.text("kk", "events.inTheWay"), 1),
                    approver.text(By.id("inTheWay-heading")));
            assertTrue(approver.text(By.id("event:inTheWay")).contains(roomName));

            approver.click(By.id("event:create"));
            approver.click(By.id("confirmYes"));
            approver.waitForAjax();
            assertEquals(
                    MessageFormat.format(Bundle.text("kk", "event.createdDone"), 1),
                    approver.messages());
            assertTrue(approver.text(By.id("events:organised")).contains(title));
        }

        try (Browser rep = Browser.withLanguages("en")) {
            rep.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            rep.open(base + "ngo/bookings.xhtml?lang=en");
            String row =
                    "//tbody[@id='alternatives:offered_data']/tr[contains(., '"
                            + day.getDayOfMonth()
                            + "')]";
            assertTrue(rep.text(By.id("alternatives:offered")).length() > 0);
            rep.clickAndWait(
                    By.xpath("(" + row + "//button[contains(@id, 'takeAlternative')])[1]"));
            assertEquals(Bundle.text("en", "alternative.takenDone"), rep.messages());
            assertTrue(
                    rep.text(By.id("alternatives:offered"))
                            .contains(Bundle.text("en", "alternative.takenState")));
        }
    }
}
