package kz.housesofdemocracy.bookings.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Slots;
import kz.housesofdemocracy.testing.pages.BookingFormPage;
import kz.housesofdemocracy.testing.pages.CalendarPage;
import kz.housesofdemocracy.testing.pages.MyBookingsPage;
import kz.housesofdemocracy.testing.pages.StaffBookingsPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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

    /** A booking of a room at a time, as the API gives it to the representative. */
    private static JsonObject myBooking(Api api, long room, String start) {
        return api.get("api/bookings/mine").json().asJsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(b -> b.getJsonNumber("roomId").longValue() == room)
                .filter(b -> b.getString("start").equals(start))
                .filter(b -> b.getString("status").equals("CONFIRMED"))
                .findFirst()
                .orElseThrow();
    }

    /** Tenge as Kazakh writes it, with plain spaces: "13 000,00 ₸". */
    private static String tenge(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("kk"));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return plain(format.format(amount) + " ₸");
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

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
        try (Browser rep = Browser.withLanguages("kk")) {
            rep.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            CalendarPage calendar = CalendarPage.open(rep, base, 1, day, "kk");
            assertTrue(calendar.room(hall).contains(hallName));
            BookingFormPage form = calendar.book(hall, 10);
            assertTrue(form.room().contains(hallName));
            form.ngo(astanaNgo)
                    .end("12:00")
                    .purpose("Жастар форумына дайындық")
                    .attendees(45)
                    .submit();
            assertEquals(
                    MessageFormat.format(Bundle.text("kk", "booking.rule.capacity"), 30),
                    rep.messages(),
                    "more people than the hall holds");

            form.attendees(25);
            assertEquals("25", form.attendees());
            form.submit();
            assertEquals(Bundle.text("kk", "booking.requestedPending"), rep.messages());
            assertEquals(
                    Bundle.text("kk", "booking.status.PENDING"),
                    MyBookingsPage.on(rep).status(hallName));
        }
        // A second request for the afternoon, made through the API, for the manager to reject.
        assertEquals(
                201,
                ngoApi.post(
                                "api/bookings",
                                Slots.request(astanaNgo, hall, day, "15:00", "16:00", 10))
                        .status());

        try (Browser manager = Browser.withLanguages("ru")) {
            manager.signIn(base.toString(), Demo.MANAGER_ASTANA.email(), Demo.password());
            StaffBookingsPage queue = StaffBookingsPage.open(manager, base, "ru");
            queue.approve(hallName, "10:00");
            assertEquals(Bundle.text("ru", "booking.approvedDone"), manager.messages());
            assertEquals(1, queue.timesShown(Bundle.text("ru", "booking.approvedDone")));
            // The row of this hall's 10:00 request is gone (another test's request at the same
            // hours in another room may still wait).
            assertTrue(
                    queue.rows(StaffBookingsPage.QUEUE).stream()
                            .noneMatch(r -> r.contains(hallName) && r.contains("10:00–12:00")),
                    "the approved request left the queue: " + queue.rows(StaffBookingsPage.QUEUE));

            // A rejection without a reason is refused and changes nothing.
            assertEquals(
                    Bundle.text("ru", "validation.required"),
                    queue.rejectWithoutReason(hallName, "15:00"));
            queue.reject("Зал занят областным форумом", hallName, "15:00");
            assertEquals(Bundle.text("ru", "booking.rejectedDone"), manager.messages());
        }

        try (Browser rep = Browser.withLanguages("kk")) {
            rep.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            MyBookingsPage mine = MyBookingsPage.open(rep, base, "kk");
            assertTrue(mine.isShowing("upcoming"), "upcoming bookings by default");
            assertEquals(
                    Bundle.text("kk", "booking.status.CONFIRMED"), mine.status(hallName, "10:00"));
            assertEquals(0, mine.count(hallName, "15:00"), "a rejected request is not upcoming");

            // The market price beside the charge and the subsidy, in Kazakh money format.
            JsonObject booked = myBooking(ngoApi, hall, "10:00:00");
            assertEquals(
                    Bundle.text("kk", "booking.market")
                            + ": "
                            + tenge(booked.getJsonNumber("marketValueKzt").bigDecimalValue()),
                    plain(mine.market(hallName, "10:00")));
            assertEquals(
                    tenge(booked.getJsonNumber("chargedKzt").bigDecimalValue()),
                    plain(mine.charged(hallName, "10:00")));
            assertEquals(
                    Bundle.text("kk", "booking.subsidy")
                            + ": "
                            + tenge(booked.getJsonNumber("subsidyKzt").bigDecimalValue()),
                    plain(mine.subsidy(hallName, "10:00")));
            assertTrue(
                    plain(mine.market(hallName, "10:00")).matches(".*\\d{1,3}( \\d{3})*,\\d{2} ₸"),
                    mine.market(hallName, "10:00"));

            mine.show("cancelled");
            assertTrue(mine.isShowing("cancelled"));
            assertEquals(
                    Bundle.text("kk", "booking.status.REJECTED"), mine.status(hallName, "15:00"));
            assertEquals("Зал занят областным форумом", mine.reason(hallName, "15:00"));
            assertEquals(0, mine.count(hallName, "10:00"), "the confirmed booking is not here");
            mine.show("past");
            assertEquals(0, mine.count(hallName), "nothing of this hall is over yet");

            // Cancelling asks first; "no" keeps the booking.
            mine.show("upcoming");
            mine.cancelButKeep(hallName, "10:00");
            assertEquals(
                    Bundle.text("kk", "booking.status.CONFIRMED"), mine.status(hallName, "10:00"));
            mine.cancel(hallName, "10:00");
            assertEquals(Bundle.text("kk", "booking.cancelledDone"), rep.messages());
            assertEquals(1, mine.timesShown(Bundle.text("kk", "booking.cancelledDone")));
            assertEquals(0, mine.count(hallName, "10:00"), "a cancelled booking is not upcoming");
            mine.show("cancelled");
            assertEquals(
                    Bundle.text("kk", "booking.status.CANCELLED"), mine.status(hallName, "10:00"));
        }
        assertTrue(
                Api.anonymous(base)
                        .get("api/houses/1/availability?date=" + day)
                        .body()
                        .contains("\"roomId\":" + hall),
                "the hall is in the public calendar");
    }
}
