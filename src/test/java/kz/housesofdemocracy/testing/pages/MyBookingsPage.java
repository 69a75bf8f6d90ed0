package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/**
 * ngo/bookings.xhtml: my bookings, the alternatives offered for displaced ones, my waitlist places
 * and the calendar subscription. Rows are found by what they show (room, time).
 */
public final class MyBookingsPage {

    private static final String BOOKINGS = "lists:myBookings";
    private static final String WAITLIST = "waitlist:entries";
    private static final String ALTERNATIVES = "alternatives:offered";

    private final Browser browser;

    private MyBookingsPage(Browser browser) {
        this.browser = browser;
    }

    public static MyBookingsPage on(Browser browser) {
        return new MyBookingsPage(browser);
    }

    public static MyBookingsPage open(Browser browser, URL base, String language) {
        browser.open(base + "ngo/bookings.xhtml?lang=" + language);
        return new MyBookingsPage(browser);
    }

    /** The status of my booking of a room (at a time, if given). */
    public String status(String... rowTexts) {
        return browser.text(Locators.classed(Locators.row(BOOKINGS, rowTexts), "status"));
    }

    /** Shows upcoming, past or cancelled bookings (the links above the list). */
    public MyBookingsPage show(String filter) {
        browser.clickAndWait(By.id("show-" + filter));
        return this;
    }

    /** Whether the filter's link is marked as the current one. */
    public boolean isShowing(String filter) {
        return "page".equals(browser.attribute(By.id("show-" + filter), "aria-current"));
    }

    /** What my booking costs the NGO, as the page writes it. */
    public String charged(String... rowTexts) {
        return browser.text(Locators.classed(Locators.row(BOOKINGS, rowTexts), "charged"));
    }

    /** The market price line of my booking ("market price: …"). */
    public String market(String... rowTexts) {
        return browser.text(Locators.classed(Locators.row(BOOKINGS, rowTexts), "market"));
    }

    /** The subsidy line of my booking ("subsidy: …"). */
    public String subsidy(String... rowTexts) {
        return browser.text(Locators.classed(Locators.row(BOOKINGS, rowTexts), "subsidy"));
    }

    /** The reason given with a decision on my booking. */
    public String reason(String... rowTexts) {
        return browser.text(Locators.classed(Locators.row(BOOKINGS, rowTexts), "reason"));
    }

    /** "Cancel" on a booking, answered "no". */
    public MyBookingsPage cancelButKeep(String... rowTexts) {
        browser.click(Locators.control(Locators.row(BOOKINGS, rowTexts), "cancel"));
        browser.decline();
        return this;
    }

    /** "Cancel" on a booking, confirmed. */
    public MyBookingsPage cancel(String... rowTexts) {
        browser.click(Locators.control(Locators.row(BOOKINGS, rowTexts), "cancel"));
        browser.confirmAndWait();
        return this;
    }

    /** How many of my bookings show all the texts. */
    public int count(String... rowTexts) {
        return browser.count(Locators.rowOf(BOOKINGS, rowTexts));
    }

    public String bookings() {
        return browser.text(By.id(BOOKINGS));
    }

    /** "Change" on the booking with the given id (its status carries the id). */
    public OccurrencePage change(long booking) {
        browser.clickAndWait(
                Locators.control(
                        Locators.row(BOOKINGS) + "[.//span[@id='status-" + booking + "']]",
                        "change"));
        return OccurrencePage.on(browser);
    }

    /** My place on the waitlist of a room. */
    public String waitlistStatus(String room) {
        return browser.text(Locators.classed(Locators.row(WAITLIST, room), "waitlist-status"));
    }

    /** "Take it" on the offered slot of a room. */
    public MyBookingsPage takeOffered(String room) {
        browser.clickAndWait(Locators.control(Locators.row(WAITLIST, room), "take"));
        return this;
    }

    public String alternatives() {
        return browser.text(By.id(ALTERNATIVES));
    }

    /** "Take" on the first alternative that shows the text. */
    public MyBookingsPage takeAlternative(String rowText) {
        browser.clickAndWait(
                Locators.control(Locators.row(ALTERNATIVES, rowText), "takeAlternative"));
        return this;
    }

    /** Makes (or renews) the calendar subscription. */
    public MyBookingsPage renewFeed() {
        browser.clickAndWait(By.id("feed:renewFeed"));
        return this;
    }

    public String feedAddress() {
        return browser.attribute(By.id("feedUrl"), "value");
    }

    /** Revokes the subscription, confirmed. */
    public MyBookingsPage revokeFeed() {
        browser.click(By.id("feed:revokeFeed"));
        browser.confirmAndWait();
        return this;
    }

    /** How many times the page shows a text (a confirmation should appear once). */
    public int timesShown(String text) {
        return browser.count(Locators.showing(text));
    }
}
