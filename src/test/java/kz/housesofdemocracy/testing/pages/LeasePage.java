package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** ngo/lease.xhtml: one lease, its facts and its payment schedule. */
public final class LeasePage {

    private final Browser browser;

    private LeasePage(Browser browser) {
        this.browser = browser;
    }

    public static LeasePage open(Browser browser, URL base, long lease, String language) {
        browser.open(base + "ngo/lease.xhtml?id=" + lease + "&lang=" + language);
        return new LeasePage(browser);
    }

    public String status() {
        return browser.text(By.id("lease-status"));
    }

    public String council() {
        return browser.text(By.id("lease-council"));
    }

    /** How many monthly payments the schedule lists. */
    public int scheduledPayments() {
        return browser.count(By.cssSelector("#schedule tbody tr"));
    }

    public String totalPayments() {
        return browser.text(By.id("total-payments"));
    }

    /** Where the "summary as PDF" link leads. */
    public String summaryPdf() {
        return browser.attribute(By.id("summaryPdf"), "href");
    }

    /** The term: its dates and its length in words. */
    public String term() {
        return browser.text(By.id("lease-term"));
    }

    /** The month of the schedule's n-th row (from 1), as written. */
    public String month(int row) {
        return browser.text(By.cssSelector("#schedule tbody tr:nth-child(" + row + ") th"));
    }
}
