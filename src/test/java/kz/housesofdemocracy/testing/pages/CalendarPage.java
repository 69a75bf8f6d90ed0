package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import java.time.LocalDate;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** public/calendar.xhtml: a House's day (or week) by room, and the search for free rooms. */
public final class CalendarPage {

    private final Browser browser;

    private CalendarPage(Browser browser) {
        this.browser = browser;
    }

    public static CalendarPage open(
            Browser browser, URL base, long house, LocalDate day, String language) {
        browser.open(
                base
                        + "public/calendar.xhtml?house="
                        + house
                        + "&date="
                        + day
                        + "&lang="
                        + language);
        return new CalendarPage(browser);
    }

    public String heading() {
        return browser.text(By.id("calendar-heading"));
    }

    /** A room's line in the day view. */
    public String room(long id) {
        return browser.text(By.id("room-" + id));
    }

    /** How many half-hours of a room's day are shown taken. */
    public int takenHalfHours(long room) {
        return browser.count(
                By.xpath("//tr[@id='room-" + room + "']/td[contains(@class, 'slot--taken')]"));
    }

    /** How many booking links a room's day offers (only to people who are signed in). */
    public int bookingLinks(long room) {
        return browser.count(By.xpath("//tr[@id='room-" + room + "']//a"));
    }

    /**
     * Follows the "+" of a free half-hour (found by its hour in the link: the link has no id) to
     * the booking form.
     */
    public BookingFormPage book(long room, int hour) {
        browser.clickAndWait(
                By.xpath(
                        "//tr[@id='room-" + room + "']//a[contains(@href, 'start=" + hour + "')]"));
        return BookingFormPage.on(browser);
    }

    public CalendarPage nextDay() {
        browser.clickAndWait(By.id("next"));
        return this;
    }

    public CalendarPage weekView() {
        browser.clickAndWait(By.id("weekView"));
        return this;
    }

    public CalendarPage dayView() {
        browser.clickAndWait(By.id("dayView"));
        return this;
    }

    /** A room's line in the week view. */
    public String weekRoom(long id) {
        return browser.text(By.id("week-room-" + id));
    }

    public String week() {
        return browser.text(By.id("week-grid"));
    }

    /** Looks for rooms free at the preset time for a number of people; the rooms it lists. */
    public String findFreeRooms(int people) {
        browser.type(By.id("find:people_input"), Integer.toString(people));
        browser.clickAndWait(By.id("find:search"));
        return browser.text(By.id("free-rooms"));
    }
}
