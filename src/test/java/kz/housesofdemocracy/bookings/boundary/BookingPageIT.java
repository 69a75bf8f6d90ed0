package kz.housesofdemocracy.bookings.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * In Chromium: a representative, in Kazakh, picks a free half-hour in the House's calendar, is told
 * what rule the first request breaks, then requests the hall; the House's manager, in Russian,
 * approves it in the queue and rejects a second request with a reason; the representative sees both
 * outcomes, and cancels the confirmed booking after confirming.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingPageIT {

    @ArquillianResource private URL base;

    @Test
    void requestApproveRejectAndCancelAHall() {
        long hall = Slots.freshRoom(base, true, 30);
        String hallName =
                Api.anonymous(base)
                        .get("api/rooms/" + hall)
                        .object()
                        .getJsonObject("name")
                        .getString("kk");
        LocalDate day = Slots.workingDay(base, 6);
        Api ngoApi = Api.withToken(base, Demo.NGO.email(), Demo.password());
        long astanaNgo = Slots.astanaNgo(ngoApi);
        String myRow = "//tbody[@id='lists:myBookings_data']/tr[contains(., '" + hallName + "')]";

        try (Browser rep = Browser.withLanguages("kk")) {
            rep.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            rep.open(base + "public/calendar.xhtml?house=1&date=" + day + "&lang=kk");
            assertTrue(rep.text(By.id("room-" + hall)).contains(hallName));
            rep.clickAndWait(
                    By.xpath("//tr[@id='room-" + hall + "']//a[contains(@href, 'start=10')]"));
            assertTrue(rep.text(By.id("booking-room")).contains(hallName));
            rep.select(By.id("book:ngoId"), Long.toString(astanaNgo));
            rep.select(By.id("book:end"), "12:00");
            rep.type(By.id("book:purpose"), "Жастар форумына дайындық");
            rep.type(By.id("book:attendees_input"), "45");
            rep.clickAndWait(By.id("book:submit"));
            assertEquals(
                    MessageFormat.format(Bundle.text("kk", "booking.rule.capacity"), 30),
                    rep.messages(),
                    "more people than the hall holds");

            rep.type(By.id("book:attendees_input"), "25");
            assertEquals("25", rep.find(By.id("book:attendees_input")).getAttribute("value"));
            rep.clickAndWait(By.id("book:submit"));
            assertEquals(Bundle.text("kk", "booking.requestedPending"), rep.messages());
            assertEquals(
                    Bundle.text("kk", "booking.status.PENDING"),
                    rep.text(By.xpath(myRow + "//span[contains(@class, 'status')]")));
        }
        // A second request for the afternoon, made through the API, for the manager to reject.
        assertEquals(
                201,
                ngoApi.post(
                                "api/bookings",
                                Slots.request(astanaNgo, hall, day, "15:00", "16:00", 10))
                        .status());

        String queueRow = "//tbody[@id='queue:pending_data']/tr[contains(., '" + hallName + "')";
        try (Browser manager = Browser.withLanguages("ru")) {
            manager.signIn(base.toString(), Demo.MANAGER_ASTANA.email(), Demo.password());
            manager.open(base + "staff/bookings.xhtml?lang=ru");
            manager.clickAndWait(
                    By.xpath(
                            queueRow
                                    + " and contains(., '10:00')]//button[contains(@id, 'approve')]"));
            assertEquals(Bundle.text("ru", "booking.approvedDone"), manager.messages());
            assertFalse(
                    manager.text(By.id("queue:pending")).contains("10:00–12:00"),
                    "the approved request left the queue");

            // A rejection without a reason is refused and changes nothing.
            manager.clickAndWait(
                    By.xpath(
                            queueRow
                                    + " and contains(., '15:00')]//button[contains(@id, 'reject')]"));
            assertEquals(
                    Bundle.text("ru", "validation.required"),
                    manager.text(By.id("queue:reason-error")));
            manager.type(By.id("queue:reason"), "Зал занят областным форумом");
            manager.clickAndWait(
                    By.xpath(
                            queueRow
                                    + " and contains(., '15:00')]//button[contains(@id, 'reject')]"));
            assertEquals(Bundle.text("ru", "booking.rejectedDone"), manager.messages());
        }

        try (Browser rep = Browser.withLanguages("kk")) {
            rep.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            rep.open(base + "ngo/bookings.xhtml?lang=kk");
            String confirmed = myRow.replace("')]", "') and contains(., '10:00')]");
            String rejected = myRow.replace("')]", "') and contains(., '15:00')]");
            assertEquals(
                    Bundle.text("kk", "booking.status.CONFIRMED"),
                    rep.text(By.xpath(confirmed + "//span[contains(@class, 'status')]")));
            assertEquals(
                    Bundle.text("kk", "booking.status.REJECTED"),
                    rep.text(By.xpath(rejected + "//span[contains(@class, 'status')]")));
            assertEquals(
                    "Зал занят областным форумом",
                    rep.text(By.xpath(rejected + "//small[contains(@class, 'reason')]")));

            // Cancelling asks first; "no" keeps the booking.
            rep.click(By.xpath(confirmed + "//button[contains(@id, 'cancel')]"));
            rep.click(By.id("confirmNo"));
            assertEquals(
                    Bundle.text("kk", "booking.status.CONFIRMED"),
                    rep.text(By.xpath(confirmed + "//span[contains(@class, 'status')]")));
            rep.click(By.xpath(confirmed + "//button[contains(@id, 'cancel')]"));
            rep.clickAndWait(By.id("confirmYes"));
            assertEquals(Bundle.text("kk", "booking.cancelledDone"), rep.messages());
            assertEquals(
                    Bundle.text("kk", "booking.status.CANCELLED"),
                    rep.text(By.xpath(confirmed + "//span[contains(@class, 'status')]")));
        }
        assertTrue(
                Api.anonymous(base)
                        .get("api/houses/1/availability?date=" + day)
                        .body()
                        .contains("\"roomId\":" + hall),
                "the hall is in the public calendar");
    }
}
