package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import java.util.List;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** public/reports.xhtml: the published reports, and one of them by region. */
public final class PublicReportsPage {

    private final Browser browser;

    private PublicReportsPage(Browser browser) {
        this.browser = browser;
    }

    public static PublicReportsPage open(Browser browser, URL base, String language) {
        browser.open(base + "public/reports.xhtml?lang=" + language);
        return new PublicReportsPage(browser);
    }

    /** Opens a publication by its title. */
    public PublicReportsPage report(String title) {
        browser.followLink(title);
        return this;
    }

    public String title() {
        return browser.text(By.id("report-title"));
    }

    public int regions() {
        return browser.count(By.cssSelector("#regions tbody tr"));
    }

    /** The utilisation chart's accessible name and description, joined by " | ". */
    public String chartNameAndDescription() {
        return ReportLooks.referenced(browser, "chart-utilisation", "aria-labelledby")
                + " | "
                + ReportLooks.referenced(browser, "chart-utilisation", "aria-describedby");
    }

    /** The smallest computed font size of the charts' text, in CSS pixels. */
    public double smallestChartText() {
        return ReportLooks.smallestChartText(browser);
    }

    /** The computed position of the regions table's first column. */
    public String firstColumnPosition() {
        return ReportLooks.firstColumnPosition(browser, "regions");
    }

    /** The cells of a region's row (e.g. "region-KZ-71"), its name first. */
    public List<String> regionRow(String place) {
        return ReportLooks.row(browser, "#row-" + place);
    }

    /** Where the CSV download (the open data) leads. */
    public String csvDownload() {
        return browser.attribute(By.id("download-csv"), "href");
    }
}
