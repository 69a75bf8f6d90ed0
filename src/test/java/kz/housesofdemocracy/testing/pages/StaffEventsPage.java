package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import java.time.LocalDate;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** staff/events.xhtml: the events staff organise, and a new one that may hold rooms. */
public final class StaffEventsPage {

    private final Browser browser;

    private StaffEventsPage(Browser browser) {
        this.browser = browser;
    }

    public static StaffEventsPage open(Browser browser, URL base, String language) {
        browser.open(base + "staff/events.xhtml?lang=" + language);
        return new StaffEventsPage(browser);
    }

    /** A House event with its Kazakh title on a day, from a time to a time. */
    public StaffEventsPage houseEvent(
            long house, String titleKk, LocalDate day, String start, String end) {
        browser.select(By.id("event:scope"), "HOUSE");
        browser.select(By.id("event:houseId"), Long.toString(house));
        browser.type(By.id("event:title_kk"), titleKk);
        browser.type(By.id("event:date_input"), day.toString());
        browser.type(By.id("event:start"), start);
        browser.type(By.id("event:end"), end);
        return this;
    }

    /** Ticks a room for the event to hold. */
    public StaffEventsPage holdRoom(long room) {
        browser.check(Locators.choice("event:roomIds", Long.toString(room)));
        return this;
    }

    /** "Check": what the held rooms would displace. */
    public StaffEventsPage check() {
        browser.clickAjax(By.id("event:check"));
        return this;
    }

    public String inTheWayHeading() {
        return browser.text(By.id("inTheWay-heading"));
    }

    public String inTheWay() {
        return browser.text(By.id("event:inTheWay"));
    }

    /** Creates the event, confirmed. */
    public StaffEventsPage create() {
        browser.click(By.id("event:create"));
        browser.confirmAjax();
        return this;
    }

    public String organised() {
        return browser.text(By.id("events:organised"));
    }
}
