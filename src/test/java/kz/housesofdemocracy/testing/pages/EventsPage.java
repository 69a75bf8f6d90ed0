package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import java.time.LocalDate;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** public/events.xhtml: events and holidays by month, week or as a list. */
public final class EventsPage {

    private final Browser browser;

    private EventsPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the page with its query (e.g. "view=month&date=2027-03-01&lang=ru"). */
    public static EventsPage open(Browser browser, URL base, String query) {
        browser.open(base + "public/events.xhtml?" + query);
        return new EventsPage(browser);
    }

    public String heading() {
        return browser.text(By.id("events-heading"));
    }

    /** What one day shows (events, holidays). */
    public String day(LocalDate date) {
        return browser.text(By.id("day-" + date));
    }

    /** Opens an event by its title. */
    public EventPage event(String title) {
        browser.followLink(title);
        return EventPage.on(browser);
    }
}
