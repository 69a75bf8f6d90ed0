package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import java.time.LocalDate;
import kz.housesofdemocracy.testing.Browser;

/** staff/today.xhtml: a House's bookings of a day, with their use so far and check-in. */
public final class DayListPage {

    private static final String ENTRIES = "day:entries";

    private final Browser browser;

    private DayListPage(Browser browser) {
        this.browser = browser;
    }

    public static DayListPage open(
            Browser browser, URL base, long house, LocalDate day, String language) {
        browser.open(
                base + "staff/today.xhtml?house=" + house + "&date=" + day + "&lang=" + language);
        return new DayListPage(browser);
    }

    /** The line of a room's booking. */
    public String entry(String room) {
        return browser.text(Locators.rowOf(ENTRIES, room));
    }

    /** The use shown on a room's booking. */
    public String rate(String room) {
        return browser.text(Locators.classed(Locators.row(ENTRIES, room), "rate"));
    }

    public DayListPage checkIn(String room) {
        browser.clickAndWait(Locators.control(Locators.row(ENTRIES, room), "checkIn"));
        return this;
    }
}
