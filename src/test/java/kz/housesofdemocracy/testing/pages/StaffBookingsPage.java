package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** staff/bookings.xhtml: the queue of requests a House's staff approve or reject. */
public final class StaffBookingsPage {

    private static final String QUEUE = "queue:pending";

    private final Browser browser;

    private StaffBookingsPage(Browser browser) {
        this.browser = browser;
    }

    public static StaffBookingsPage open(Browser browser, URL base, String language) {
        browser.open(base + "staff/bookings.xhtml?lang=" + language);
        return new StaffBookingsPage(browser);
    }

    /** "Approve" on the request that shows the texts (room, time). */
    public StaffBookingsPage approve(String... rowTexts) {
        browser.clickAndWait(Locators.control(Locators.row(QUEUE, rowTexts), "approve"));
        return this;
    }

    /** "Reject" on the request that shows the texts, with the reason typed so far. */
    public StaffBookingsPage reject(String... rowTexts) {
        browser.clickAndWait(Locators.control(Locators.row(QUEUE, rowTexts), "reject"));
        return this;
    }

    public StaffBookingsPage reason(String text) {
        browser.type(By.id("queue:reason"), text);
        return this;
    }

    public String reasonError() {
        return browser.text(By.id("queue:reason-error"));
    }

    public String queue() {
        return browser.text(By.id(QUEUE));
    }

    /** How many times the page shows a text (a confirmation should appear once). */
    public int timesShown(String text) {
        return browser.count(Locators.showing(text));
    }
}
