package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import java.time.Duration;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/** index.xhtml: the regions of Kazakhstan, each with its Houses or a note that it has none. */
public final class HomePage {

    private final Browser browser;

    private HomePage(Browser browser) {
        this.browser = browser;
    }

    public static HomePage open(Browser browser, URL base) {
        browser.open(base.toString());
        return new HomePage(browser);
    }

    public static HomePage on(Browser browser) {
        return new HomePage(browser);
    }

    /** A region card's name, e.g. for KZ-10. */
    public String regionName(String code) {
        return browser.text(By.cssSelector("#region-" + code + " .region-card__name"));
    }

    /** The names of all region cards, in the order the page lists them. */
    public java.util.List<String> regionNames() {
        browser.find(By.cssSelector(".region-card__name"));
        return browser.driver().findElements(By.cssSelector(".region-card__name")).stream()
                .map(e -> e.getText().strip())
                .toList();
    }

    /** What a region card says when the region has no House yet. */
    public String regionWithoutHouse(String code) {
        return browser.text(By.cssSelector("#region-" + code + " .region-card__empty"));
    }

    /** Follows the (first) House link of a region card. */
    public HousePage openHouseIn(String code) {
        browser.clickAndWait(By.cssSelector("#region-" + code + " .house-link"));
        return HousePage.on(browser);
    }

    /** Presses Tab from the top of the page and tells the text of what took the focus. */
    public String tabFromTheTop() {
        browser.find(By.tagName("body")).sendKeys(Keys.TAB);
        return browser.driver().switchTo().activeElement().getText().strip();
    }

    /** Focuses a language link and follows it with Enter; waits until the page speaks it. */
    public HomePage switchLanguageWithTheKeyboard(String language) {
        browser.find(Browser.languageLink(language)).sendKeys("");
        browser.find(Browser.languageLink(language)).sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(
                        d ->
                                language.equals(
                                        d.findElement(By.tagName("html")).getAttribute("lang")));
        return this;
    }
}
