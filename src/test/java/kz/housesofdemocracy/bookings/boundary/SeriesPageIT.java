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
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

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
            rep.open(base + "ngo/book.xhtml?room=" + room + "&lang=kk");
            rep.clickAndWait(By.id("book:toSeries"));
            assertTrue(rep.text(By.id("series-room")).contains(roomName));
            rep.select(By.id("series:ngoId"), Long.toString(astana));
            rep.select(By.id("series:start"), "10:00");
            rep.select(By.id("series:end"), "12:00");
            rep.type(By.id("series:purpose"), "Апта сайынғы курс");
            rep.type(By.id("series:attendees_input"), "6");
            rep.select(By.id("series:kind"), "WEEKLY");
            rep.type(By.id("series:first_input"), first.toString());
            ((JavascriptExecutor) rep.driver())
                    .executeScript(
                            "document.querySelectorAll(\"input[name='series:weekdays']\").forEach("
                                    + "b => { if (b.checked !== (b.value === arguments[0])) b.click(); });",
                            first.getDayOfWeek().name());
            rep.click(By.xpath("//input[@name='series:ending' and @value='count']"));
            rep.type(By.id("series:count"), "4");
            rep.clickAndWait(By.id("series:preview"));

            assertEquals(
                    MessageFormat.format(Bundle.text("kk", "series.previewSummary"), 3, 4),
                    rep.text(By.id("preview-summary")));
            assertEquals(
                    Bundle.text("kk", "series.state.TAKEN"),
                    rep.text(By.cssSelector("#occurrence-" + first.plusWeeks(1) + " .state")));
            assertTrue(
                    rep.text(By.cssSelector("#occurrence-" + first.plusWeeks(1) + " .problem"))
                            .contains("11:00"));
            assertEquals(
                    Bundle.text("kk", "series.state.FREE"),
                    rep.text(By.cssSelector("#occurrence-" + first + " .state")));
            assertFalse(
                    rep.find(By.id("series:saveAll")).isEnabled(),
                    "\"save all\" is not offered while one is taken");
            rep.clickAndWait(By.id("series:saveFree"));
            assertEquals(
                    MessageFormat.format(Bundle.text("kk", "series.saved"), 3, 1), rep.messages());
            String rows =
                    "//tbody[@id='lists:myBookings_data']/tr[contains(., '" + roomName + "')]";
            assertEquals(
                    4, rep.driver().findElements(By.xpath(rows)).size(), "three and the clash");

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
            rep.clickAndWait(
                    By.xpath(
                            "//tr[.//span[@id='status-"
                                    + third
                                    + "']]//a[contains(@id, 'change')]"));
            rep.find(By.id("change:scope"));
            rep.click(By.xpath("//input[@name='change:scope' and @value='FOLLOWING']"));
            rep.select(By.id("change:start"), "15:00");
            rep.select(By.id("change:end"), "16:00");
            rep.clickAndWait(By.id("change:save"));
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
