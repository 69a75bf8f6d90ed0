package kz.housesofdemocracy.bookings.boundary;

import static kz.housesofdemocracy.testing.Slots.request;
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
import kz.housesofdemocracy.testing.pages.BookingFormPage;
import kz.housesofdemocracy.testing.pages.MyBookingsPage;
import kz.housesofdemocracy.testing.pages.SeriesPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In Chromium, in Kazakh: a representative asks for a weekly series of four; the preview shows the
 * second week taken; "save all" is not offered, "only the free ones" books three; then one
 * occurrence is moved and the rest cancelled from "this and the following".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SeriesPageIT {

    @ArquillianResource private URL base;

    @Test
    void aWeeklySeriesWithOneClashSavedAsOnlyTheFreeOnes() {
        long room = Slots.freshRoom(base, false, 10);
        String roomName = Slots.roomName(base, room);
        LocalDate first = Slots.openWeeks(base, 1, 4, 25);
        Api api = Api.withToken(base, Demo.NGO.email(), Demo.password());
        long astana = Slots.astanaNgo(api);
        assertEquals(
                201,
                api.post(
                                "api/bookings",
                                request(astana, room, first.plusWeeks(1), "11:00", "12:00", 4))
                        .status());

        try (Browser rep = Browser.withLanguages("kk")) {
            rep.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            SeriesPage series = BookingFormPage.open(rep, base, room, "kk").toSeries();
            assertTrue(series.room().contains(roomName));
            series.request(astana, "10:00", "12:00", "Апта сайынғы курс", 6)
                    .weekly(first, first.getDayOfWeek(), 4)
                    .preview();

            assertEquals(
                    MessageFormat.format(Bundle.text("kk", "series.previewSummary"), 3, 4),
                    series.previewSummary());
            assertEquals(Bundle.text("kk", "series.state.TAKEN"), series.state(first.plusWeeks(1)));
            assertTrue(series.problem(first.plusWeeks(1)).contains("11:00"));
            assertEquals(Bundle.text("kk", "series.state.FREE"), series.state(first));
            assertFalse(series.saveAllOffered(), "\"save all\" is not offered while one is taken");
            MyBookingsPage mine = series.saveFree();
            assertEquals(
                    MessageFormat.format(Bundle.text("kk", "series.saved"), 3, 1), rep.messages());
            assertEquals(4, mine.count(roomName), "three and the clash");

            // Move the third week's occurrence and the following one to the afternoon.
            long third =
                    api.get("api/bookings/mine").json().asJsonArray().stream()
                            .map(v -> v.asJsonObject())
                            .filter(b -> b.getJsonNumber("roomId").longValue() == room)
                            .filter(b -> b.getString("date").equals(first.plusWeeks(2).toString()))
                            .findFirst()
                            .orElseThrow()
                            .getJsonNumber("id")
                            .longValue();
            mine.change(third).moveThisAndFollowing("15:00", "16:00");
            assertEquals(
                    MessageFormat.format(Bundle.text("kk", "series.changedDone"), 2),
                    rep.messages());
        }
        long afternoon =
                api.get("api/bookings/mine").json().asJsonArray().stream()
                        .map(v -> v.asJsonObject())
                        .filter(b -> b.getJsonNumber("roomId").longValue() == room)
                        .filter(b -> b.getString("start").equals("15:00:00"))
                        .count();
        assertEquals(2, afternoon);
    }
}
