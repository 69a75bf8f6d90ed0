package kz.housesofdemocracy.bookings.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Slots;
import kz.housesofdemocracy.testing.pages.BookingFormPage;
import kz.housesofdemocracy.testing.pages.CalendarPage;
import kz.housesofdemocracy.testing.pages.HomePage;
import kz.housesofdemocracy.testing.pages.HousePage;
import kz.housesofdemocracy.testing.pages.MyBookingsPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * In Chromium at 360 × 800, in Kazakh, as the demo NGO's representative: home, the Astana House,
 * its calendar, a day 40 days ahead in one step, a room booked from the calendar, my bookings. No
 * page is wider than the window.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneScreenPageIT {

    @ArquillianResource private URL base;

    @Test
    void aRepresentativeBooksOnAPhoneWithoutSidewaysScrolling() {
        Slots.roomyQuotas(base);
        long room = Slots.freshRoom(base, false, 20);
        String roomName = Slots.roomName(base, room);
        LocalDate ahead = LocalDate.now(ZoneId.of("Asia/Almaty")).plusDays(40);
        while (!Slots.isOpen(base, 1, ahead)) {
            ahead = ahead.plusDays(1);
        }
        long astanaNgo = Slots.astanaNgo(Api.withToken(base, Demo.NGO.email(), Demo.password()));

        try (Browser phone = Browser.withLanguages("kk")) {
            phone.windowSize(360, 800);
            phone.signIn(base.toString(), Demo.NGO.email(), Demo.password());

            HomePage home = HomePage.open(phone, base);
            phone.switchLanguage("kk"); // whatever language the account keeps for its mail
            assertFits(phone, "home");
            HousePage house = home.openHouseIn("KZ-71");
            assertTrue(house.room(room).contains(roomName));
            assertFits(phone, "House");

            phone.clickAndWait(By.id("toCalendar"));
            CalendarPage calendar = CalendarPage.on(phone);
            assertFits(phone, "calendar, today");
            calendar.goTo(ahead);
            assertEquals(ahead.toString(), calendar.shownDate());
            assertTrue(calendar.room(room).contains(roomName));
            // On a phone each half-hour shows its time and its state in words.
            assertTrue(
                    calendar.cellText(room, "10:00").contains("10:00")
                            && calendar.cellText(room, "10:00")
                                    .contains(Bundle.text("kk", "calendar.state.FREE")),
                    calendar.cellText(room, "10:00"));
            assertFits(phone, "calendar, 40 days ahead");
            calendar.weekView();
            assertFits(phone, "calendar, week");
            calendar.dayView();

            BookingFormPage form = calendar.book(room, 10);
            assertFits(phone, "booking form");
            form.ngo(astanaNgo).end("11:00").purpose("Телефоннан брондау").attendees(8).submit();
            assertEquals(Bundle.text("kk", "booking.requestedConfirmed"), phone.messages());
            assertEquals(
                    Bundle.text("kk", "booking.status.CONFIRMED"),
                    MyBookingsPage.on(phone).status(roomName));
            assertFits(phone, "my bookings");
        }
    }

    private static void assertFits(Browser browser, String page) {
        Object widths =
                ((JavascriptExecutor) browser.driver())
                        .executeScript(
                                "return document.documentElement.scrollWidth + ' <= ' + window.innerWidth;");
        Boolean fits =
                (Boolean)
                        ((JavascriptExecutor) browser.driver())
                                .executeScript(
                                        "return document.documentElement.scrollWidth <= window.innerWidth;");
        assertTrue(fits, page + " is wider than a 360 px phone: " + widths);
    }
}
