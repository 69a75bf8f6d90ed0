package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import java.time.LocalDate;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** ngo/book.xhtml: asking for a room for one time. */
public final class BookingFormPage {

    private static final By ATTENDEES = By.id("book:attendees_input");
    private static final By USAGE = By.id("book:usage");

    private final Browser browser;

    private BookingFormPage(Browser browser) {
        this.browser = browser;
    }

    public static BookingFormPage on(Browser browser) {
        return new BookingFormPage(browser);
    }

    public static BookingFormPage open(Browser browser, URL base, long room, String language) {
        browser.open(base + "ngo/book.xhtml?room=" + room + "&lang=" + language);
        return new BookingFormPage(browser);
    }

    public static BookingFormPage open(
            Browser browser, URL base, long room, LocalDate day, String start, String language) {
        browser.open(
                base
                        + "ngo/book.xhtml?room="
                        + room
                        + "&date="
                        + day
                        + "&start="
                        + start
                        + "&lang="
                        + language);
        return new BookingFormPage(browser);
    }

    /** The room being booked, as the page names it. */
    public String room() {
        return browser.text(By.id("booking-room"));
    }

    /** Picks the NGO; the page then tells how much of its quota it has used. */
    public BookingFormPage ngo(long id) {
        browser.select(By.id("book:ngoId"), Long.toString(id));
        browser.waitForAjax();
        return this;
    }

    /** The start times the form offers, in order. */
    public java.util.List<String> startTimes() {
        return options("book:start");
    }

    /** The end times the form offers, in order. */
    public java.util.List<String> endTimes() {
        return options("book:end");
    }

    private java.util.List<String> options(String id) {
        return new org.openqa.selenium.support.ui.Select(browser.find(By.id(id)))
                .getOptions().stream().map(o -> o.getAttribute("value")).toList();
    }

    /** The line that names the House's hours on the chosen date. */
    public String hoursOnDate() {
        return browser.text(By.id("hours-on-date"));
    }

    public String usage() {
        return browser.text(USAGE);
    }

    public BookingFormPage end(String time) {
        browser.select(By.id("book:end"), time);
        return this;
    }

    public BookingFormPage purpose(String text) {
        browser.type(By.id("book:purpose"), text);
        return this;
    }

    public BookingFormPage attendees(int people) {
        browser.type(ATTENDEES, Integer.toString(people));
        return this;
    }

    /** What the attendees field shows. */
    public String attendees() {
        return browser.attribute(ATTENDEES, "value");
    }

    /** Sends the request; the page that follows (this one again when refused). */
    public BookingFormPage submit() {
        browser.clickAndWait(By.id("book:submit"));
        return this;
    }

    /** "Join the waitlist", offered when the time is taken. */
    public MyBookingsPage joinWaitlist() {
        browser.clickAndWait(By.id("book:joinWaitlist"));
        return MyBookingsPage.on(browser);
    }

    /** "Book a series" instead. */
    public SeriesPage toSeries() {
        browser.clickAndWait(By.id("book:toSeries"));
        return SeriesPage.on(browser);
    }
}
