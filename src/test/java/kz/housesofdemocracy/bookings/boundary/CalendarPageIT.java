package kz.housesofdemocracy.bookings.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
 * In Chromium, in English, without signing in: a visitor reads a House's day (taken half-hours
 * shown, who booked them not), moves to the next day and to the week, and finds the rooms free for
 * a time and a number of people.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarPageIT {

    @ArquillianResource private URL base;

    @Test
    void aVisitorReadsTheDayAndTheWeekAndFindsAFreeRoom() {
        long free = Slots.freshRoom(base, false, 12);
        long booked = Slots.freshRoom(base, false, 12);
        String freeName = Slots.roomName(base, free);
        String bookedName = Slots.roomName(base, booked);
        LocalDate day = Slots.workingDay(base, 7);
        Api ngo = Api.withToken(base, Demo.NGO.email(), Demo.password());
        assertEquals(
                201,
                ngo.post(
                                "api/bookings",
                                Slots.request(
                                        Slots.astanaNgo(ngo), booked, day, "14:00", "16:00", 6))
                        .status());

        try (Browser visitor = Browser.withLanguages("en")) {
            visitor.open(base + "public/calendar.xhtml?house=1&date=" + day + "&lang=en");
            assertTrue(
                    visitor.text(By.id("calendar-heading"))
                            .startsWith(Bundle.text("en", "calendar.title")));
            assertTrue(visitor.text(By.id("room-" + free)).contains(freeName));
            assertEquals(
                    4,
                    visitor.driver()
                            .findElements(
                                    By.xpath(
                                            "//tr[@id='room-"
                                                    + booked
                                                    + "']/td[contains(@class, 'slot--taken')]"))
                            .size(),
                    "14:00–16:00 is four taken half-hours");
            assertFalse(
                    visitor.text(By.id("room-" + booked)).contains("Youth Initiative"),
                    "visitors do not see who booked");
            assertTrue(
                    visitor.driver()
                            .findElements(By.xpath("//tr[@id='room-" + free + "']//a"))
                            .isEmpty(),
                    "only people who are signed in get booking links");

            visitor.clickAndWait(By.id("next"));
            assertTrue(
                    visitor.driver().getCurrentUrl().contains("date=" + day.plusDays(1)),
                    visitor.driver().getCurrentUrl());
            visitor.open(base + "public/calendar.xhtml?house=1&date=" + day + "&lang=en");
            visitor.clickAndWait(By.id("weekView"));
            assertTrue(
                    visitor.text(By.id("week-room-" + booked)).contains("14:00"),
                    visitor.text(By.id("week-grid")));

            visitor.clickAndWait(By.id("dayView"));
            visitor.type(By.id("find:people_input"), "12");
            visitor.clickAndWait(By.id("find:search")); // 14:00–16:00 by default
            String found = visitor.text(By.id("free-rooms"));
            assertTrue(found.contains(freeName), found);
            assertFalse(found.contains(bookedName), found);
        }
    }
}
