package kz.housesofdemocracy.testing.pages;

import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** staff/ngo.xhtml: an NGO as an approver sees it, with the decisions on it. */
public final class StaffNgoPage {

    private static final String FILINGS = "decisions:filingTable";

    private final Browser browser;

    private StaffNgoPage(Browser browser) {
        this.browser = browser;
    }

    public static StaffNgoPage on(Browser browser) {
        return new StaffNgoPage(browser);
    }

    public StaffNgoPage verifyIdentity() {
        browser.clickAndWait(By.id("decisions:verifyIdentity"));
        return this;
    }

    public String identity() {
        return browser.text(By.id("ngo-identity"));
    }

    /** Verifies the filing that shows the text (e.g. its reference). */
    public StaffNgoPage verifyFiling(String rowText) {
        browser.clickAndWait(Locators.control(Locators.row(FILINGS, rowText), "verifyFiling"));
        return this;
    }

    public String filings() {
        return browser.text(By.id(FILINGS));
    }
}
