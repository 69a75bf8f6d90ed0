package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

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

    /**
     * Opens a House's day as a visitor arrives from a link: no language parameter (choosing one
     * keeps it in a session), so the browser's Accept-Language decides.
     */
    public static CalendarPage visit(Browser browser, URL base, long house, LocalDate day) {
        browser.open(base + "public/calendar.xhtml?house=" + house + "&date=" + day);
        return new CalendarPage(browser);
    }

    /** Opens the page the browser is on (after following a link to it). */
    public static CalendarPage on(Browser browser) {
        return new CalendarPage(browser);
    }

    /** "Go to date": one date typed into the date field, one submit. */
    public CalendarPage goTo(LocalDate date) {
        WebElement field = browser.find(By.id("goto-date"));
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1];", field, date.toString());
        browser.clickAndWait(By.id("goto-submit"));
        return this;
    }

    /** The date the "go to date" field shows (the day on screen). */
    public String shownDate() {
        return browser.attribute(By.id("goto-date"), "value");
    }

    /** The date as the navigation bar writes it. */
    public String dateHeading() {
        return browser.text(By.id("calendar-date"));
    }

    public CalendarPage today() {
        browser.clickAndWait(By.id("today"));
        return this;
    }

    /** Shows only one room (the room switcher). */
    public CalendarPage showRoom(long room) {
        browser.select(By.id("room-choice"), Long.toString(room));
        browser.clickAndWait(By.id("room-submit"));
        return this;
    }

    /** How many rooms the day view lists. */
    public int roomsShown() {
        return browser.count(By.xpath("//table[@id='day-grid']/tbody/tr"));
    }

    /**
     * What a screen reader announces for a room's half-hour: the cell's text without its hidden
     * marks, or a booking link's name.
     */
    public String cellName(long room, String time) {
        WebElement cell = cell(room, time);
        List<WebElement> link = cell.findElements(By.tagName("a"));
        if (!link.isEmpty()) {
            return link.get(0).getAttribute("aria-label");
        }
        return cell.findElement(By.className("sr-only")).getAttribute("textContent");
    }

    /** What the cell shows on screen (the mark; on a phone also the time and the state). */
    public String cellText(long room, String time) {
        StringBuilder shown = new StringBuilder();
        for (WebElement part :
                cell(room, time)
                        .findElements(
                                By.cssSelector(".slot__mark, .slot__time, .slot__state, .who"))) {
            String text = part.getText().strip();
            if (!text.isEmpty()) {
                shown.append(shown.isEmpty() ? "" : " ").append(text);
            }
        }
        return shown.toString();
    }

    private WebElement cell(long room, String time) {
        return browser.find(
                By.xpath(
                        "//tr[@id='room-"
                                + room
                                + "']/td[.//span[@class='slot__time' and text()='"
                                + time
                                + "']]"));
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
        browser.type(By.id("find-people"), Integer.toString(people));
        browser.clickAndWait(By.id("search"));
        return browser.text(By.id("free-rooms"));
    }
}
