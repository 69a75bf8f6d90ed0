package kz.housesofdemocracy.bookings.boundary;

import static kz.housesofdemocracy.testing.Slots.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.text.MessageFormat;
import java.time.LocalDate;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Slots;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * In Chromium: the waitlist from a taken slot to a booking (Russian), the calendar subscription
 * (Russian), the House's quotas and day list (Kazakh), and a room's check-in page (English).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingExtrasPageIT {

    @ArquillianResource private URL base;

    @Test
    void aTakenSlotsWaitlistLeadsToABookingWhenItFrees() {
        long room = Slots.freshRoom(base, false, 10);
        String roomName = Slots.roomName(base, room);
        LocalDate day = Slots.workingDay(base, 14);
        Api api = Api.withToken(base, Demo.NGO.email(), Demo.password());
        long held =
                created(
                        api.post(
                                "api/bookings",
                                request(Slots.astanaNgo(api), room, day, "10:00", "12:00", 5)));
        long almaty = Slots.almatyNgo(api);
        String entryRow =
                "//tbody[@id='waitlist:entries_data']/tr[contains(., '" + roomName + "')]";

        try (Browser rep = Browser.withLanguages("ru")) {
            rep.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            rep.open(
                    base + "ngo/book.xhtml?room=" + room + "&date=" + day + "&start=10:00&lang=ru");
            rep.select(By.id("book:ngoId"), Long.toString(almaty));
            rep.waitForAjax();
            assertTrue(
                    rep.text(By.id("book:usage")).startsWith("В этом месяце"),
                    rep.text(By.id("book:usage")));
            rep.select(By.id("book:end"), "12:00");
            rep.type(By.id("book:purpose"), "Круглый стол");
            rep.type(By.id("book:attendees_input"), "5");
            rep.clickAndWait(By.id("book:submit"));
            assertTrue(rep.messages().startsWith("Это время занято"), rep.messages());
            rep.clickAndWait(By.id("book:joinWaitlist"));
            assertEquals(
                    MessageFormat.format(Bundle.text("ru", "waitlist.joined"), 1), rep.messages());
            assertEquals(
                    MessageFormat.format(Bundle.text("ru", "waitlist.place"), 1),
                    rep.text(By.xpath(entryRow + "//span[contains(@class, 'waitlist-status')]")));

            // The holder cancels: the slot is offered, and taken from the page.
            api.post("api/bookings/" + held + "/cancellation", "{}");
            rep.open(base + "ngo/bookings.xhtml?lang=ru");
            assertTrue(
                    rep.text(By.xpath(entryRow + "//span[contains(@class, 'waitlist-status')]"))
                            .startsWith("Предложено вам до"));
            rep.clickAndWait(By.xpath(entryRow + "//button[contains(@id, 'take')]"));
            assertEquals(Bundle.text("ru", "waitlist.taken"), rep.messages());
            assertTrue(
                    rep.text(By.id("lists:myBookings")).contains(roomName),
                    "the booking is in my list");
        }
    }

    @Test
    void aCalendarSubscriptionAddressIsShownOnceAndWorks() {
        try (Browser rep = Browser.withLanguages("ru")) {
            rep.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            rep.open(base + "ngo/bookings.xhtml?lang=ru");
            rep.clickAndWait(By.id("feed:renewFeed"));
            assertEquals(Bundle.text("ru", "feed.renewed"), rep.messages());
            String url = rep.find(By.id("feedUrl")).getAttribute("value");
            String path = URI.create(url).getPath().replaceFirst("^" + base.getPath(), "");
            Api.Reply feed = Api.anonymous(base).get(path);
            assertEquals(200, feed.status());
            assertTrue(feed.body().startsWith("BEGIN:VCALENDAR"));
            rep.click(By.id("feed:revokeFeed"));
            rep.clickAndWait(By.id("confirmYes"));
            assertEquals(Bundle.text("ru", "feed.revoked"), rep.messages());
            assertEquals(404, Api.anonymous(base).get(path).status());
        }
    }

    @Test
    void theManagerKeepsQuotasAndReadsTheDayList() {
        long room = Slots.freshRoom(base, false, 10);
        LocalDate day = Slots.workingDay(base, 15);
        Api api = Api.withToken(base, Demo.NGO.email(), Demo.password());
        created(
                api.post(
                        "api/bookings",
                        request(Slots.astanaNgo(api), room, day, "09:00", "10:00", 5)));
        try (Browser manager = Browser.withLanguages("kk")) {
            manager.signIn(base.toString(), Demo.MANAGER_ASTANA.email(), Demo.password());
            manager.open(base + "staff/house.xhtml?id=1&lang=kk");
            manager.type(By.id("quotas:hoursPerMonth"), "0");
            manager.clickAndWait(By.id("quotas:saveQuotas"));
            assertEquals(
                    Bundle.text("kk", "validation.quota.hours"),
                    manager.text(By.id("quotas:hoursPerMonth-error")));
            manager.type(By.id("quotas:hoursPerMonth"), "744");
            manager.type(By.id("quotas:futureBookings"), "1000");
            manager.clickAndWait(By.id("quotas:saveQuotas"));
            assertEquals(Bundle.text("kk", "quotas.saved"), manager.messages());

            manager.open(base + "staff/today.xhtml?house=1&date=" + day + "&lang=kk");
            String row =
                    "//tbody[@id='day:entries_data']/tr[contains(., '"
                            + Slots.roomName(base, room)
                            + "')]";
            assertTrue(manager.text(By.xpath(row)).contains("09:00"));
            assertTrue(manager.text(By.xpath(row + "//span[@class='rate']")).endsWith("%"));
            manager.clickAndWait(By.xpath(row + "//button[contains(@id, 'checkIn')]"));
            assertEquals(Bundle.text("kk", "checkin.window"), manager.messages(), "too early");

            manager.open(base + "staff/qr.xhtml?house=1&lang=kk");
            assertTrue(
                    manager.find(By.cssSelector("#qr-" + room + " img"))
                            .getAttribute("alt")
                            .startsWith(Bundle.text("kk", "qr.alt")));
        }
    }

    @Test
    void aRoomsCheckInPageSaysWhenThereIsNothingOn() {
        long room = Slots.freshRoom(base, false, 10);
        try (Browser rep = Browser.withLanguages("en")) {
            rep.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            rep.open(base + "ngo/checkin.xhtml?room=" + room + "&lang=en");
            assertEquals(Bundle.text("en", "checkin.nothingNow"), rep.text(By.id("nothing-now")));
        }
    }

    private static long created(Api.Reply reply) {
        if (reply.status() != 201) {
            throw new AssertionError(reply.status() + " " + reply.body());
        }
        String location = reply.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
