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
import kz.housesofdemocracy.testing.pages.CalendarPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
            CalendarPage calendar = CalendarPage.open(visitor, base, 1, day, "en");
            assertTrue(calendar.heading().startsWith(Bundle.text("en", "calendar.title")));
            assertTrue(calendar.room(free).contains(freeName));
            assertEquals(
                    4, calendar.takenHalfHours(booked), "14:00–16:00 is four taken half-hours");
            assertFalse(
                    calendar.room(booked).contains("Youth Initiative"),
                    "visitors do not see who booked");
            assertEquals(
                    0,
                    calendar.bookingLinks(free),
                    "only people who are signed in get booking links");

            calendar.nextDay();
            assertTrue(
                    visitor.currentUrl().contains("date=" + day.plusDays(1)), visitor.currentUrl());
            calendar = CalendarPage.open(visitor, base, 1, day, "en").weekView();
            assertTrue(calendar.weekRoom(booked).contains("14:00"), calendar.week());

            String found = calendar.dayView().findFreeRooms(12); // 14:00–16:00 by default
            assertTrue(found.contains(freeName), found);
            assertFalse(found.contains(bookedName), found);
        }
    }
}
