package kz.housesofdemocracy.bookings.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Slots;
import kz.housesofdemocracy.testing.pages.BookingFormPage;
import kz.housesofdemocracy.testing.pages.CalendarPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In Chromium, in English, without signing in: a visitor reads a House's day (taken half-hours
 * shown and named as such, who booked them not), moves to the next day, to a day 40 days ahead in
 * one step and to the week, shows one room, and finds the rooms free for a time and a number of
 * people, all without the server keeping a session. Signed in, the booking form offers only the
 * House's open hours, and a request outside them is refused with the hours named.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarPageIT {

    @ArquillianResource private URL base;

    @Test
    void aVisitorReadsTheDayAndTheWeekAndFindsAFreeRoomWithoutASession() {
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
            CalendarPage calendar = CalendarPage.visit(visitor, base, 1, day);
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
            // Each state is said in words to a screen reader and marked on screen, not by colour.
            assertEquals(
                    cell(bookedName, "14:00", "calendar.state.TAKEN"),
                    calendar.cellName(booked, "14:00"));
            assertEquals(
                    cell(freeName, "10:00", "calendar.state.FREE"),
                    calendar.cellName(free, "10:00"));
            assertEquals("●", calendar.cellText(booked, "14:00"));
            assertEquals("○", calendar.cellText(free, "10:00"));
            assertNoSession(visitor);

            calendar.nextDay();
            assertTrue(
                    visitor.currentUrl().contains("date=" + day.plusDays(1)), visitor.currentUrl());

            // A day 40 days ahead is one step away.
            LocalDate ahead = LocalDate.now(ZoneId.of("Asia/Almaty")).plusDays(40);
            calendar.goTo(ahead);
            assertEquals(ahead.toString(), calendar.shownDate());
            assertTrue(visitor.currentUrl().contains("date=" + ahead), visitor.currentUrl());
            assertNoSession(visitor);

            calendar = CalendarPage.visit(visitor, base, 1, day).showRoom(booked);
            assertEquals(1, calendar.roomsShown(), "the room switcher shows one room");
            calendar = CalendarPage.visit(visitor, base, 1, day).weekView();
            assertTrue(calendar.weekRoom(booked).contains("14:00"), calendar.week());
            assertNoSession(visitor);

            String found = calendar.dayView().findFreeRooms(12); // 14:00–16:00 by default
            assertTrue(found.contains(freeName), found);
            assertFalse(found.contains(bookedName), found);
            assertTrue(
                    visitor.currentUrl().contains("people=12"),
                    "the search is a plain GET: " + visitor.currentUrl());
            assertNoSession(visitor);
        }
        // The House's manager sees who holds a half-hour; a visitor does not.
        String visitorDay = Api.anonymous(base).get("api/houses/1/availability?date=" + day).body();
        String managerDay =
                Api.withToken(base, Demo.MANAGER_ASTANA.email(), Demo.password())
                        .get("api/houses/1/availability?date=" + day)
                        .body();
        assertFalse(visitorDay.contains("ngoName"), "a visitor does not see who booked");
        assertTrue(managerDay.contains("\"ngoName\""), "the House's manager does");
        // The same pages asked for without a browser: no cookie is set.
        for (String query :
                List.of(
                        "house=1&date=" + day,
                        "house=1&date=" + day + "&view=week",
                        "house=1&date="
                                + day
                                + "&start=14:00&end=16:00&people=3&equipment=projector")) {
            Api.Reply reply =
                    Api.anonymous(base).send("GET", "public/calendar.xhtml?" + query, null);
            assertEquals(200, reply.status(), query);
            assertTrue(
                    reply.headers().allValues("Set-Cookie").isEmpty(),
                    query + ": " + reply.headers().allValues("Set-Cookie"));
        }
    }

    @Test
    void theBookingFormOffersOnlyOpenHoursAndARefusalNamesThem() {
        long room = Slots.freshRoom(base, false, 20);
        LocalDate day = Slots.workingDay(base, 9);
        List<String> starts = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        for (LocalTime t = LocalTime.of(9, 0);
                t.isBefore(LocalTime.of(20, 0));
                t = t.plusMinutes(30)) {
            starts.add(t.toString());
            ends.add(t.plusMinutes(30).toString());
        }
        try (Browser rep = Browser.withLanguages("en")) {
            rep.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            BookingFormPage form = BookingFormPage.open(rep, base, room, day, "10:00", "en");
            assertEquals(starts, form.startTimes(), "the Astana House opens 09:00–20:00");
            assertEquals(ends, form.endTimes());
            assertEquals(
                    MessageFormat.format(Bundle.text("en", "booking.openOnDate"), "09:00", "20:00"),
                    form.hoursOnDate());
        }
        Api ngo = Api.withToken(base, Demo.NGO.email(), Demo.password());
        long astanaNgo = Slots.astanaNgo(ngo);
        for (String language : List.of("en", "ru", "kk")) {
            Api.Reply refused =
                    ngo.language(language)
                            .post(
                                    "api/bookings",
                                    Slots.request(astanaNgo, room, day, "08:00", "09:30", 5));
            assertEquals(422, refused.status(), refused.body());
            assertEquals(
                    MessageFormat.format(
                            Bundle.text(language, "booking.rule.openingHours"), "09:00", "20:00"),
                    refused.object().getString("detail"),
                    language);
        }
    }

    private static String cell(String room, String time, String state) {
        return MessageFormat.format(
                Bundle.text("en", "calendar.cell"), room, time, Bundle.text("en", state));
    }

    private static void assertNoSession(Browser browser) {
        assertNull(
                browser.driver().manage().getCookieNamed("JSESSIONID"),
                "reading the calendar made a session at " + browser.currentUrl());
    }
}
