package kz.housesofdemocracy.testing.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;

/**
 * How a report page looks in the browser, read with the page's own computed styles: the size of a
 * chart's text, a chart's accessible name and description, a table's fixed first column; and a
 * full-page screenshot to look at.
 */
final class ReportLooks {

    private ReportLooks() {}

    /** The smallest computed font size, in CSS pixels, of any text in the charts (0 if none). */
    static double smallestChartText(Browser browser) {
        Object size =
                js(browser)
                        .executeScript(
                                "const sizes = [...document.querySelectorAll("
                                        + "'.chart .bar__label, .chart .bar__value, .chart"
                                        + " figcaption, .chart .chart__desc')]"
                                        + ".map(e => parseFloat(getComputedStyle(e).fontSize));"
                                        + "return sizes.length ? Math.min(...sizes) : 0;");
        return ((Number) size).doubleValue();
    }

    /** The text of the elements an attribute (aria-labelledby, aria-describedby) refers to. */
    static String referenced(Browser browser, String chartId, String attribute) {
        return (String)
                js(browser)
                        .executeScript(
                                "const img = document.querySelector('#' + arguments[0] +"
                                        + " ' [role=img]');"
                                        + "if (!img) return null;"
                                        + "return (img.getAttribute(arguments[1]) || '').split(' ')"
                                        + ".filter(id => id).map(id =>"
                                        + " document.getElementById(id).textContent.trim())"
                                        + ".join(' ');",
                                chartId,
                                attribute);
    }

    /** The computed position of a table's first body column ("sticky" when it stays put). */
    static String firstColumnPosition(Browser browser, String tableId) {
        return (String)
                js(browser)
                        .executeScript(
                                "const cell = document.querySelector('#' + arguments[0] +"
                                        + " ' tbody tr > :first-child');"
                                        + "return cell ? getComputedStyle(cell).position : null;",
                                tableId);
    }

    /** The texts of a table's cells in one row, the row header first. */
    @SuppressWarnings("unchecked")
    static List<String> row(Browser browser, String rowSelector) {
        return (List<String>)
                js(browser)
                        .executeScript(
                                "return [...document.querySelectorAll(arguments[0] + ' > *')]"
                                        + ".map(c => c.textContent.trim());",
                                rowSelector);
    }

    /**
     * Saves a screenshot of the whole page, as PNG: the window is made as tall as the page for the
     * shot (so no scroll bar takes width from it), then given back.
     */
    static void screenshot(Browser browser, Path file) {
        HasCdp cdp = (HasCdp) browser.driver();
        Number width = (Number) js(browser).executeScript("return window.innerWidth;");
        Number height =
                (Number) js(browser).executeScript("return document.documentElement.scrollHeight;");
        cdp.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        try {
            Map<String, Object> shot =
                    cdp.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static JavascriptExecutor js(Browser browser) {
        return (JavascriptExecutor) browser.driver();
    }
}
