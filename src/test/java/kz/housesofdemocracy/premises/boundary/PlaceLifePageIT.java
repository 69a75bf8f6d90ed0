package kz.housesofdemocracy.premises.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * In Chromium, in Kazakh: a House manager sets a room's opening date on its edit page and reads it
 * back; a closing date before it is refused with the translated message and nothing is saved.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlaceLifePageIT {

    private static final By OPENED = By.id("room:openedOn_input");
    private static final By CLOSED = By.id("room:closedOn_input");

    @ArquillianResource private URL base;

    @Test
    void aManagerSetsARoomsOpeningDateAndIsToldWhenTheClosingComesFirst() {
        Api admin = Api.withToken(base, Demo.ADMIN.email(), Demo.password());
        String name = "Өмір бөлмесі " + System.nanoTime() % 100_000;
        Api.Reply created =
                admin.post(
                        "api/houses/1/rooms",
                        "{\"kind\":\"MEETING_ROOM\",\"name\":{\"kk\":\""
                                + name
                                + "\"},\"capacity\":8,\"hourlyRateKzt\":4000}");
        assertEquals(201, created.status(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        String room = location.substring(location.lastIndexOf('/') + 1);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
        LocalDate opens = today.plusDays(20);

        try (Browser browser = Browser.withLanguages("kk")) {
            browser.signIn(base.toString(), Demo.MANAGER_ASTANA.email(), Demo.password());
            browser.open(base + "staff/room.xhtml?id=" + room);
            assertEquals(today.toString(), browser.attribute(OPENED, "value"));
            assertEquals("", browser.attribute(CLOSED, "value"));

            browser.type(OPENED, opens.toString());
            browser.clickAndWait(By.id("room:save"));
            assertEquals(Bundle.text("kk", "room.saved"), browser.messages());
            browser.open(base + "staff/room.xhtml?id=" + room);
            assertEquals(opens.toString(), browser.attribute(OPENED, "value"), "read back");

            // A closing date before the opening: the message next to it, nothing saved.
            browser.type(CLOSED, opens.minusDays(5).toString());
            browser.clickAndWait(By.id("room:save"));
            assertEquals(
                    Bundle.text("kk", "validation.life.closedBeforeOpened"),
                    browser.text(By.id("room:closedOn-error")));
            browser.open(base + "staff/room.xhtml?id=" + room);
            assertEquals(opens.toString(), browser.attribute(OPENED, "value"));
            assertEquals("", browser.attribute(CLOSED, "value"), "nothing saved");

            // At 360 px the form still fits.
            browser.windowSize(360, 800);
            browser.open(base + "staff/room.xhtml?id=" + room);
            assertEquals(0, browser.sidewaysOverflow());
        }
        assertEquals(
                opens.toString(),
                Api.anonymous(base).get("api/rooms/" + room).object().getString("openedOn"));
    }
}
