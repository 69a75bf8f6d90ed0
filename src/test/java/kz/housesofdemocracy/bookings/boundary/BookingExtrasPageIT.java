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
import kz.housesofdemocracy.testing.pages.BookingFormPage;
import kz.housesofdemocracy.testing.pages.CheckInPage;
import kz.housesofdemocracy.testing.pages.DayListPage;
import kz.housesofdemocracy.testing.pages.MyBookingsPage;
import kz.housesofdemocracy.testing.pages.QrPage;
import kz.housesofdemocracy.testing.pages.StaffHousePage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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

        try (Browser rep = Browser.withLanguages("ru")) {
            rep.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            BookingFormPage form = BookingFormPage.open(rep, base, room, day, "10:00", "ru");
            form.ngo(almaty);
            // The quota hint is about the month of the day being booked.
            assertTrue(
                    form.usage().startsWith("В этом месяце")
                            || form.usage()
                                    .startsWith(
                                            "За "
                                                    + java.time.format.DateTimeFormatter.ofPattern(
                                                                    "LLLL yyyy",
                                                                    java.util.Locale.forLanguageTag(
                                                                            "ru"))
                                                            .format(day)),
                    form.usage());
            form.end("12:00").purpose("Круглый стол").attendees(5).submit();
            assertTrue(rep.messages().startsWith("Это время занято"), rep.messages());
            MyBookingsPage mine = form.joinWaitlist();
            assertEquals(
                    MessageFormat.format(Bundle.text("ru", "waitlist.joined"), 1), rep.messages());
            assertEquals(
                    MessageFormat.format(Bundle.text("ru", "waitlist.place"), 1),
                    mine.waitlistStatus(roomName));

            // The holder cancels: the slot is offered, and taken from the page.
            api.post("api/bookings/" + held + "/cancellation", "{}");
            mine = MyBookingsPage.open(rep, base, "ru");
            assertTrue(mine.waitlistStatus(roomName).startsWith("Предложено вам до"));
            mine.takeOffered(roomName);
            assertEquals(Bundle.text("ru", "waitlist.taken"), rep.messages());
            assertTrue(mine.bookings().contains(roomName), "the booking is in my list");
        }
    }

    @Test
    void aCalendarSubscriptionAddressIsShownOnceAndWorks() {
        try (Browser rep = Browser.withLanguages("ru")) {
            rep.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            MyBookingsPage mine = MyBookingsPage.open(rep, base, "ru").renewFeed();
            assertEquals(Bundle.text("ru", "feed.renewed"), rep.messages());
            String url = mine.feedAddress();
            String path = URI.create(url).getPath().replaceFirst("^" + base.getPath(), "");
            Api.Reply feed = Api.anonymous(base).get(path);
            assertEquals(200, feed.status());
            assertTrue(feed.body().startsWith("BEGIN:VCALENDAR"));
            mine.revokeFeed();
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
            StaffHousePage house = StaffHousePage.open(manager, base, 1, "kk");
            house.saveQuotas("0");
            assertEquals(Bundle.text("kk", "validation.quota.hours"), house.hoursPerMonthError());
            house.saveQuotas("744", "1000");
            assertEquals(Bundle.text("kk", "quotas.saved"), manager.messages());

            DayListPage today = DayListPage.open(manager, base, 1, day, "kk");
            String roomName = Slots.roomName(base, room);
            assertTrue(today.entry(roomName).contains("09:00"));
            assertTrue(today.rate(roomName).endsWith("%"));
            today.checkIn(roomName);
            assertEquals(Bundle.text("kk", "checkin.window"), manager.messages(), "too early");

            assertTrue(
                    QrPage.open(manager, base, 1, "kk")
                            .codeAlt(room)
                            .startsWith(Bundle.text("kk", "qr.alt")));
        }
    }

    @Test
    void aRoomsCheckInPageSaysWhenThereIsNothingOn() {
        long room = Slots.freshRoom(base, false, 10);
        try (Browser rep = Browser.withLanguages("en")) {
            rep.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            assertEquals(
                    Bundle.text("en", "checkin.nothingNow"),
                    CheckInPage.open(rep, base, room, "en").nothingNow());
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
