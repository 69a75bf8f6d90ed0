package kz.housesofdemocracy.testing.pages;

import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** ngo/occurrence.xhtml: changing one booking of a series, or it and the following ones. */
public final class OccurrencePage {

    private final Browser browser;

    private OccurrencePage(Browser browser) {
        this.browser = browser;
    }

    public static OccurrencePage on(Browser browser) {
        return new OccurrencePage(browser);
    }

    /** Moves this and the following occurrences to another time and saves. */
    public Browser moveThisAndFollowing(String start, String end) {
        browser.find(By.id("change:scope"));
        browser.click(Locators.choice("change:scope", "FOLLOWING"));
        browser.select(By.id("change:start"), start);
        browser.select(By.id("change:end"), end);
        return browser.clickAndWait(By.id("change:save"));
    }
}
