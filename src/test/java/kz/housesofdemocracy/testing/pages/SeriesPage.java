package kz.housesofdemocracy.testing.pages;

import java.time.DayOfWeek;
import java.time.LocalDate;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** ngo/series.xhtml: a repeating booking, its preview and saving it. */
public final class SeriesPage {

    private final Browser browser;

    private SeriesPage(Browser browser) {
        this.browser = browser;
    }

    public static SeriesPage on(Browser browser) {
        return new SeriesPage(browser);
    }

    public String room() {
        return browser.text(By.id("series-room"));
    }

    public SeriesPage request(long ngo, String start, String end, String purpose, int attendees) {
        browser.select(By.id("series:ngoId"), Long.toString(ngo));
        browser.select(By.id("series:start"), start);
        browser.select(By.id("series:end"), end);
        browser.type(By.id("series:purpose"), purpose);
        browser.type(By.id("series:attendees_input"), Integer.toString(attendees));
        return this;
    }

    /** Weekly on one weekday from the first date, ending after a number of occurrences. */
    public SeriesPage weekly(LocalDate first, DayOfWeek on, int count) {
        browser.select(By.id("series:kind"), "WEEKLY");
        browser.type(By.id("series:first_input"), first.toString());
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "document.querySelectorAll(\"input[name='series:weekdays']\").forEach("
                                + "b => { if (b.checked !== (b.value === arguments[0])) b.click(); });",
                        on.name());
        browser.click(Locators.choice("series:ending", "count"));
        browser.type(By.id("series:count"), Integer.toString(count));
        return this;
    }

    public SeriesPage preview() {
        browser.clickAndWait(By.id("series:preview"));
        return this;
    }

    public String previewSummary() {
        return browser.text(By.id("preview-summary"));
    }

    /** What the preview says about one date. */
    public String state(LocalDate date) {
        return browser.text(By.cssSelector("#occurrence-" + date + " .state"));
    }

    /** The problem the preview sees on one date. */
    public String problem(LocalDate date) {
        return browser.text(By.cssSelector("#occurrence-" + date + " .problem"));
    }

    public boolean saveAllOffered() {
        return browser.find(By.id("series:saveAll")).isEnabled();
    }

    /** "Only the free ones", leading to my bookings. */
    public MyBookingsPage saveFree() {
        browser.clickAndWait(By.id("series:saveFree"));
        return MyBookingsPage.on(browser);
    }
}
