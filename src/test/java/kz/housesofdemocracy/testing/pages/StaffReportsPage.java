package kz.housesofdemocracy.testing.pages;

import java.net.URL;
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

    /** Whether a report is shown at all (not when the place is refused). */
    public boolean isShown() {
        return browser.isPresent(HEADING);
    }

    /** The title the utilisation chart gives itself for screen readers. */
    public String utilisationChartTitle() {
        return browser.attribute(By.cssSelector("#chart-utilisation svg title"), "textContent");
    }

    public int months() {
        return browser.count(By.cssSelector("#months tbody tr"));
    }

    public int places() {
        return browser.count(By.cssSelector("#places tbody tr"));
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
