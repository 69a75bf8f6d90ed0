package kz.housesofdemocracy.ngos.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * The public NGO counts in a visitor's browser, in Kazakh, on a desk and on a phone: axe finds
 * nothing (the browser runs it on every page it opens), nothing scrolls sideways (on a phone the
 * table reflows: each region's figures under its name, labelled by their columns), the page says
 * when its figures were computed (#22: at most a minute ago), and reading it makes no session.
 * Screenshots go to {@code it.shots} (default target/shots) for a person to look at.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NgoCountsPageIT {

    @ArquillianResource private URL base;

    @Test
    void aVisitorReadsTheCountsInKazakhOnADeskAndOnAPhone() throws IOException {
        Path shots = Path.of(System.getProperty("it.shots", "target/shots"));
        Files.createDirectories(shots);
        String[] around = Bundle.text("kk", "figures.computedAt").split("\\{0\\}");
        try (Browser visitor = Browser.withLanguages("kk")) {
            for (int width : new int[] {1280, 360}) {
                visitor.windowSize(width, 900);
                visitor.open(base + "public/ngo-counts.xhtml");
                String at = width + " px";
                assertEquals(
                        Bundle.text("kk", "counts.caption"),
                        visitor.text(By.id("counts-caption")),
                        at);
                String computed = visitor.text(By.id("counts-computed"));
                assertTrue(
                        computed.matches(
                                "20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d"
                                        + java.util.regex.Pattern.quote(around[1])),
                        at + ": " + computed);
                assertTrue(visitor.sidewaysOverflow() <= 0, at + ": " + visitor.sidewaysOverflow());
                // Nothing scrolls sideways inside the table's box either: on a phone the table
                // reflows, a region's figures on lines under its name, the last one in sight.
                JavascriptExecutor js = (JavascriptExecutor) visitor.driver();
                assertEquals(
                        Boolean.TRUE,
                        js.executeScript(
                                "var box = document.querySelector('.table-scroll');"
                                        + " return box.scrollWidth <= box.clientWidth;"),
                        at + ": the table scrolls inside its box");
                assertEquals(
                        Boolean.TRUE,
                        js.executeScript(
                                "var cells = document.querySelectorAll('#counts-KZ td');"
                                        + " return cells[cells.length - 1].getBoundingClientRect()"
                                        + ".right <= window.innerWidth;"),
                        at + ": the country's active NGOs are out of sight");
                assertEquals(
                        width == 360,
                        js.executeScript(
                                "var row = document.getElementById('counts-KZ');"
                                        + " return row.querySelector('td').getBoundingClientRect()"
                                        + ".top >= row.querySelector('th').getBoundingClientRect()"
                                        + ".bottom;"),
                        at
                                + ": the figures stand under the region on a phone, beside it on a desk");
                assertEquals(
                        null,
                        visitor.driver().manage().getCookieNamed("JSESSIONID"),
                        at + ": reading the counts made a session");
                Files.write(
                        shots.resolve("ngo-counts-kk-" + width + ".png"),
                        ((TakesScreenshot) visitor.driver()).getScreenshotAs(OutputType.BYTES));
            }
        }
    }
}
