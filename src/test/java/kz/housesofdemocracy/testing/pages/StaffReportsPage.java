package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** staff/reports.xhtml: a year's figures for the nation, a region or a House; publishing. */
public final class StaffReportsPage {

    private static final By HEADING = By.id("report-heading");

    private final Browser browser;

    private StaffReportsPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the page with its query (e.g. "year=2027&region=KZ-71&lang=kk"). */
    public static StaffReportsPage open(Browser browser, URL base, String query) {
        browser.open(base + "staff/reports.xhtml?" + query);
        return new StaffReportsPage(browser);
    }

    public String heading() {
        return browser.text(HEADING);
    }

    /** The line saying when the figures shown were computed. */
    public String computedAt() {
        return browser.text(By.id("report-computed"));
    }

    /** Whether a report is shown at all (not when the place is refused). */
    public boolean isShown() {
        return browser.isPresent(HEADING);
    }

    /** The title the utilisation chart gives itself for screen readers. */
    public String utilisationChartTitle() {
        return chartName("chart-utilisation");
    }

    /** A chart's accessible name (what its aria-labelledby refers to), e.g. "chart-trend". */
    public String chartName(String chartId) {
        return ReportLooks.referenced(browser, chartId, "aria-labelledby");
    }

    /** A chart's description for screen readers (what its aria-describedby refers to). */
    public String chartDescription(String chartId) {
        return ReportLooks.referenced(browser, chartId, "aria-describedby");
    }

    /** The smallest computed font size of the charts' text, in CSS pixels. */
    public double smallestChartText() {
        return ReportLooks.smallestChartText(browser);
    }

    /** The cells of a place's row in the places table (e.g. "region-KZ-71"), its name first. */
    public List<String> placeRow(String place) {
        return ReportLooks.row(browser, "#place-" + place);
    }

    /** The computed position of a table's first column (e.g. "places", "months"). */
    public String firstColumnPosition(String tableId) {
        return ReportLooks.firstColumnPosition(browser, tableId);
    }

    /** The breadcrumb trail's steps as written, from the nation down. */
    public List<String> breadcrumbs() {
        return browser.driver().findElements(By.cssSelector("#breadcrumbs li")).stream()
                .map(li -> li.getText().strip())
                .toList();
    }

    /** The step of the trail marked as the current page. */
    public String currentCrumb() {
        return browser.text(By.cssSelector("#breadcrumbs [aria-current=page]"));
    }

    /** The trail's name for screen readers. */
    public String breadcrumbsLabel() {
        return browser.attribute(By.id("breadcrumbs"), "aria-label");
    }

    /** Saves a screenshot of the whole page. */
    public StaffReportsPage screenshot(Path file) {
        ReportLooks.screenshot(browser, file);
        return this;
    }

    public int months() {
        return browser.count(By.cssSelector("#months tbody tr"));
    }

    public int places() {
        return browser.count(By.cssSelector("#places tbody tr"));
    }

    /**
     * Rows of the places table whose place id starts with a level ("region-", "house-", "room-").
     */
    public int places(String level) {
        return browser.count(By.cssSelector("#places tbody tr[id^='place-" + level + "']"));
    }

    /** Drills into a place of the table (e.g. "region-KZ-71", "house-1"). */
    public StaffReportsPage drillInto(String place) {
        browser.clickAndWait(By.cssSelector("#place-" + place + " a.drill"));
        return this;
    }

    public StaffReportsPage upToRegion() {
        browser.clickAndWait(By.id("toRegion"));
        return this;
    }

    /** Where the XLSX download leads. */
    public String xlsxExport() {
        return browser.attribute(By.id("export-xlsx"), "href");
    }

    /** Publishes the year, confirmed. */
    public StaffReportsPage publish() {
        browser.click(By.id("publish:publishNow"));
        browser.confirmAjax();
        return this;
    }

    public String versions() {
        return browser.text(By.id("versions"));
    }
}
